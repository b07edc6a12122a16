export const id = 321;
export const ids = [321];
export const modules = {

/***/ 2040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g9: () => (/* binding */ closestNames),
/* harmony export */   u7: () => (/* binding */ deriveCheckNames)
/* harmony export */ });
/* unused harmony exports MAX_CHECK_NAME_LENGTH, MAX_WORKFLOW_LEVELS, MAX_REUSABLE_WORKFLOWS, MAX_CHECK_RUNS, MAX_DERIVATION_STEPS */
/* harmony import */ var _workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4070);
/* harmony import */ var _workflow_matrix_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6884);
/* harmony import */ var _workflow_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(897);
/* harmony import */ var _workflow_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7738);
/* harmony import */ var _job_condition_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8098);
/* harmony import */ var _name_pattern_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8757);






/** GitHub shows at most this many characters of a job name; longer ones end in `...`. */
const MAX_CHECK_NAME_LENGTH = 100;
/**
 * Levels of workflows GitHub connects on github.com: the caller and nine reusable levels (docs:
 * "Reusing workflow configurations" → "Limitations of reusable workflows", "You can connect up to
 * ten levels of workflows", https://docs.github.com/en/actions/reference/workflows-and-actions/reusing-workflow-configurations;
 * GitHub Enterprise Server: four).
 */
const MAX_WORKFLOW_LEVELS = 10;
/**
 * Unique reusable workflows one workflow file may call, counting every tree of nested reusable
 * workflows from the top-level caller; GitHub refuses a workflow past it (same docs page: "You can
 * call a maximum of 50 unique reusable workflows from a single workflow file"; GitHub Enterprise
 * Server: 20).
 */
const MAX_REUSABLE_WORKFLOWS = 50;
/**
 * Check runs one workflow run can make: a run is one check suite, and GitHub creates at most
 * 50,000 check runs in a check suite; past that, further check runs are not created (docs:
 * "Actions limits", Checks, https://docs.github.com/en/actions/reference/limits). A workflow whose
 * jobs, matrices and reusable workflows multiply past it (say 3 levels × 256 jobs: 16 million) is
 * not expanded further: which of its checks appear is not known.
 */
const MAX_CHECK_RUNS = 50_000;
/**
 * Steps gonogo spends deriving the checks of one top-level workflow (jobs visited, `needs:` edges
 * and `if:` conditions collected for each job run), a gonogo limit that bounds the run time where
 * GitHub documents none (long `needs:` chains in jobs that each run many times). Past it the
 * workflow's checks are reported as unknown.
 */
const MAX_DERIVATION_STEPS = 250_000;

/** Why one top-level workflow's derivation stopped; `refused`: GitHub would refuse the workflow. */
class OverLimit extends Error {
    reason;
    refused;
    constructor(reason, refused) {
        super(reason);
        this.reason = reason;
        this.refused = refused;
    }
}
function spend(budget, steps) {
    budget.steps -= steps;
    if (budget.steps < 0)
        throw new OverLimit(`deriving this workflow's check names takes more than ${MAX_DERIVATION_STEPS} steps (gonogo's limit: jobs run × their needs and conditions); its check names are not worked out — name them in the policy by hand`, false);
}
/**
 * The checks the workflows can produce and the names that cannot be worked out. Cost: linear in
 * the workflows' size and in the checks produced, which GitHub's own limits bound per top-level
 * workflow ({@link MAX_WORKFLOW_LEVELS}, {@link MAX_REUSABLE_WORKFLOWS}, {@link MAX_CHECK_RUNS},
 * {@link MAX_MATRIX_JOBS}); a workflow past one of them is reported as unresolved, naming the
 * limit. Never throws: anything unexpected while deriving one workflow makes that workflow
 * unresolved.
 *
 * @param files the repository's workflow files (`.github/workflows/*.yml`)
 * @param opts how a local `uses: ./.github/workflows/x.yml` is found
 */
function deriveCheckNames(files, opts = {}) {
    const resolve = opts.resolveLocal ??
        ((p) => {
            const want = p.replace(/^\.\//, '');
            return files.find((f) => f.path === want);
        });
    const out = { checks: new Map(), unresolved: new Map() };
    const cache = new Map();
    const parse = (f) => {
        let p = cache.get(f.path);
        if (!p)
            cache.set(f.path, (p = parseWorkflow(f)));
        return p;
    };
    const sorted = [...files].sort((a, b) => cmp(a.path, b.path));
    for (const file of sorted) {
        const wf = parse(file);
        if ('error' in wf) {
            addUnresolved(out, {
                workflow: file.path,
                job: '',
                reason: wf.error,
                ...(wf.line !== undefined ? { line: wf.line } : {}),
                // GitHub runs nothing of a workflow it refuses; an unreadable one could hold anything.
                ...(wf.refused ? { names: (0,_name_pattern_js__WEBPACK_IMPORTED_MODULE_5__/* .noName */ .$L)(file.path) } : {})
            });
            continue;
        }
        // A workflow only callable by others makes checks only under its callers' names.
        if (wf.callableOnly)
            continue;
        // Each top-level workflow is one run (one check suite): derived apart, kept only if whole.
        const own = { checks: new Map(), unresolved: new Map() };
        const budget = {
            checkRuns: MAX_CHECK_RUNS,
            steps: MAX_DERIVATION_STEPS,
            reusable: new Set()
        };
        try {
            workflowChecks(wf, { level: 1, stack: [wf.path], prefix: '', via: [], on: wf.on, conditions: [] }, own, resolve, parse, budget);
        }
        catch (e) {
            const stop = e instanceof OverLimit
                ? e
                : new OverLimit(`its check names could not be worked out (${e instanceof Error ? e.message.split('\n')[0]?.slice(0, 200) : String(e).slice(0, 200)}); name them in the policy by hand`, false);
            addUnresolved(out, {
                workflow: file.path,
                job: '',
                reason: stop.reason,
                // GitHub runs nothing of a workflow it refuses; otherwise any name may appear.
                ...(stop.refused ? { names: (0,_name_pattern_js__WEBPACK_IMPORTED_MODULE_5__/* .noName */ .$L)(file.path) } : {}),
                on: wf.on
            });
            continue;
        }
        for (const c of own.checks.values())
            addCheck(out, c);
        for (const u of own.unresolved.values())
            addUnresolved(out, u);
    }
    const checks = [...out.checks.values()].sort((a, b) => cmp(a.name, b.name) || cmp(a.workflow, b.workflow) || cmp(a.job, b.job));
    const unresolved = [...out.unresolved.values()].sort((a, b) => cmp(a.workflow, b.workflow) || cmp(a.job, b.job) || cmp(a.reason, b.reason));
    return { checks, unresolved };
}
/**
 * Up to `max` of `available` closest to `wanted` for a "did you mean": edit distance ignoring
 * case; a name containing the other also counts. Ties go by case-insensitive, then exact order.
 */
function closestNames(wanted, available, max = 3) {
    const w = wanted.toLowerCase();
    const limit = Math.max(3, Math.floor(w.length / 3));
    const scored = [];
    for (const name of new Set(available)) {
        const n = name.toLowerCase();
        const d = editDistance(w, n);
        if (d <= limit || (w.length > 0 && (n.includes(w) || w.includes(n)) && n.length > 0)) {
            scored.push({ name, d });
        }
    }
    scored.sort((a, b) => a.d - b.d || cmp(a.name.toLowerCase(), b.name.toLowerCase()) || cmp(a.name, b.name));
    return scored.slice(0, Math.max(0, max)).map((s) => s.name);
}
/** A workflow as check names need it, read by the one workflow model (workflow/model.ts). */
function parseWorkflow(file) {
    const read = (0,_workflow_model_js__WEBPACK_IMPORTED_MODULE_2__/* .readWorkflowModel */ .zz)(file);
    if (!read.ok)
        return {
            error: read.error,
            ...(read.line !== undefined ? { line: read.line } : {}),
            refused: file.readError === undefined && !read.limit
        };
    const model = read.model;
    const jobs = model.jobs.map((j) => ({ id: j.id, line: j.line, body: j.body }));
    const inputDefaults = new Map();
    const on = model.root.on;
    const call = (0,_workflow_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainMap */ .nK)(on) ? on.workflow_call : undefined;
    const inputs = (0,_workflow_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainMap */ .nK)(call) ? call.inputs : undefined;
    if ((0,_workflow_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainMap */ .nK)(inputs)) {
        for (const [name, spec] of Object.entries(inputs)) {
            if ((0,_workflow_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainMap */ .nK)(spec) && spec.default !== undefined)
                inputDefaults.set(name.toLowerCase(), spec.default);
        }
    }
    return {
        path: file.path,
        callableOnly: model.callableOnly,
        on: { line: model.onLine, events: model.triggers },
        inputDefaults,
        jobs,
        byId: new Map(jobs.map((j) => [j.id, j]))
    };
}
function workflowChecks(wf, frame, out, resolve, parse, budget) {
    for (const job of wf.jobs) {
        const top = frame.top ?? { workflow: wf.path, job: job.id, line: job.line };
        const via = frame.top ? [...frame.via, { workflow: wf.path, job: job.id }] : [];
        const conditions = [...frame.conditions, ...jobConditions(wf, job, frame.inputs, budget)];
        spend(budget, 1 + conditions.length);
        const fail = (reason, names) => addUnresolved(out, {
            workflow: wf.path,
            job: job.id,
            line: job.line,
            reason: frame.top
                ? `called from ${top.workflow} job "${top.job}" as "${frame.prefix}…": ${reason}`
                : reason,
            ...(names ? { names } : {}),
            on: frame.on
        });
        const made = (name, whenSkipped) => {
            if (--budget.checkRuns < 0)
                throw new OverLimit(`its jobs, matrices and reusable workflows make more than ${MAX_CHECK_RUNS} checks in one run; GitHub creates at most ${MAX_CHECK_RUNS} check runs per check suite (docs: "Actions limits", Checks), so which of them appear is not known`, false);
            spend(budget, 1);
            addCheck(out, {
                name,
                workflow: top.workflow,
                job: top.job,
                ...(top.line !== undefined ? { line: top.line } : {}),
                ...(via.length > 0 ? { via } : {}),
                on: frame.on,
                ...(conditions.length > 0 ? { conditions } : {}),
                ...(whenSkipped ? { whenSkipped: true } : {})
            });
        };
        const uses = job.body.uses;
        const instances = jobInstances(job, frame.inputs);
        if ('reason' in instances) {
            fail(instances.reason, prefixed(frame.prefix, instances.names, uses !== undefined));
            continue;
        }
        if (uses === undefined) {
            for (const inst of instances)
                made(frame.prefix + inst.display, inst.skippedOnly);
            continue;
        }
        const callers = instances.filter((i) => !i.skippedOnly);
        for (const inst of instances)
            if (inst.skippedOnly)
                made(frame.prefix + inst.display, true);
        // What the callee's checks start with, when they cannot be read.
        const calleePattern = (0,_name_pattern_js__WEBPACK_IMPORTED_MODULE_5__/* .startingWith */ .JM)(`${frame.prefix}${callers[0]?.display ?? job.id} / …`, callers.map((i) => `${frame.prefix}${i.display} / `));
        const shown = `${frame.prefix}${job.id}`;
        if (typeof uses !== 'string') {
            fail('`uses:` must be a workflow path', calleePattern);
            continue;
        }
        countReusable(budget, uses.startsWith('./') ? (resolve(uses)?.path ?? uses) : uses);
        if (!uses.startsWith('./')) {
            fail(`reusable workflow ${uses} is not in this repository, so the check names it produces cannot be read; name them in the policy by hand`, calleePattern);
            continue;
        }
        const file = resolve(uses);
        if (!file) {
            fail(`calls ${uses}, which is not among this repository's workflow files`, (0,_name_pattern_js__WEBPACK_IMPORTED_MODULE_5__/* .noName */ .$L)(shown));
            continue;
        }
        if (frame.stack.includes(file.path)) {
            fail(`calls ${uses}, which is already being called (${[...frame.stack, file.path].join(' → ')}); GitHub rejects such a cycle`, (0,_name_pattern_js__WEBPACK_IMPORTED_MODULE_5__/* .noName */ .$L)(shown));
            continue;
        }
        if (frame.level + 1 > MAX_WORKFLOW_LEVELS) {
            fail(`calls ${uses} at level ${frame.level + 1}; GitHub connects at most ${MAX_WORKFLOW_LEVELS} levels of workflows`, (0,_name_pattern_js__WEBPACK_IMPORTED_MODULE_5__/* .noName */ .$L)(shown));
            continue;
        }
        const callee = parse(file);
        if ('error' in callee) {
            fail(`calls ${uses}, which cannot be read: ${callee.error}`, callee.refused ? (0,_name_pattern_js__WEBPACK_IMPORTED_MODULE_5__/* .noName */ .$L)(shown) : calleePattern);
            continue;
        }
        for (const inst of callers) {
            spend(budget, 1);
            const inputs = callInputs(job.body.with, callee.inputDefaults, {
                matrix: inst.matrix,
                inputs: frame.inputs
            });
            workflowChecks(callee, {
                top,
                level: frame.level + 1,
                stack: [...frame.stack, callee.path],
                prefix: `${frame.prefix}${inst.display} / `,
                via,
                inputs,
                on: frame.on,
                conditions: conditions.map((c) => ({
                    ...c,
                    role: c.role === 'own' || c.role === 'calling' ? 'calling' : 'calling-needs'
                }))
            }, out, resolve, parse, budget);
        }
    }
}
/** Counts a reusable workflow reached from the top-level workflow; past GitHub's limit, stops. */
function countReusable(budget, key) {
    budget.reusable.add(key);
    if (budget.reusable.size > MAX_REUSABLE_WORKFLOWS)
        throw new OverLimit(`it calls more than ${MAX_REUSABLE_WORKFLOWS} unique reusable workflows (counting nested ones); GitHub allows at most ${MAX_REUSABLE_WORKFLOWS} from one workflow file and refuses it (docs: "Reusing workflow configurations", Limitations of reusable workflows)`, true);
}
/**
 * The `if:` conditions a job runs under in its workflow: its own, then (unless its own calls
 * always(), failure() or cancelled()) those of the jobs it needs, transitively (docs:
 * "jobs.<job_id>.needs": a job whose needed job is skipped is skipped too).
 */
function jobConditions(wf, job, inputs, budget) {
    const own = conditionOf(wf, job, inputs, 'own');
    if (own && (0,_job_condition_js__WEBPACK_IMPORTED_MODULE_4__/* .overridesNeeds */ .D)(own.expr))
        return [own];
    const memo = neededConditionsMemo(wf, inputs);
    const out = own ? [own] : [];
    const seen = new Set(own ? [job.id] : []);
    for (const n of needsOf(job.body)) {
        const needed = wf.byId.get(n);
        if (!needed)
            continue;
        for (const c of neededConditions(wf, needed, inputs, memo, budget)) {
            if (!seen.has(c.job)) {
                seen.add(c.job);
                out.push(c);
            }
        }
    }
    spend(budget, 1 + out.length);
    return out;
}
/** Per workflow and `inputs`: each needed job's conditions, worked out once. */
const NEEDED = new WeakMap();
const NO_INPUTS = {};
function neededConditionsMemo(wf, inputs) {
    let byInputs = NEEDED.get(wf);
    if (!byInputs)
        NEEDED.set(wf, (byInputs = new WeakMap()));
    let memo = byInputs.get(inputs ?? NO_INPUTS);
    if (!memo)
        byInputs.set(inputs ?? NO_INPUTS, (memo = new Map()));
    return memo;
}
/**
 * The conditions a job brings to the jobs that need it: its own `if:`, then (unless that calls
 * always(), failure() or cancelled()) its needed jobs' in `needs:` order, each job once where
 * first reached — the order of a depth-first walk. Memoised per job and computed bottom-up with
 * an explicit stack, so the cost is linear in jobs and `needs:` edges (times the conditions
 * kept) and a long chain cannot overflow the call stack; a `needs:` cycle (GitHub refuses one)
 * is cut where it closes.
 */
function neededConditions(wf, start, inputs, memo, budget) {
    const done = memo.get(start.id);
    if (done)
        return done;
    const stack = [];
    const onStack = new Set();
    const open = (j) => {
        const c = conditionOf(wf, j, inputs, 'needs');
        const needs = c && (0,_job_condition_js__WEBPACK_IMPORTED_MODULE_4__/* .overridesNeeds */ .D)(c.expr)
            ? []
            : needsOf(j.body)
                .map((n) => wf.byId.get(n))
                .filter((n) => n !== undefined);
        spend(budget, 1 + needs.length);
        onStack.add(j.id);
        stack.push({ job: j, next: 0, needs });
    };
    open(start);
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (top.next < top.needs.length) {
            const n = top.needs[top.next++];
            if (!memo.has(n.id) && !onStack.has(n.id))
                open(n);
            continue;
        }
        stack.pop();
        onStack.delete(top.job.id);
        const own = conditionOf(wf, top.job, inputs, 'needs');
        const out = own ? [own] : [];
        const seen = new Set(own ? [top.job.id] : []);
        for (const n of top.needs) {
            for (const c of memo.get(n.id) ?? []) {
                if (!seen.has(c.job)) {
                    seen.add(c.job);
                    out.push(c);
                }
            }
        }
        spend(budget, out.length);
        memo.set(top.job.id, out);
    }
    return memo.get(start.id) ?? [];
}
function conditionOf(wf, job, inputs, role) {
    const raw = job.body.if;
    if (raw === undefined || raw === null)
        return undefined;
    const expr = raw instanceof _workflow_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .Expr */ .GN
        ? raw.expr
        : typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
            ? String(raw)
            : undefined;
    if (expr === undefined || expr.trim() === '' || expr.trim() === 'true')
        return undefined;
    return {
        workflow: wf.path,
        job: job.id,
        line: job.line,
        role,
        text: raw instanceof _workflow_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .Expr */ .GN ? raw.source.trim() : expr,
        expr,
        ...(inputs ? { inputs } : {})
    };
}
function needsOf(body) {
    const needs = body.needs;
    if (typeof needs === 'string')
        return [needs];
    return Array.isArray(needs) ? needs.filter((n) => typeof n === 'string') : [];
}
/** The unresolved names of a job behind the names of its callers; a call is followed by more. */
function prefixed(prefix, names, calls) {
    if (!names)
        return prefix || calls ? (0,_name_pattern_js__WEBPACK_IMPORTED_MODULE_5__/* .startingWith */ .JM)(`${prefix}…`, [prefix]) : undefined;
    return {
        shown: `${prefix}${names.shown}${calls ? ' / …' : ''}`,
        alternatives: names.alternatives.map((alt) => [
            ...(prefix ? [prefix] : []),
            ...alt,
            ...(calls ? [null] : [])
        ])
    };
}
/**
 * The display name of every run of a job (one per matrix combination), or why they are unknown
 * with what is known of them.
 */
function jobInstances(job, inputs) {
    const raw = job.body.name;
    if (typeof raw === 'object' && raw !== null && !(raw instanceof _workflow_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .Expr */ .GN))
        return { reason: '`name:` must be text, not a mapping or list' };
    const template = raw === undefined || raw === null || raw === '' ? undefined : raw;
    const expanded = (0,_workflow_matrix_js__WEBPACK_IMPORTED_MODULE_1__/* .expandMatrix */ .Eh)(job.body.strategy, inputs ? { inputs } : {});
    if (typeof expanded === 'string')
        return { reason: expanded, names: namePattern(job, template, true, inputs) };
    const instances = [];
    for (const combo of expanded.combos) {
        let display;
        if (template instanceof _workflow_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .Expr */ .GN) {
            const r = (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateExpression */ .O4)(template.expr, {
                matrix: combo.values,
                ...(inputs ? { inputs } : {})
            });
            const names = namePattern(job, template, expanded.hasMatrix, inputs);
            if ('reason' in r)
                return { reason: `name "${template.source.trim()}": ${r.reason}`, names };
            if (typeof r.value === 'object' && r.value !== null)
                return { reason: `name "${template.source.trim()}" is an object or list, not text`, names };
            const text = scalarText(r.value);
            if (text === undefined)
                return {
                    reason: `name "${template.source.trim()}" is a number GitHub formats differently`,
                    names
                };
            display = text === '' ? job.id : text;
        }
        else {
            const base = template === undefined ? job.id : (scalarText(template) ?? job.id);
            const segments = expanded.hasMatrix ? nameSegments(combo.nameValues) : [];
            if (typeof segments === 'string')
                return { reason: segments, names: namePattern(job, template, true, inputs) };
            display = segments.length > 0 ? `${base} (${segments.join(', ')})` : base;
        }
        instances.push({ display: truncate(display), matrix: combo.values });
    }
    // A matrix job skipped by its job-level `if:` reports one check under its unexpanded name.
    if (expanded.hasMatrix &&
        job.body.if !== undefined &&
        job.body.if !== true &&
        job.body.if !== 'true') {
        const unexpanded = template === undefined
            ? job.id
            : template instanceof _workflow_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .Expr */ .GN
                ? template.source
                : scalarText(template);
        if (unexpanded !== undefined && !instances.some((i) => i.display === unexpanded))
            instances.push({ display: truncate(unexpanded), matrix: {}, skippedOnly: true });
    }
    return instances;
}
/**
 * What is known of a job's names when they cannot all be worked out: a `name:` with expressions
 * keeps its text and each part known before the run (a called workflow's inputs, literals), with
 * a wildcard for the rest; a plain name (or the id) is itself or, with a matrix, itself followed
 * by ` (…)`. A matrix job skipped by its `if:` reports its unexpanded name, kept as written.
 */
function namePattern(job, template, matrix, inputs) {
    if (template instanceof _workflow_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .Expr */ .GN) {
        const segments = [];
        for (const piece of (0,_name_pattern_js__WEBPACK_IMPORTED_MODULE_5__/* .splitTemplate */ .LL)(template.source)) {
            if (typeof piece === 'string') {
                segments.push(piece);
                continue;
            }
            // A part that reads only inputs or literals is known; one that reads the matrix is not.
            const r = (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateExpression */ .O4)(piece.expr, inputs ? { inputs } : {});
            const text = 'value' in r ? scalarText(r.value) : undefined;
            segments.push(text ?? null);
        }
        const alternatives = [segments, [job.id]];
        if (matrix)
            alternatives.push([template.source]);
        return { shown: template.source.trim(), alternatives };
    }
    const base = template === undefined ? job.id : (scalarText(template) ?? job.id);
    return {
        shown: matrix ? `${base} (…)` : base,
        alternatives: matrix ? [[base], [`${base} (`, null, ')']] : [[base]]
    };
}
function truncate(name) {
    return name.length > MAX_CHECK_NAME_LENGTH
        ? `${name.slice(0, MAX_CHECK_NAME_LENGTH - 3)}...`
        : name;
}
/** The values of a combination as GitHub lists them in ` (…)`, or why that is uncertain. */
function nameSegments(values) {
    const segments = [];
    for (const v of values) {
        if (v === null || v === undefined || v === '')
            continue;
        if (typeof v === 'object') {
            if (hasEmpty(v)) {
                return `a matrix value is an object or list with an empty or null entry (${JSON.stringify(v)}); GitHub does not document how such a value shows in the check name, so gonogo does not guess the check name`;
            }
            const flat = [];
            const err = flatten(v, flat);
            if (err)
                return err;
            segments.push(...flat);
            continue;
        }
        const s = scalarText(v);
        if (s === undefined)
            return unshowable(v);
        segments.push(s);
    }
    return segments;
}
function unshowable(v) {
    const shown = typeof v === 'number' ? String(v) : typeof v;
    return `matrix value ${shown} cannot be shown the way GitHub shows it (GitHub writes numbers with 15 significant digits and formats exponents its own way), so gonogo does not guess the check name`;
}
function hasEmpty(v) {
    if (v === null || v === undefined || v === '')
        return true;
    if (Array.isArray(v))
        return v.length === 0 || v.some(hasEmpty);
    if (isRecord(v))
        return Object.keys(v).length === 0 || Object.values(v).some(hasEmpty);
    return false;
}
function flatten(v, into) {
    if (Array.isArray(v)) {
        for (const x of v) {
            const e = flatten(x, into);
            if (e)
                return e;
        }
        return undefined;
    }
    if (isRecord(v))
        return flatten(Object.values(v), into);
    const s = scalarText(v);
    if (s === undefined)
        return unshowable(v);
    into.push(s);
    return undefined;
}
/** A scalar as GitHub's expressions turn it into text; undefined for numbers it formats apart. */
function scalarText(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    if (v === null || v === undefined)
        return '';
    if (typeof v === 'number') {
        if (!Number.isFinite(v))
            return undefined;
        // GitHub formats numbers with 15 significant digits ("G15"); exponent forms differ from JS.
        const s = String(Number(v.toPrecision(15)));
        return /e/i.test(s) ? undefined : s;
    }
    if (typeof v === 'bigint')
        return v.toString();
    return undefined;
}
// ---------------------------------------------------------------------------------------------
// Inputs of called workflows
// ---------------------------------------------------------------------------------------------
/** The inputs a called workflow sees: the caller's `with:` over the callee's defaults. */
function callInputs(withValue, defaults, callerCtx) {
    const inputs = new Map();
    const calleeCtx = { inputs: new Map() };
    for (const [name, value] of defaults)
        inputs.set(name, known(value, calleeCtx, name));
    if ((0,_workflow_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainMap */ .nK)(withValue)) {
        for (const [name, value] of Object.entries(withValue))
            inputs.set(name.toLowerCase(), known(value, callerCtx, name));
    }
    return inputs;
}
function known(value, ctx, name) {
    const v = (0,_workflow_matrix_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveValue */ .g$)(value, ctx);
    const why = (0,_workflow_matrix_js__WEBPACK_IMPORTED_MODULE_1__/* .findUnresolved */ .jt)(v);
    return why === undefined
        ? { value: v }
        : {
            unknown: `input "${name}" is set to ${value instanceof _workflow_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .Expr */ .GN ? value.source.trim() : JSON.stringify(v)}, which is only known when the workflow runs`
        };
}
// ---------------------------------------------------------------------------------------------
function addCheck(out, check) {
    const key = `${check.name}\u0000${check.workflow}\u0000${check.job}`;
    if (!out.checks.has(key))
        out.checks.set(key, check);
}
function addUnresolved(out, u) {
    const key = `${u.workflow}\u0000${u.job}\u0000${u.reason}`;
    if (!out.unresolved.has(key))
        out.unresolved.set(key, u);
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
        }
        prev = cur;
    }
    return prev[b.length] ?? 0;
}


/***/ }),

/***/ 8098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ overridesNeeds),
/* harmony export */   S: () => (/* binding */ evaluateJobCondition)
/* harmony export */ });
/* harmony import */ var _actions_expressions__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4082);
/* harmony import */ var _workflow_expressions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4070);
/**
 * A job-level `if:` evaluated for one event before the run, by GitHub's expression engine
 * (`@actions/expressions`). Docs: "Using conditions to control job execution" and
 * "jobs.<job_id>.if" (contexts available there: `github`, `needs`, `vars`, `inputs`; status
 * functions `success()`, `always()`, `cancelled()`, `failure()`; GitHub adds `success() &&` when
 * none is used), and "Troubleshooting required status checks" → "Handling skipped but required
 * checks": a job skipped by its condition reports Success.
 *
 * Known here: `github.event_name`, `github.base_ref` on a pull request, `github.repository` and
 * `github.repository_owner` when the caller knows them, and `inputs` (a called workflow's, from
 * its caller; a top-level workflow run by a pull request has none). Status functions are taken on
 * the path where every needed job succeeded and nothing was cancelled. `&&`, `||` and `!` are
 * decided by their known operands (`github.event_name == 'push' && needs.a.outputs.x` is false on
 * a pull request); anything else that reads a value only known at run time is unknown, with the
 * reference named. Pure; never throws.
 */


const CONTEXTS = [
    'github',
    'env',
    'vars',
    'job',
    'jobs',
    'steps',
    'runner',
    'secrets',
    'strategy',
    'matrix',
    'needs',
    'inputs'
];
/** The happy path: every needed job succeeded, the run was not cancelled. */
const STATUS = {
    success: true,
    always: true,
    failure: false,
    cancelled: false
};
const STATUS_INFO = Object.keys(STATUS).map((name) => ({ name, minArgs: 0, maxArgs: 0 }));
const STATUS_FUNCTIONS = new Map(Object.entries(STATUS).map(([name, value]) => [
    name,
    { name, minArgs: 0, maxArgs: 0, call: () => new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.BooleanData */ .p.bo(value) }
]));
/**
 * Whether the job runs for the run described by `facts`.
 *
 * @returns true or false, or why it is only known when the workflow runs
 */
function evaluateJobCondition(c, facts) {
    let ast;
    try {
        ast = new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG(c.expr).lex().tokens, CONTEXTS, STATUS_INFO).parse();
    }
    catch (e) {
        return { truth: 'unknown', why: `is not a valid expression (${short(e)})` };
    }
    if (!ast)
        return { truth: true };
    const scope = knownScope(c, facts);
    return truthOf(ast, scope, c);
}
/**
 * True when the `if:` calls `always()`, `failure()` or `cancelled()`: the job then runs (or not)
 * whatever happened to the jobs it needs, so their conditions do not carry over.
 */
function overridesNeeds(expr) {
    try {
        const tokens = new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG(expr).lex().tokens;
        return tokens.some((t, i) => t.lexeme !== '' &&
            ['always', 'failure', 'cancelled'].includes(t.lexeme.toLowerCase()) &&
            tokens[i + 1]?.lexeme === '(');
    }
    catch {
        return false;
    }
}
function knownScope(c, facts) {
    const github = { event_name: facts.event };
    if (facts.baseRef !== undefined)
        github.base_ref = facts.baseRef;
    if (facts.repository !== undefined) {
        github.repository = facts.repository;
        github.repository_owner = facts.repository.split('/')[0];
    }
    return { github, inputs: c.inputs ?? new Map() };
}
/** Three-valued truth: `&&`, `||`, `!` and grouping by their operands, the rest by value. */
function truthOf(node, scope, c) {
    let why;
    try {
        why = unknownIn(node, scope);
    }
    catch (e) {
        return { truth: 'unknown', why: `cannot be read (${short(e)})` };
    }
    if (why === undefined) {
        try {
            const context = new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Dictionary */ .p.bT();
            context.add('github', toData(scope.github));
            const inputs = {};
            for (const [k, v] of scope.inputs)
                if ('value' in v)
                    inputs[k] = v.value;
            context.add('inputs', toData(inputs));
            const value = new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Evaluator */ .oi(node, context, STATUS_FUNCTIONS).evaluate();
            return { truth: truthy(JSON.parse(JSON.stringify(value, _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.replacer */ .p.$U) ?? 'null')) };
        }
        catch (e) {
            return { truth: 'unknown', why: `cannot be evaluated (${short(e)})` };
        }
    }
    const shape = node.accept(new Shape());
    if (shape.kind === 'group')
        return truthOf(shape.inner, scope, c);
    if (shape.kind === 'not') {
        const t = truthOf(shape.inner, scope, c);
        return t.truth === 'unknown' ? t : { truth: !t.truth };
    }
    if (shape.kind === 'and' || shape.kind === 'or') {
        const decisive = shape.kind === 'or';
        let unknown;
        for (const arg of shape.args) {
            const t = truthOf(arg, scope, c);
            if (t.truth === decisive)
                return t;
            if (t.truth === 'unknown')
                unknown ??= t;
        }
        return unknown ?? { truth: !decisive };
    }
    return { truth: 'unknown', why: `reads ${why}` };
}
/** GitHub's truthiness: false, 0, NaN, '' and null are false. */
function truthy(v) {
    if (v === null || v === undefined || v === false || v === '')
        return false;
    if (typeof v === 'number')
        return v !== 0 && !Number.isNaN(v);
    return true;
}
function toData(v) {
    return JSON.parse(JSON.stringify(v ?? null), _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.reviver */ .p.eD);
}
function short(e) {
    return (e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 160) ?? '';
}
/** The first reference in `node` only known at run time, described; undefined if none. */
function unknownIn(node, scope) {
    for (const ref of (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_1__/* .astReferences */ .rF)(node)) {
        const [root = '', first] = ref;
        const shown = `\`${ref.join('.')}\``;
        switch (root.toLowerCase()) {
            case 'github':
                if (first !== undefined && Object.hasOwn(scope.github, first.toLowerCase()))
                    continue;
                return `${shown}, only known when the workflow runs`;
            case 'inputs': {
                if (first === undefined)
                    continue;
                const k = scope.inputs.get(first.toLowerCase());
                if (k && 'unknown' in k)
                    return `${shown} (${k.unknown})`;
                continue;
            }
            case 'matrix':
                return `${shown}, which a job-level if: cannot read (GitHub evaluates it before the matrix)`;
            default:
                return `${shown}, only known when the workflow runs`;
        }
    }
    return undefined;
}
/** The operator at the top of an expression. */
class Shape {
    visitLiteral() {
        return { kind: 'other' };
    }
    visitUnary(u) {
        return u.operator.lexeme === '!' ? { kind: 'not', inner: u.expr } : { kind: 'other' };
    }
    visitBinary() {
        return { kind: 'other' };
    }
    visitLogical(l) {
        if (l.operator.lexeme === '&&')
            return { kind: 'and', args: l.args };
        if (l.operator.lexeme === '||')
            return { kind: 'or', args: l.args };
        return { kind: 'other' };
    }
    visitGrouping(g) {
        return { kind: 'group', inner: g.group };
    }
    visitContextAccess() {
        return { kind: 'other' };
    }
    visitIndexAccess() {
        return { kind: 'other' };
    }
    visitFunctionCall() {
        return { kind: 'other' };
    }
}


/***/ }),

/***/ 8757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $L: () => (/* binding */ noName),
/* harmony export */   JM: () => (/* binding */ startingWith),
/* harmony export */   LL: () => (/* binding */ splitTemplate),
/* harmony export */   u8: () => (/* binding */ couldBeNamed)
/* harmony export */ });
/**
 * The check names a job could report under when its name cannot be worked out before the run
 * (a name or matrix from `needs.*` outputs, a reusable workflow in another repository): the parts
 * that are known, with a wildcard where text is only known at run time. A required check is then
 * only in doubt when such a pattern could spell it: `lint (${{ … }})` may be `lint (x)`, never
 * `deploy`. Pure.
 */
/** GitHub shows at most this many characters of a check name; longer ones end in `...`. */
const SHOWN = 100;
const CUT = '...';
/**
 * Whether some name the pattern allows is shown by GitHub as `name`: spelled exactly, or cut to
 * its first 97 characters and `...` (GitHub's limit of 100 characters).
 */
function couldBeNamed(pattern, name) {
    const cut = name.length === SHOWN && name.endsWith(CUT) ? name.slice(0, SHOWN - CUT.length) : '';
    return pattern.alternatives.some((alt) => matches(alt, name, false) || (cut !== '' && matches(alt, cut, true)));
}
/** `null` tokens match any text; with `prefix`, `s` need only be the start of a match. */
function matches(alt, s, prefix) {
    const tokens = [];
    for (const seg of alt) {
        if (seg === null) {
            if (tokens[tokens.length - 1] !== null || tokens.length === 0)
                tokens.push(null);
        }
        else
            for (const ch of seg)
                tokens.push(ch);
    }
    const close = (states) => {
        for (const i of [...states]) {
            let k = i;
            while (tokens[k] === null)
                states.add(++k);
        }
        return states;
    };
    let states = close(new Set([0]));
    for (const ch of s) {
        const next = new Set();
        for (const i of states) {
            const t = tokens[i];
            if (t === null)
                next.add(i);
            else if (t === ch)
                next.add(i + 1);
        }
        if (next.size === 0)
            return false;
        states = close(next);
    }
    return prefix ? states.size > 0 : states.has(tokens.length);
}
/**
 * Splits a scalar written with `${{ }}` into its text and its expressions, by GitHub's grammar (a
 * `}}` inside a quoted string does not end an expression).
 *
 * @returns text pieces and `{ expr }` pieces, in order
 */
function splitTemplate(source) {
    const out = [];
    let text = '';
    let i = 0;
    while (i < source.length) {
        if (source.startsWith('${{', i)) {
            let j = i + 3;
            let quoted = false;
            while (j < source.length) {
                if (source[j] === "'")
                    quoted = !quoted;
                else if (!quoted && source.startsWith('}}', j))
                    break;
                j++;
            }
            if (j >= source.length) {
                text += source.slice(i);
                break;
            }
            if (text)
                out.push(text);
            text = '';
            out.push({ expr: source.slice(i + 3, j).trim() });
            i = j + 2;
            continue;
        }
        text += source[i];
        i++;
    }
    if (text)
        out.push(text);
    return out;
}
/** `shown` followed by anything: the checks of a job whose callee cannot be read. */
function startingWith(shown, known) {
    return { shown, alternatives: known.map((k) => [k, null]) };
}
/** A pattern that spells no check: the job would not run at all (GitHub refuses the workflow). */
function noName(shown) {
    return { shown, alternatives: [] };
}


/***/ }),

/***/ 6538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ loadBuiltin)
/* harmony export */ });
/* unused harmony export BUILTIN_REGISTRY */
const BUILTIN_REGISTRY = {
    'policy-bundle': async () => (await __webpack_require__.e(/* import() */ 922).then(__webpack_require__.bind(__webpack_require__, 6922))).runPolicyBundle,
    'policy-freshness': async () => (await __webpack_require__.e(/* import() */ 539).then(__webpack_require__.bind(__webpack_require__, 9539))).runPolicyFreshness,
    'workflow-lint': async () => (await Promise.all(/* import() */[__webpack_require__.e(277), __webpack_require__.e(325)]).then(__webpack_require__.bind(__webpack_require__, 1325))).runWorkflowLint,
    'replay-determinism': async () => (await __webpack_require__.e(/* import() */ 674).then(__webpack_require__.bind(__webpack_require__, 4674))).runReplayDeterminism,
    'provenance-coverage': async () => (await __webpack_require__.e(/* import() */ 675).then(__webpack_require__.bind(__webpack_require__, 675))).runProvenanceCoverage,
    'ci-trend': async () => (await __webpack_require__.e(/* import() */ 228).then(__webpack_require__.bind(__webpack_require__, 2228))).runCiTrend,
    'rollback-drill': async () => (await __webpack_require__.e(/* import() */ 951).then(__webpack_require__.bind(__webpack_require__, 8951))).runRollbackDrill,
    incidents: async () => (await __webpack_require__.e(/* import() */ 496).then(__webpack_require__.bind(__webpack_require__, 5496))).runIncidents
};
/**
 * The check named `name`, its module loaded on demand so the gate pays start-up only for the
 * checks it runs. `name` is a {@link BuiltinName} (callers validate user input first with
 * `isBuiltinName`); a failed import rejects with the module loader's error.
 */
async function loadBuiltin(name) {
    return BUILTIN_REGISTRY[name]();
}


/***/ }),

/***/ 4321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ effectiveTimeOption),
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/builtin-names.ts
var builtin_names = __webpack_require__(5293);
// EXTERNAL MODULE: ./src/core/contracts.ts
var contracts = __webpack_require__(3348);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/org.ts
var org = __webpack_require__(1405);
// EXTERNAL MODULE: ./src/core/time.ts
var time = __webpack_require__(2334);
// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __webpack_require__(8198);
// EXTERNAL MODULE: ./src/gate/run-gate.ts + 20 modules
var run_gate = __webpack_require__(8006);
// EXTERNAL MODULE: ./src/checks/check-names.ts
var check_names = __webpack_require__(2040);
// EXTERNAL MODULE: ./src/io/git.ts
var git = __webpack_require__(7500);
// EXTERNAL MODULE: ./src/io/workflows.ts
var io_workflows = __webpack_require__(2886);
// EXTERNAL MODULE: ./src/workflow/local-uses.ts
var local_uses = __webpack_require__(7903);
// EXTERNAL MODULE: ./src/io/workspace.ts
var workspace = __webpack_require__(2645);
// EXTERNAL MODULE: ./src/cli/migrate-usage.ts
var migrate_usage = __webpack_require__(6825);
// EXTERNAL MODULE: ./src/render/cli-findings.ts
var cli_findings = __webpack_require__(6133);
;// CONCATENATED MODULE: ./src/cli/promote-usage.ts
/** The promote/rollback/history part of `gonogo --help` (kept apart: main loads promote lazily). */
const PROMOTE_USAGE = `Options for promote, rollback and history (records kept in a local folder):
  --environment NAME        the target environment, declared under environments in the policy
  --bundle PATH             promote: the bundle folder or zip; rollback: the bundle of the
                            record rolled back to, when it is no longer where it was promoted from
  --reason TEXT             rollback: why (required; it goes into the record)
  --state DIR               the records (default .gonogo/state, relative to the workspace)
  --output DIR              where promotion-NAME.json goes (default gonogo-reports)
  --allow-unverified-reviewers
                            rehearse an environment with reviewers locally: the record says
                            they were not verified (GitHub's approvals exist only in Actions)
  --allow-unreplayable      promote a bundle that records no inputs (made before bundles could
                            be replayed); the record says it was not replayed
  --config FILE, --workspace DIR, --effective-time TIME, --signing-key-env NAME   as for gate
  --json                    history: the records as JSON
`;

;// CONCATENATED MODULE: ./src/cli/main.ts

















const EXIT = { go: 0, noGo: 1, usage: 2 };
/**
 * The `gonogo check NAME` line of the usage text, naming every built-in from BUILTIN_NAMES (so
 * the text cannot fall behind the registry), wrapped greedily at 100 columns with continuation
 * lines indented to the description column (33).
 */
const CHECK_USAGE = (() => {
    const words = `run one built-in check (${builtin_names/* BUILTIN_NAMES */.V.join(', ')})`.split(' ');
    const lines = [];
    let line = '  gonogo check NAME [options]   ';
    for (const word of words) {
        if (line.length + 1 + word.length > 100 && line.trim() !== '') {
            lines.push(line);
            line = ' '.repeat(32);
        }
        line += ` ${word}`;
    }
    return [...lines, line].join('\n');
})();
const USAGE = `gonogo ${contracts/* GENERATOR_VERSION */.RO}: release governance as code

Usage:
  gonogo gate [options]          decide go / conditional-go / no-go from the policy and reports
  gonogo verify-rules [options]  compare branch protection and rulesets with the policy
  gonogo check-names [options]   list every check name the workflows can produce
${CHECK_USAGE}
  gonogo bundle create [options] assemble an evidence bundle (manifest, reports, summary)
  gonogo bundle verify PATH      verify a bundle folder or its downloaded zip
  gonogo promote [options]       promote a bundle into an environment (records in --state)
  gonogo rollback [options]      promote the environment's previous bundle again
  gonogo history [options]       an environment's promotion records and their hash chain
  gonogo org plan|verify|merge   verify every repository of an organisation (sharded; see
                                 gonogo org --help)
  gonogo migrate [options]       write .github/gonogo.yml from the older governance scripts'
                                 policy, exceptions and reports
  gonogo init [options]          write a starter .github/gonogo.yml from the repository's
                                 workflows, reports and rules; print the workflow jobs to add
  gonogo incident status         the open incident on the default branch and what lifts the
                                 merge freeze (exit 0 none open, 1 open)

Options for gate:
  --config FILE             policy file, relative to the workspace (default .github/gonogo.yml)
  --reports DIR             folder of reports, relative to the workspace (default gonogo-reports)
  --output DIR              where executive-summary.json and .md go (default gonogo-out)
  --workspace DIR           repository root (default: the current directory)
  --sha SHA                 the commit being gated; reports about another commit are stale
                            (default: $GITHUB_SHA, else not checked)
  --effective-time TIME     RFC 3339 time the decision is made at (default: now)
  --profile NAME            use this profile instead of select_profile
  --event NAME              event for select_profile (default: $GITHUB_EVENT_NAME or local)
  --branch NAME             branch for select_profile (default: the checked-out branch)
  --quiet                   print only the decision

Options for verify-rules (token from $GITHUB_TOKEN, API from $GITHUB_API_URL):
  --repo OWNER/NAME         the repository (default: $GITHUB_REPOSITORY)
  --branch NAME             a branch name or glob; repeat for more (default: the default branch)
  --config FILE             policy file (default .github/gonogo.yml)
  --output DIR              where branch-protection.json and required-checks.json go
                            (default gonogo-reports)
  --workspace DIR, --sha SHA, --effective-time TIME   as for gate

Options for check NAME (settings from checks.NAME in the policy file):
  --config FILE, --workspace DIR, --sha SHA, --effective-time TIME   as for gate
  --output DIR              where NAME.json goes (default gonogo-reports)
  --base-ref REF            base for comparisons (policy-bundle revision bumps)
  --repo OWNER/NAME         for ci-trend (default: $GITHUB_REPOSITORY; token from $GITHUB_TOKEN)
  --format text|json|github text: one line per finding (file:line rule: message), the first 50,
                            then a summary line; coloured on a terminal unless NO_COLOR is set;
                            json: one document (schemas/cli-findings.schema.json); github:
                            workflow commands, so findings become annotations in a workflow

Options for check-names:
  --workspace DIR           repository root (default: the current directory)
  --json                    {"checks": [...], "unresolved": [{"workflow", "job", "reason"}]}

Options for bundle create:
  --reports DIR             folder of reports, relative to the workspace (required)
  --output DIR              the bundle folder to create (required; replaced if it holds a bundle)
  --summary DIR             folder gonogo gate --output wrote: its summary, built-in reports and
                            every file the decision read (evidence/) go into the bundle
  --workspace DIR, --sha SHA   as for gate (the sha defaults to $GITHUB_SHA, else HEAD)
  --effective-time TIME     creation time when $SOURCE_DATE_EPOCH is not set (default: now)
  --signing-key-env NAME    sign the digest with HMAC-SHA256 using the key in $NAME
  --release-tag TAG         the tag being released (lineage.json starts after the previous one)

Options for bundle verify:
  --replay                  also decide again from the bundle's policy and evidence alone and
                            compare with its executive-summary.json byte for byte
  --signing-key-env NAME    also check signature.json against the key in $NAME

${PROMOTE_USAGE}
${migrate_usage/* MIGRATE_USAGE */.U}
Options for init (writes a starter policy from what the repository has):
  --output FILE             the policy to write (default .github/gonogo.yml)
  --force                   replace --output when it exists
  --repo OWNER/NAME         read the default branch's rules (default: $GITHUB_REPOSITORY;
                            token from $GITHUB_TOKEN; without one, branches: is left to fill in)
  --workspace DIR           as for gate
  --effective-time TIME     as for migrate (used when it hands over to migrate)
Options for incident status (token from $GITHUB_TOKEN, needs issues: read):
  --repo OWNER/NAME         the repository (default: $GITHUB_REPOSITORY)
  --config FILE, --workspace DIR   as for gate (the policy's incidents: settings)
  --format text|json        text (default) or the incident records as JSON
Exit codes: gate: 0 go or conditional-go, 1 no-go; verify-rules: 0 every check passed, 1 any
failed or unverified; check: 0 passed, 1 failed or unverified; check-names: 0, or 1 when some names cannot be resolved; bundle verify: 0 valid, 1 invalid; promote/rollback: 0 recorded, 1 refused; history: 0 chain
intact, 1 broken; migrate, init: 0 written; all: 2 usage
or configuration error.
`;
const GATE_OPTIONS = {
    config: { type: 'string', default: '.github/gonogo.yml' },
    reports: { type: 'string', default: 'gonogo-reports' },
    output: { type: 'string', default: 'gonogo-out' },
    workspace: { type: 'string' },
    sha: { type: 'string' },
    'effective-time': { type: 'string' },
    profile: { type: 'string' },
    event: { type: 'string' },
    branch: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false }
};
/**
 * The `gonogo` command line; returns the exit code. A run starts with no secret but the token
 * in $GITHUB_TOKEN / $GH_TOKEN (and a signing key once --signing-key-env names it), and every
 * line it prints, like every file it writes, has them masked (src/core/secrets.ts).
 */
async function main(argv, rawIo) {
    (0,secrets/* clearSecrets */.lL)();
    (0,secrets/* registerSecret */.cl)(rawIo.env.GITHUB_TOKEN);
    (0,secrets/* registerSecret */.cl)(rawIo.env.GH_TOKEN);
    // No line gonogo prints (report text, file names, messages) can act as a workflow command when
    // the CLI runs in a workflow; only `check --format github` writes commands, on purpose.
    const io = {
        ...rawIo,
        out: (s) => rawIo.out(noCommands(terminalSafe((0,secrets/* scrubSecrets */.Zg)(s)))),
        err: (s) => rawIo.err(noCommands(terminalSafe((0,secrets/* scrubSecrets */.Zg)(s)))),
        outCommands: (s) => rawIo.out(terminalSafe((0,secrets/* scrubSecrets */.Zg)(s))),
        ...(rawIo.outStyled ? { outStyled: (s) => rawIo.outStyled?.((0,secrets/* scrubSecrets */.Zg)(s)) } : {})
    };
    // No operating system passes a NUL inside an argument; a caller in-process could, and no file
    // API accepts one.
    const nul = argv.findIndex((a) => a.includes('\0'));
    if (nul >= 0) {
        io.err(`gonogo: argument ${nul + 1} (${JSON.stringify(argv[nul])}) contains a NUL character\n`);
        return EXIT.usage;
    }
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
        io.out(USAGE);
        return command === undefined ? EXIT.usage : 0;
    }
    if (command === '--version' || command === '-v') {
        io.out(`${contracts/* GENERATOR_VERSION */.RO}\n`);
        return 0;
    }
    try {
        if (command === 'gate')
            return await gate(rest, io);
        if (command === 'verify-rules')
            return await verifyRules(rest, io);
        if (command === 'check-names')
            return await checkNames(rest, io);
        if (command === 'check')
            return await check(rest, io);
        if (command === 'bundle')
            return await bundle(rest, io);
        if (command === 'migrate')
            return await (await __webpack_require__.e(/* import() */ 515).then(__webpack_require__.bind(__webpack_require__, 4515))).migrateCommand(rest, io);
        if (command === 'org')
            return await (await __webpack_require__.e(/* import() */ 156).then(__webpack_require__.bind(__webpack_require__, 4156))).orgCommand(rest, io);
        if (command === 'init')
            return await (await Promise.all(/* import() */[__webpack_require__.e(621), __webpack_require__.e(515), __webpack_require__.e(364)]).then(__webpack_require__.bind(__webpack_require__, 364))).initCommand(rest, io);
        if (command === 'incident')
            return await (await __webpack_require__.e(/* import() */ 106).then(__webpack_require__.bind(__webpack_require__, 8106))).incidentCommand(rest, io);
        if (command === 'promote' || command === 'rollback' || command === 'history') {
            const p = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(566)]).then(__webpack_require__.bind(__webpack_require__, 9566));
            if (command === 'history')
                return await p.historyCommand(rest, io, (n) => keyFromEnv(io.env, n));
            return await p.promoteCommand(command === 'promote' ? 'promotion' : 'rollback', rest, io, (n) => keyFromEnv(io.env, n));
        }
        throw new errors/* ConfigurationError */.j1(`unknown command '${command}'; run gonogo --help`);
    }
    catch (e) {
        if (e instanceof errors/* ConfigurationError */.j1 || isArgError(e)) {
            io.err(`gonogo: ${(0,errors/* errorMessage */.gJ)(e)}\n`);
            return EXIT.usage;
        }
        // A path the user named that the file system refused (a file where a folder must be, a link
        // loop, a name too long…): the path and the reason, not a bug report.
        const fsProblem = (0,errors/* fileSystemProblem */.Xp)(e);
        if (fsProblem !== undefined) {
            io.err(`gonogo: ${fsProblem}\n`);
            return EXIT.usage;
        }
        io.err(`gonogo: unexpected error: ${(0,errors/* errorMessage */.gJ)(e)}\n`);
        return EXIT.usage;
    }
}
/** Each line made unable to act as a workflow command (render/cli-findings.ts notCommand). */
function noCommands(s) {
    return s.includes('::') || s.includes('##[') ? s.split('\n').map(cli_findings.notCommand).join('\n') : s;
}
/** node:util parseArgs's errors (unknown option, missing value…); duck-typed, as their realm may differ. */
function isArgError(e) {
    return (typeof e === 'object' &&
        e !== null &&
        String(e.code).startsWith('ERR_PARSE_ARGS'));
}
/**
 * Text for a terminal: C0 control characters (from a path, a report, a policy) other than line
 * feed and tab are shown as escapes such as `\x1b`, so none can move the cursor, recolour or
 * rewrite what was printed. Unchanged when there is none; JSON output never holds one raw
 * (JSON.stringify escapes them), so it stays valid JSON.
 */
function terminalSafe(s) {
    return s.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b-\u001f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
async function gate(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: GATE_OPTIONS,
        allowPositionals: false,
        strict: true
    });
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    const workspace = external_node_path_default().resolve(io.cwd, values.workspace ?? '.');
    const sha = values.sha ?? io.env.GITHUB_SHA ?? '';
    if (sha && !contracts/* SHA_PATTERN */.yw.test(sha)) {
        throw new errors/* ConfigurationError */.j1(`--sha must be a full commit SHA (40 hex characters), got '${sha}'`);
    }
    const result = await (0,run_gate/* runGate */.Rg)({
        workspace,
        config: inWorkspace(workspace, values.config),
        reports: values.reports,
        output: external_node_path_default().resolve(io.cwd, values.output),
        effectiveTime: effectiveTimeOption(values['effective-time']),
        sha,
        repository: io.env.GITHUB_REPOSITORY ?? '',
        ref: io.env.GITHUB_REF ?? '',
        event: values.event ?? io.env.GITHUB_EVENT_NAME ?? 'local',
        branch: values.branch ?? (await (0,git/* currentBranch */.e)(workspace)),
        ...(values.profile ? { profile: values.profile } : {}),
        ...githubFromEnv(io.env),
        log: (m) => io.err(`gonogo: ${m}\n`)
    });
    const s = result.summary;
    io.out(`${s.decision} (profile ${s.profile.name}: ${s.counts.high} high of max ${s.profile.max_high}, ${s.counts.medium} medium of max ${s.profile.max_medium}, ${s.counts.low} waived)\n`);
    if (!values.quiet) {
        for (const b of s.blockers)
            io.out(`  [${b.severity}] ${b.control} (${b.kind}${b.class ? `, ${b.class}` : ''}): ${b.reason}\n`);
        for (const w of s.warnings)
            io.out(`  [warning] ${w.control}: ${w.message}\n`);
        for (const c of s.claims?.claims ?? [])
            io.out(`  [claim] ${c.id} (tier ${c.tier}): ${c.grade} ${c.level} ${c.title}\n`);
        if (s.claims && s.claims.unclaimed_controls.length > 0)
            io.out(`  controls no claim names: ${s.claims.unclaimed_controls.join(', ')}\n`);
        if (!sha)
            io.out('  note: no --sha given, so report staleness was not checked\n');
        io.out(`  summary: ${result.summaryPath}\n  markdown: ${result.markdownPath}\n`);
    }
    return s.decision === 'no-go' ? EXIT.noGo : EXIT.go;
}
const VERIFY_OPTIONS = {
    repo: { type: 'string' },
    branch: { type: 'string', multiple: true },
    config: { type: 'string', default: '.github/gonogo.yml' },
    output: { type: 'string', default: 'gonogo-reports' },
    workspace: { type: 'string' },
    sha: { type: 'string' },
    'effective-time': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false }
};
async function verifyRules(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: VERIFY_OPTIONS,
        allowPositionals: false,
        strict: true
    });
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    const full = values.repo ?? io.env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = ownerRepo(full, values.repo !== undefined ? '--repo' : '--repo (or GITHUB_REPOSITORY)');
    shaOption(values.sha);
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? '';
    if (!token)
        throw new errors/* ConfigurationError */.j1('set GITHUB_TOKEN (or GH_TOKEN) to a token that can read the repository');
    const workspace = external_node_path_default().resolve(io.cwd, values.workspace ?? '.');
    const sha = values.sha ?? io.env.GITHUB_SHA ?? (await (0,git/* headSha */.x)(workspace));
    // Loaded on demand: the gate command does not pay for the GitHub client at start-up.
    const { runVerify } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(720), __webpack_require__.e(621), __webpack_require__.e(629)]).then(__webpack_require__.bind(__webpack_require__, 4629));
    const r = await runVerify({
        workspace,
        config: inWorkspace(workspace, values.config),
        output: external_node_path_default().resolve(io.cwd, values.output),
        owner,
        repo,
        branches: (values.branch ?? [])
            .flatMap((b) => b.split(','))
            .map((b) => b.trim())
            .filter(Boolean),
        sha,
        ref: io.env.GITHUB_REF ?? '',
        token,
        apiUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com',
        effectiveTime: effectiveTimeOption(values['effective-time']),
        log: (m) => io.err(`gonogo: ${m}\n`)
    });
    for (const rep of [r.branchProtection, r.requiredChecks]) {
        io.out(`${rep.control}: ${rep.status} (${rep.summary.passed ?? 0} passed, ${rep.summary.failed ?? 0} failed, ${rep.summary.unverified ?? 0} unverified)\n`);
        for (const c of rep.checks.filter((x) => x.status !== 'passed'))
            io.out(`  [${c.status}] ${c.id}: ${c.message}${c.unlock ? ` (unlock: ${c.unlock})` : ''}\n`);
    }
    io.out(`  API requests: ${r.requests}\n  reports: ${r.paths.join(', ')}\n`);
    return r.branchProtection.status === 'passed' && r.requiredChecks.status === 'passed' ? 0 : 1;
}
async function checkNames(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            workspace: { type: 'string' },
            json: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false }
        },
        allowPositionals: false,
        strict: true
    });
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    const ws = await workspace.Workspace.open(external_node_path_default().resolve(io.cwd, values.workspace ?? '.'));
    const workflows = await (0,io_workflows/* readWorkflows */.L9)(ws);
    if (workflows.length === 0)
        io.err(`gonogo: no workflow files in ${external_node_path_default().join(ws.root, '.github', 'workflows')}\n`);
    const names = (0,check_names/* deriveCheckNames */.u7)(workflows, { resolveLocal: (0,local_uses/* localResolver */.y)(workflows) });
    const unique = [...new Set(names.checks.map((c) => c.name))].sort();
    if (values.json) {
        io.out(`${JSON.stringify({ checks: unique, unresolved: names.unresolved.map((u) => ({ workflow: u.workflow, job: u.job, reason: u.reason })) }, null, 2)}\n`);
    }
    else {
        for (const n of unique)
            io.out(`${n}\n`);
        for (const u of names.unresolved)
            io.err(`unresolved: ${u.workflow}${u.job ? ` job ${u.job}` : ''}: ${u.reason}\n`);
    }
    return names.unresolved.length > 0 ? 1 : 0;
}
async function check(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            config: { type: 'string', default: '.github/gonogo.yml' },
            output: { type: 'string', default: 'gonogo-reports' },
            workspace: { type: 'string' },
            sha: { type: 'string' },
            'effective-time': { type: 'string' },
            'base-ref': { type: 'string' },
            repo: { type: 'string' },
            format: { type: 'string', default: 'text' },
            help: { type: 'boolean', short: 'h', default: false }
        },
        allowPositionals: true,
        strict: true
    });
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    const [name, ...extra] = positionals;
    if (!name || extra.length > 0)
        throw new errors/* ConfigurationError */.j1('usage: gonogo check NAME [options]; run gonogo --help');
    const render = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6133));
    const format = values.format;
    if (!render.isOutputFormat(format))
        throw new errors/* ConfigurationError */.j1(`--format must be one of ${render.OUTPUT_FORMATS.join(', ')}, got ${JSON.stringify(format)}`);
    shaOption(values.sha);
    const workspace = external_node_path_default().resolve(io.cwd, values.workspace ?? '.');
    const full = values.repo ?? io.env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = values.repo !== undefined ? ownerRepo(values.repo) : full.split('/');
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? '';
    const { runCheck } = await __webpack_require__.e(/* import() */ 434).then(__webpack_require__.bind(__webpack_require__, 6434));
    const r = await runCheck({
        name,
        workspace,
        config: inWorkspace(workspace, values.config),
        output: external_node_path_default().resolve(io.cwd, values.output),
        effectiveTime: effectiveTimeOption(values['effective-time']),
        subject: {
            repository: full,
            // Without a commit (no git, or none yet): git's null id, so the report stays valid.
            sha: values.sha ?? io.env.GITHUB_SHA ?? ((await (0,git/* headSha */.x)(workspace)) || '0'.repeat(40)),
            ref: io.env.GITHUB_REF ?? ''
        },
        ...(token && owner && repo
            ? {
                github: { token, apiUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com', owner, repo }
            }
            : {}),
        ...(values['base-ref'] ? { baseRef: values['base-ref'] } : {}),
        log: (m) => io.err(`gonogo: ${m}\n`)
    });
    // Colour needs a terminal and a writer that keeps the renderer's own escape sequences (io.out
    // shows every control character as text): `isTTY` and `outStyled` of the Io (secrets masked).
    const colour = io.outStyled !== undefined &&
        render.colourWanted({ format, isTTY: io.isTTY === true, env: io.env });
    const text = render.renderFindings(r.report, { format, reportPath: r.path, colour });
    if (colour && io.outStyled)
        io.outStyled(text);
    else if (format === 'github' && io.outCommands)
        io.outCommands(text);
    else
        io.out(text);
    return r.report.status === 'passed' ? 0 : 1;
}
async function bundle(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            reports: { type: 'string' },
            output: { type: 'string' },
            summary: { type: 'string' },
            workspace: { type: 'string' },
            sha: { type: 'string' },
            'effective-time': { type: 'string' },
            'signing-key-env': { type: 'string' },
            'release-tag': { type: 'string' },
            replay: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false }
        },
        allowPositionals: true,
        strict: true
    });
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    const [sub, ...more] = positionals;
    const signingKey = keyFromEnv(io.env, values['signing-key-env']);
    if (values.replay && sub !== 'verify')
        throw new errors/* ConfigurationError */.j1('--replay is an option of gonogo bundle verify');
    if (sub === 'verify') {
        const [target, ...extra] = more;
        if (!target || extra.length > 0)
            throw new errors/* ConfigurationError */.j1('usage: gonogo bundle verify PATH [--replay] [--signing-key-env NAME]');
        const abs = external_node_path_default().resolve(io.cwd, target);
        if (!(0,external_node_fs_.existsSync)(abs))
            throw new errors/* ConfigurationError */.j1(`${target}: no such bundle folder or zip`);
        // Never open a FIFO or device: reading a named pipe would block forever.
        const st = (0,external_node_fs_.statSync)(abs);
        if (!st.isDirectory() && !st.isFile())
            throw new errors/* ConfigurationError */.j1(`${target}: not a bundle folder or zip file (a FIFO or device?)`);
        if (values.replay) {
            const { replayCommand } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(919)]).then(__webpack_require__.bind(__webpack_require__, 7919));
            return replayCommand(abs, target, signingKey, io);
        }
        // Loaded on demand, like every command but gate.
        const { verifyBundle } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(862)]).then(__webpack_require__.bind(__webpack_require__, 5862));
        const r = await verifyBundle(abs, signingKey !== undefined ? { signingKey } : {});
        if (r.ok) {
            io.out(`valid: ${r.manifest?.bundle_id ?? target} ${r.digest ?? ''} (${r.manifest?.files.length ?? 0} files${signingKey !== undefined ? ', signature checked' : ''})\n`);
            return 0;
        }
        io.out(`invalid: ${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}\n`);
        for (const p of r.problems)
            io.out(`  ${p.file !== undefined ? `${p.file}: ` : ''}${p.message}\n`);
        io.out(`  bundle: ${target}\n`);
        return 1;
    }
    if (sub !== 'create' || more.length > 0)
        throw new errors/* ConfigurationError */.j1('usage: gonogo bundle create|verify …; run gonogo --help');
    if (!values.reports || !values.output)
        throw new errors/* ConfigurationError */.j1('gonogo bundle create needs --reports DIR and --output DIR');
    const workspace = external_node_path_default().resolve(io.cwd, values.workspace ?? '.');
    const { bundleCreationTime } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7985));
    if (values['effective-time'] !== undefined)
        effectiveTimeOption(values['effective-time']);
    const createdAt = bundleCreationTime(io.env.SOURCE_DATE_EPOCH, values['effective-time'], Date.now);
    const sha = values.sha ?? io.env.GITHUB_SHA ?? (await (0,git/* headSha */.x)(workspace));
    if (!contracts/* SHA_PATTERN */.yw.test(sha))
        throw new errors/* ConfigurationError */.j1(sha
            ? `--sha must be a full commit SHA (40 hex characters), got '${sha}'`
            : 'no commit to bundle: pass --sha, set GITHUB_SHA, or run inside a git repository');
    if (values.summary) {
        const dir = external_node_path_default().resolve(io.cwd, values.summary);
        if (![contracts/* SUMMARY_JSON */.qJ, contracts/* SUMMARY_MD */.Hr].some((f) => (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, f))))
            throw new errors/* ConfigurationError */.j1(`${values.summary}: no executive-summary.json or .md there; run gonogo gate --output first`);
    }
    const refType = io.env.GITHUB_REF_TYPE;
    const tag = values['release-tag'] ?? (refType === 'tag' ? io.env.GITHUB_REF_NAME : undefined);
    // The action's bundle step without the job graph: lineage.json from git (previous release tag →
    // commits) and, with a token, the pull requests through the API.
    const { runBundle } = await __webpack_require__.e(/* import() */ 354).then(__webpack_require__.bind(__webpack_require__, 354));
    const r = await runBundle({
        workspace,
        reports: inWorkspace(workspace, values.reports),
        ...(values.summary ? { summaryDir: external_node_path_default().resolve(io.cwd, values.summary) } : {}),
        output: external_node_path_default().resolve(io.cwd, values.output),
        subject: {
            repository: io.env.GITHUB_REPOSITORY ?? '',
            sha,
            ref: io.env.GITHUB_REF ?? '',
            ...(tag ? { tag } : {})
        },
        env: io.env,
        needs: '',
        requiredJobs: [],
        ...(tag ? { releaseTag: tag } : {}),
        createdAt,
        ...(signingKey !== undefined ? { signingKey } : {}),
        ...githubFromEnv(io.env)
    });
    io.out(`bundle ${r.bundleId}\n  digest: ${r.digest}\n  files: ${r.files}${r.signed ? ' (signed)' : ''}\n  path: ${r.path}\n`);
    for (const p of r.lineageProblems)
        io.out(`  lineage: ${p.message}\n`);
    io.out(r.evidence === null
        ? '  evidence: none (no executive summary with recorded inputs: pass --summary DIR from gonogo gate to make the bundle replayable)\n'
        : `  evidence: ${r.evidence} files the decision read (replay: gonogo bundle verify ${r.path} --replay)\n`);
    return 0;
}
/** The signing key from the variable --signing-key-env names; an unset or empty one is a mistake. */
function keyFromEnv(env, name) {
    if (name === undefined)
        return undefined;
    const key = env[name];
    if (!key)
        throw new errors/* ConfigurationError */.j1(`--signing-key-env ${name}: the environment variable is not set`);
    (0,secrets/* registerSecret */.cl)(key);
    return key;
}
/** GitHub access for built-in checks from the environment (GITHUB_TOKEN, GITHUB_REPOSITORY). */
function githubFromEnv(env) {
    const token = env.GITHUB_TOKEN ?? env.GH_TOKEN ?? '';
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    return token && owner && repo
        ? { github: { token, apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com', owner, repo } }
        : {};
}
/** An absolute --config inside the workspace is taken as the relative path it is. */
function inWorkspace(workspace, file) {
    return external_node_path_default().isAbsolute(file) ? external_node_path_default().relative(workspace, file) : file;
}
/**
 * --effective-time as epoch milliseconds: now when the option is absent; an RFC 3339 time
 * otherwise (an empty value is an error, never "now").
 */
function effectiveTimeOption(value) {
    return value === undefined ? Date.now() : (0,time/* parseEffectiveTime */.cD)(value);
}
/**
 * --repo (or $GITHUB_REPOSITORY) split into owner and name; anything that is not OWNER/NAME as
 * GitHub allows it (core/org.ts isRepositoryName) is a usage error.
 */
function ownerRepo(full, what = '--repo') {
    if (!(0,org/* isRepositoryName */.en)(full))
        throw new errors/* ConfigurationError */.j1(`${what} must be OWNER/NAME, got '${full}'`);
    const [owner = '', repo = ''] = full.split('/');
    return [owner, repo];
}
/** A --sha given must be a full commit SHA. */
function shaOption(sha) {
    if (sha !== undefined && !contracts/* SHA_PATTERN */.yw.test(sha))
        throw new errors/* ConfigurationError */.j1(`--sha must be a full commit SHA (40 hex characters), got ${JSON.stringify(sha)}`);
}


/***/ }),

/***/ 6825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ MIGRATE_USAGE)
/* harmony export */ });
/** The migrate part of `gonogo --help` (kept apart: main loads migrate lazily). */
const MIGRATE_USAGE = `Options for migrate (writes a gonogo policy from the older governance scripts' files):
  --policy FILE             the older gate policy (default .github/release_gate_policy.json)
  --exceptions FILE         the older exceptions (default .github/release_exceptions.json; none
                            is fine when it does not exist)
  --artifacts DIR           the folder of older reports, one control per report
                            (default artifacts)
  --output FILE             the policy to write (default .github/gonogo.yml)
  --force                   replace --output when it exists
  --workspace DIR           as for gate
  --effective-time TIME     when to call a waiver expired in the notes (default: now)
`;


/***/ }),

/***/ 5293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ BUILTIN_NAMES),
/* harmony export */   n: () => (/* binding */ isBuiltinName)
/* harmony export */ });
/**
 * The built-in checks a control can name as `source: { builtin: <name> }` and configure under
 * `checks.<name>` in `.github/gonogo.yml`. The one list of names: `checks/registry.ts` must have an
 * entry for each (the compiler checks it), and `__tests__/builtin-registry.test.ts` keeps the
 * schema (`schemas/gonogo.schema.json`), the README table and the CLI usage text equal to it.
 * Lives in `core/` because the policy types (`core/policy.ts`) need the names and core imports no
 * check.
 */
const BUILTIN_NAMES = [
    'policy-bundle',
    'policy-freshness',
    'workflow-lint',
    'replay-determinism',
    'provenance-coverage',
    'ci-trend',
    'rollback-drill',
    'incidents'
];
/** True when `name` is a built-in check's name (exact, case-sensitive). */
function isBuiltinName(name) {
    return BUILTIN_NAMES.includes(name);
}


/***/ }),

/***/ 7985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I9: () => (/* binding */ SIGNATURE_FILE),
/* harmony export */   It: () => (/* binding */ manifestDigest),
/* harmony export */   VP: () => (/* binding */ UNLISTED_FILES),
/* harmony export */   WU: () => (/* binding */ canonicalProblem),
/* harmony export */   Xz: () => (/* binding */ canonicalDigest),
/* harmony export */   _i: () => (/* binding */ signDigest),
/* harmony export */   bundleCreationTime: () => (/* binding */ bundleCreationTime),
/* harmony export */   cD: () => (/* binding */ comparePaths),
/* harmony export */   cn: () => (/* binding */ EVIDENCE_DIR),
/* harmony export */   fM: () => (/* binding */ SIGNATURE_ALGORITHM),
/* harmony export */   fR: () => (/* binding */ bundlePathProblem),
/* harmony export */   h1: () => (/* binding */ MANIFEST_FILE),
/* harmony export */   jl: () => (/* binding */ BUILTINS_DIR),
/* harmony export */   m4: () => (/* binding */ REPORTS_DIR),
/* harmony export */   tE: () => (/* binding */ LINEAGE_FILE),
/* harmony export */   u1: () => (/* binding */ buildManifest),
/* harmony export */   xc: () => (/* binding */ runFromEnv)
/* harmony export */ });
/* unused harmony exports BUNDLE_CONTRACT, LOCAL_RUN, filesDigest, bundleId, duplicatePaths, runUrl, parseSourceDateEpoch */
/* harmony import */ var canonicalize__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8799);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2334);




/** Contract of an evidence bundle's manifest.json. */
const BUNDLE_CONTRACT = 'gonogo.bundle/v1';
const MANIFEST_FILE = 'manifest.json';
const SIGNATURE_FILE = 'signature.json';
const LINEAGE_FILE = 'lineage.json';
/** Where the reports go inside a bundle. */
const REPORTS_DIR = 'reports';
/** Where the files the gate's decision read go, by their repository paths (issue 16). */
const EVIDENCE_DIR = 'evidence';
/** Where the built-in checks' reports the gate wrote go. */
const BUILTINS_DIR = 'builtins';
/** Files at the bundle root that describe the bundle and so are not listed in it. */
const UNLISTED_FILES = [MANIFEST_FILE, SIGNATURE_FILE];
const SIGNATURE_ALGORITHM = 'hmac-sha256';
const LOCAL_RUN = {
    url: null,
    workflow: null,
    actor: null,
    event: null,
    id: null,
    attempt: null
};
/**
 * `sha256:<hex>` of the RFC 8785 canonical JSON of `value`.
 *
 * @throws TypeError when `value` has no canonical form: no JSON form at all, or a string with a
 *   lone surrogate (RFC 8785 §3.1 takes I-JSON input, and RFC 7493 §2.1 excludes surrogates that
 *   are not in pairs), naming the first such string's path. Callers that read stored records turn
 *   this into a refusal ({@link canonicalProblem}).
 */
function canonicalDigest(value) {
    const problem = canonicalProblem(value);
    if (problem !== undefined)
        throw new TypeError(problem);
    const text = (0,canonicalize__WEBPACK_IMPORTED_MODULE_3__/* ["default"] */ .A)(value);
    if (text === undefined)
        throw new TypeError('value has no JSON form');
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex')}`;
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * Why `value` has no RFC 8785 canonical form, or undefined: the first string (key or value) that
 * holds a lone surrogate (I-JSON, RFC 7493 §2.1), by its JSON path (`$.bundle.id`). Walks without
 * recursion; a value nested deeper than `maxDepth` is refused too (canonical JSON of it would
 * recurse that deep).
 */
function canonicalProblem(value, maxDepth = 1000) {
    const pathOf = (f) => {
        const parts = [];
        for (let at = f; at?.parent !== undefined; at = at.parent)
            parts.push(typeof at.key === 'number' ? `[${at.key}]` : `.${String(at.key).slice(0, 80)}`);
        return `$${parts.reverse().join('')}`;
    };
    const stack = [{ v: value, parent: undefined, key: undefined, depth: 0 }];
    while (stack.length > 0) {
        const frame = stack.pop();
        const { v, depth } = frame;
        if (typeof v === 'string') {
            if (LONE_SURROGATE.test(v))
                return `${pathOf(frame)} holds a lone surrogate, which JSON canonicalization (RFC 8785, I-JSON) does not allow`;
            continue;
        }
        if (v === null || typeof v !== 'object')
            continue;
        if (depth >= maxDepth)
            return `${pathOf(frame)} is nested deeper than ${maxDepth} levels`;
        if (Array.isArray(v)) {
            for (let i = v.length - 1; i >= 0; i--)
                stack.push({ v: v[i], parent: frame, key: i, depth: depth + 1 });
            continue;
        }
        for (const k of Object.keys(v)) {
            if (LONE_SURROGATE.test(k))
                return `key ${pathOf({ v: undefined, parent: frame, key: k, depth: depth + 1 })} holds a lone surrogate, which JSON canonicalization (RFC 8785, I-JSON) does not allow`;
            stack.push({ v: v[k], parent: frame, key: k, depth: depth + 1 });
        }
    }
    return undefined;
}
/** The manifest's digest: over its canonical JSON without `digest` itself. */
function manifestDigest(m) {
    const rest = { ...m };
    delete rest.digest;
    return canonicalDigest(rest);
}
/** Hex HMAC-SHA256 of the manifest digest (the `sha256:…` text, UTF-8) under `key`. */
function signDigest(key, digest) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update(digest, 'utf8').digest('hex');
}
/** Digest of the file list alone: what the bundle holds, whatever the run or time. */
function filesDigest(files) {
    return canonicalDigest(files);
}
/**
 * `<repository name>-<first 12 of the sha>-<first 12 of the files digest>`: the same evidence for
 * the same commit has the same id, and any change to a file changes it.
 */
function bundleId(subject, digestOfFiles) {
    const name = (subject.repository.split('/').pop() ?? '').replace(/[^A-Za-z0-9._-]/g, '-') || 'local';
    const sha = /^[0-9a-f]{12}/.test(subject.sha) ? subject.sha.slice(0, 12) : 'nosha';
    const hex = digestOfFiles.replace(/^sha256:/, '').slice(0, 12);
    return `${name}-${sha}-${hex}`;
}
/** Path order of the manifest: by UTF-16 code unit, as everywhere else in gonogo. */
function comparePaths(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Why `p` cannot name a file in a bundle, or undefined when it can: a bundle path is POSIX,
 * relative and normalized, so it can never land outside the folder it is extracted to.
 */
function bundlePathProblem(p) {
    if (p === '')
        return 'empty path';
    if (p.includes('\0'))
        return 'path contains a NUL character';
    if (p.includes('\\'))
        return 'path contains a backslash; bundle paths use /';
    if (p.startsWith('/'))
        return 'absolute path; bundle paths are relative to the bundle root';
    if (/^[A-Za-z]:/.test(p))
        return 'path starts with a drive letter';
    const segments = p.split('/');
    if (segments.includes('..'))
        return "path contains '..' and would escape the bundle";
    if (segments.some((s) => s === '' || s === '.'))
        return "path is not normalized (empty or '.' segment)";
    return undefined;
}
/** Paths that occur more than once, each named once, sorted. */
function duplicatePaths(paths) {
    const seen = new Set();
    const dup = new Set();
    for (const p of paths) {
        if (seen.has(p))
            dup.add(p);
        seen.add(p);
    }
    return [...dup].sort(comparePaths);
}
/** `{server}/{repository}/actions/runs/{id}/attempts/{attempt}` */
function runUrl(server, repository, id, attempt) {
    return `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${id}/attempts/${attempt}`;
}
/** The run from the runner's environment (GITHUB_RUN_ID …); LOCAL_RUN's nulls where absent. */
function runFromEnv(env) {
    const id = /^[0-9]{1,20}$/.test(env.GITHUB_RUN_ID ?? '') ? env.GITHUB_RUN_ID : null;
    const attemptText = env.GITHUB_RUN_ATTEMPT ?? '';
    const attempt = /^[1-9][0-9]{0,8}$/.test(attemptText) ? Number(attemptText) : null;
    const repository = env.GITHUB_REPOSITORY ?? '';
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const orNull = (v) => (v ? v : null);
    return {
        url: id !== null && repository !== '' ? runUrl(server, repository, id, attempt ?? 1) : null,
        workflow: orNull(env.GITHUB_WORKFLOW),
        actor: orNull(env.GITHUB_ACTOR),
        event: orNull(env.GITHUB_EVENT_NAME),
        id,
        attempt: id !== null ? (attempt ?? 1) : null
    };
}
/**
 * A bundle's creation time: SOURCE_DATE_EPOCH when set (a malformed one is an error, never
 * silently replaced by the clock), else the effective time, else now.
 */
function bundleCreationTime(sourceDateEpoch, effectiveTime, now) {
    if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
        const t = parseSourceDateEpoch(sourceDateEpoch);
        if (Number.isNaN(t))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01, got '${sourceDateEpoch}'`);
        return t;
    }
    return effectiveTime ? (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEffectiveTime */ .cD)(effectiveTime) : now();
}
/**
 * SOURCE_DATE_EPOCH (whole seconds since 1970, as reproducible builds define it) in milliseconds;
 * NaN when the text is not such a number.
 */
function parseSourceDateEpoch(text) {
    const t = text.trim();
    if (!/^[0-9]{1,12}$/.test(t))
        return NaN;
    return Number(t) * 1000;
}
/**
 * The manifest for files already hashed: sorted by path, with its id and digest. Throws on a path
 * a bundle cannot hold or on a path listed twice, so a manifest made here always verifies.
 */
function buildManifest(o) {
    for (const f of o.files) {
        const problem = bundlePathProblem(f.path);
        if (problem !== undefined)
            throw new Error(`${f.path}: ${problem}`);
        if (UNLISTED_FILES.includes(f.path))
            throw new Error(`${f.path}: reserved for the bundle itself`);
    }
    const dup = duplicatePaths(o.files.map((f) => f.path));
    if (dup.length > 0)
        throw new Error(`${dup.join(', ')}: listed more than once`);
    const files = [...o.files]
        .map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 }))
        .sort((a, b) => comparePaths(a.path, b.path));
    const subject = {
        repository: o.subject.repository,
        sha: o.subject.sha,
        ref: o.subject.ref,
        ...(o.subject.tag ? { tag: o.subject.tag } : {})
    };
    const body = {
        contract: BUNDLE_CONTRACT,
        bundle_id: bundleId(subject, filesDigest(files)),
        created_at: new Date(o.createdAt).toISOString(),
        subject,
        run: { ...o.run },
        files
    };
    return { ...body, digest: manifestDigest(body) };
}


/***/ }),

/***/ 484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ stableStringify)
/* harmony export */ });
/**
 * JSON with object keys sorted at every depth, so output never depends on insertion order.
 * `indent` 0 gives the compact form; undefined values are dropped as JSON.stringify does.
 */
function stableStringify(value, indent = 2) {
    return JSON.stringify(sortKeys(value), null, indent);
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const k of Object.keys(value).sort()) {
            const v = value[k];
            if (v !== undefined)
                out[k] = sortKeys(v);
        }
        return out;
    }
    return value;
}


/***/ }),

/***/ 1674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T5: () => (/* binding */ gradeClaims),
/* harmony export */   aT: () => (/* binding */ controlNote)
/* harmony export */ });
/* unused harmony exports BLOCKER_CLASSES, CLAIM_GRADES, CLAIM_LEVELS, BUILTIN_CLASS, countsAs */
/** The fixed list of blocker classes, in the order a claim's class is chosen. */
const BLOCKER_CLASSES = [
    'release-corridor',
    'rollback',
    'provenance',
    'runbook-ownership',
    'determinism',
    'unresolved-tier-0'
];
const CLAIM_GRADES = (/* unused pure expression or super */ null && (['proven', 'partial', 'not-proven']));
const CLAIM_LEVELS = (/* unused pure expression or super */ null && (['L0', 'L1', 'L2', 'L3', 'L4']));
/** The class of a failing control by the built-in check behind it. */
const BUILTIN_CLASS = {
    'policy-bundle': 'release-corridor',
    'policy-freshness': 'release-corridor',
    'workflow-lint': 'release-corridor',
    'ci-trend': 'release-corridor',
    'provenance-coverage': 'provenance',
    'replay-determinism': 'determinism',
    'rollback-drill': 'rollback',
    incidents: 'release-corridor'
};
/** Built-ins whose pass is a rehearsal within its window (level L4). */
const REHEARSALS = new Set([
    'rollback-drill',
    'replay-determinism'
]);
const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const GRADE_RANK = {
    'not-proven': 0,
    partial: 1,
    proven: 2
};
/** How one control result counts for a claim (see the module comment). */
function countsAs(r) {
    if (!r)
        return 'fails';
    if (r.outcome === 'passed' || r.outcome === 'accepted-unverified')
        return 'proves';
    if (r.outcome === 'conditional' || r.outcome === 'waived' || r.status === 'unverified')
        return 'weak';
    return 'fails';
}
/**
 * Why a control keeps its claim from proven, in a few words for the blocker reason and the
 * Markdown matrix: `waived`, `conditional go`, `unverified`, its status (`failed`, `missing`,
 * `invalid`, `stale`), with `no owner/runbook` added when it lacks either under
 * `require_ownership`; null for a control that proves and is owned.
 */
function controlNote(c) {
    const why = c.counts === 'proves'
        ? null
        : c.outcome === 'waived'
            ? 'waived'
            : c.outcome === 'conditional'
                ? 'conditional go'
                : c.status;
    const notes = [why, c.unowned ? 'no owner/runbook' : null].filter((n) => n !== null);
    return notes.length > 0 ? notes.join(', ') : null;
}
/** The class of one failing control (see the module comment). */
function classOf(c, r) {
    if (c.counts === 'proves' && c.unowned)
        return 'runbook-ownership';
    if (r?.evidence.kind === 'builtin' && Object.hasOwn(BUILTIN_CLASS, r.evidence.pattern))
        return BUILTIN_CLASS[r.evidence.pattern];
    if (c.id === 'branch-protection' || c.id === 'required-checks' || c.id.startsWith('promotion-'))
        return 'release-corridor';
    return 'unresolved-tier-0';
}
/**
 * Grades every claim from the control results of one gate decision.
 *
 * @param claims `claims` of the policy (already checked: unique ids, declared controls)
 * @param controls `ExecutiveSummary.controls` of `decide` (core/decision.ts)
 * @returns the claims by tier then id, and the controls no claim names
 */
function gradeClaims(claims, controls) {
    const results = new Map(controls.map((r) => [r.id, r]));
    const named = new Set(claims.flatMap((c) => c.controls));
    const graded = claims.map((claim) => gradeOne(claim, results));
    graded.sort((a, b) => a.tier - b.tier || byString(a.id, b.id));
    return {
        claims: graded,
        unclaimed_controls: controls
            .map((r) => r.id)
            .filter((id) => !named.has(id))
            .sort(byString)
    };
}
function gradeOne(claim, results) {
    const ownership = claim.require_ownership === true;
    const controls = claim.controls.map((id) => {
        const r = results.get(id);
        return {
            id,
            status: r?.status ?? 'missing',
            outcome: r?.outcome ?? null,
            counts: countsAs(r),
            unowned: ownership && (!r?.owner || !r.runbook)
        };
    });
    const proves = controls.filter((c) => c.counts === 'proves').length;
    let grade = controls.length === 0 || controls.some((c) => c.counts === 'fails') || proves === 0
        ? 'not-proven'
        : proves === controls.length
            ? 'proven'
            : 'partial';
    if (controls.some((c) => c.unowned) && GRADE_RANK[grade] > GRADE_RANK.partial)
        grade = 'partial';
    const rehearsed = controls.some((c) => {
        const r = results.get(c.id);
        return (r?.outcome === 'passed' && r.evidence.kind === 'builtin' && REHEARSALS.has(r.evidence.pattern));
    });
    const level = grade === 'proven'
        ? rehearsed
            ? 'L4'
            : 'L3'
        : grade === 'partial'
            ? 'L2'
            : proves > 0
                ? 'L1'
                : 'L0';
    const failingControls = controls.filter((c) => c.counts !== 'proves' || c.unowned);
    const blocker = claim.tier === 0 && grade !== 'proven';
    let blockerClass = null;
    if (blocker) {
        if (claim.class !== undefined)
            blockerClass = claim.class;
        else {
            const found = new Set(failingControls.map((c) => classOf(c, results.get(c.id))));
            blockerClass = BLOCKER_CLASSES.find((k) => found.has(k)) ?? 'unresolved-tier-0';
        }
    }
    return {
        id: claim.id,
        title: claim.title,
        tier: claim.tier,
        grade,
        level,
        controls,
        failing: failingControls.map((c) => c.id),
        blocker,
        blocker_class: blockerClass
    };
}


/***/ }),

/***/ 3348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ SUMMARY_MD),
/* harmony export */   RO: () => (/* binding */ GENERATOR_VERSION),
/* harmony export */   _j: () => (/* binding */ REPORT_CONTRACT),
/* harmony export */   qJ: () => (/* binding */ SUMMARY_JSON),
/* harmony export */   qt: () => (/* binding */ SUMMARY_CONTRACT),
/* harmony export */   yM: () => (/* binding */ GENERATOR_NAME),
/* harmony export */   yw: () => (/* binding */ SHA_PATTERN)
/* harmony export */ });
/* unused harmony exports COMMENT_MARKER_PREFIX, commentMarker */
/** Contract identifiers written into every document gonogo produces. */
const REPORT_CONTRACT = 'gonogo.report/v1';
const SUMMARY_CONTRACT = 'gonogo.executive-summary/v1';
/** A full commit id: SHA-1 (40 hex) or SHA-256 (64 hex), lower case as git prints it. */
const SHA_PATTERN = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** The gate's executive summary files (also at the root of a bundle). */
const SUMMARY_JSON = 'executive-summary.json';
const SUMMARY_MD = 'executive-summary.md';
const GENERATOR_NAME = 'gonogo';
const GENERATOR_VERSION = '1.0.0';
/** Hidden marker that identifies gonogo's sticky PR comment. */
const COMMENT_MARKER_PREFIX = '<!-- gonogo:gate';
function commentMarker(key) {
    return `${COMMENT_MARKER_PREFIX}:${key} -->`;
}


/***/ }),

/***/ 5125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   UP: () => (/* binding */ WAIVER_WARNING_DAYS)
/* harmony export */ });
/* unused harmony exports compareBlockers, decisionOf */
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(484);
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3348);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2334);
/* harmony import */ var _visible_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9505);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2721);
/* harmony import */ var _claims_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1674);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5009);







const WAIVER_WARNING_DAYS = 7;
const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const SEVERITY_RANK = { high: 0, medium: 1, low: 2 };
/** The order of `ExecutiveSummary.blockers`: severity (high first), control, kind, reason. */
function compareBlockers(a, b) {
    return (SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        byString(a.control, b.control) ||
        byString(a.kind, b.kind) ||
        byString(a.reason, b.reason));
}
/**
 * The decision from the blockers and the profile: no-go when `forceNoGo` (an unproven Tier 0
 * claim, the incident freeze) or past the profile's `max_high`/`max_medium`; conditional-go with
 * any blocker; go otherwise. Also the high/medium/low counts it was derived from.
 */
function decisionOf(blockers, profile, forceNoGo) {
    const count = (s) => blockers.filter((b) => b.severity === s).length;
    const high = count('high');
    const medium = count('medium');
    const low = count('low');
    const decision = forceNoGo || high > profile.max_high || medium > profile.max_medium
        ? 'no-go'
        : high + medium + low > 0
            ? 'conditional-go'
            : 'go';
    return { decision, high, medium, low };
}
function lower(s) {
    return s === 'high' ? 'medium' : 'low';
}
function waiverView(w, state) {
    return {
        owner: w.owner,
        reason: w.reason,
        mitigation: w.mitigation ?? null,
        link: w.link ?? null,
        expires: w.expires,
        state
    };
}
function waiverState(w, now) {
    const end = (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .waiverExpiry */ .GH)(w.expires);
    if (!(now < end))
        return 'expired';
    return end - now <= WAIVER_WARNING_DAYS * _time_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO ? 'expiring' : 'active';
}
function missingEvidence(control, pattern) {
    return {
        status: 'missing',
        message: `no evidence was gathered for control '${control.id}'`,
        kind: 'report',
        pattern,
        files: [],
        findings: [],
        findingsOmitted: 0,
        summary: {}
    };
}
/** Controls named in an `unproven-claim` reason; the rest are counted (all: `claims`). */
const REASON_CONTROLS = 20;
/**
 * The reason of a Tier 0 claim's blocker: its title, grade and level, and each control keeping
 * it from proven with why (`controlNote`, core/claims.ts), the first {@link REASON_CONTROLS}.
 */
function unprovenReason(g) {
    const why = [];
    for (const c of g.controls) {
        const note = (0,_claims_js__WEBPACK_IMPORTED_MODULE_3__/* .controlNote */ .aT)(c);
        if (note !== null)
            why.push(`${c.id} (${note})`);
    }
    const listed = why.length === 0
        ? 'no control proves it'
        : `not proven by ${why.slice(0, REASON_CONTROLS).join(', ')}${why.length > REASON_CONTROLS ? `, … and ${why.length - REASON_CONTROLS} more (claims in executive-summary.json)` : ''}`;
    return `Tier 0 claim '${(0,_visible_text_js__WEBPACK_IMPORTED_MODULE_1__/* .visibleLine */ .P8)(g.title)}' is ${g.grade} (${g.level}): ${listed}; a Tier 0 claim not proven is no-go whatever the profile allows`;
}
/**
 * The gate decision: a pure function of its input. The output is sorted throughout, so it does
 * not depend on the order of controls, waivers or files. With `claims`, each is graded
 * (core/claims.ts) and a Tier 0 claim not proven is a high `unproven-claim` blocker that makes
 * the decision no-go whatever the profile's `max_high` (issue 17).
 */
function decide(input) {
    const now = input.effectiveTime;
    const controls = [...input.controls].sort((a, b) => byString(a.id, b.id));
    const evidenceOf = (c) => input.evidence.get(c.id) ?? missingEvidence(c, '');
    // unverified is acceptable only with allow_unverified, its evidence present, and nothing else failing.
    // A source may itself refuse acceptance (the Playbook's §2.4 for the older scripts' reports).
    const acceptableUnverified = (c) => c.allow_unverified !== undefined &&
        input.unverifiedEvidence.get(c.id) === true &&
        evidenceOf(c).refuseUnverified === undefined;
    // An expired waiver is itself a high blocker, so its control counts as failing too.
    const expiredWaiverIds = new Set(input.waivers.filter((w) => waiverState(w, now) === 'expired').map((w) => w.control));
    const failingIds = new Set(controls
        .filter((c) => {
        const s = evidenceOf(c).status;
        return ((0,_status_js__WEBPACK_IMPORTED_MODULE_4__/* .isFailing */ .DI)(s) ||
            (s === 'unverified' && !acceptableUnverified(c)) ||
            expiredWaiverIds.has(c.id));
    })
        .map((c) => c.id));
    const waiversByControl = new Map();
    // Ordered by expiry, so the live waiver applied is the one that lasts longest.
    for (const w of [...input.waivers].sort((a, b) => byString(a.control, b.control) ||
        (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .waiverExpiry */ .GH)(a.expires) - (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .waiverExpiry */ .GH)(b.expires) ||
        byString(a.owner, b.owner) ||
        byString(a.reason, b.reason) ||
        byString((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_5__/* .stableStringify */ .J)(a), (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_5__/* .stableStringify */ .J)(b)))) {
        const list = waiversByControl.get(w.control) ?? [];
        list.push({ w, state: waiverState(w, now) });
        waiversByControl.set(w.control, list);
    }
    const results = [];
    const blockers = [];
    const warnings = [];
    for (const c of controls) {
        const ev = evidenceOf(c);
        const owner = c.owner ?? null;
        const runbook = c.runbook ?? null;
        const waivers = waiversByControl.get(c.id) ?? [];
        const live = waivers.filter((x) => x.state !== 'expired');
        const applied = live.length > 0 ? live[live.length - 1] : undefined;
        for (const x of waivers) {
            if (x.state === 'expired') {
                blockers.push({
                    control: c.id,
                    severity: 'high',
                    kind: 'expired-waiver',
                    reason: `waiver by ${(0,_visible_text_js__WEBPACK_IMPORTED_MODULE_1__/* .visibleLine */ .P8)(x.w.owner)} expired on ${(0,_visible_text_js__WEBPACK_IMPORTED_MODULE_1__/* .visibleLine */ .P8)(x.w.expires)}: renew it with a new expiry or remove it`,
                    owner,
                    runbook
                });
            }
            else if (x.state === 'expiring') {
                warnings.push({
                    control: c.id,
                    kind: 'waiver-expiring',
                    message: `waiver by ${(0,_visible_text_js__WEBPACK_IMPORTED_MODULE_1__/* .visibleLine */ .P8)(x.w.owner)} expires on ${(0,_visible_text_js__WEBPACK_IMPORTED_MODULE_1__/* .visibleLine */ .P8)(x.w.expires)} (within ${WAIVER_WARNING_DAYS} days)`
                });
            }
        }
        let outcome = 'passed';
        let counted = null;
        let message = ev.message;
        if (ev.status === 'unverified' && acceptableUnverified(c)) {
            const others = [...failingIds].filter((id) => id !== c.id);
            if (others.length === 0) {
                outcome = 'accepted-unverified';
                warnings.push({
                    control: c.id,
                    kind: 'unverified-accepted',
                    message: `unverified, accepted on the manual evidence in ${c.allow_unverified?.evidence ?? ''}`
                });
            }
            else {
                outcome = 'failed';
                message = `${ev.message}; unverified is accepted only when no other control fails (failing: ${others.join(', ')})`;
            }
        }
        else if (ev.status === 'unverified') {
            outcome = 'failed';
            message = !c.allow_unverified
                ? ev.refuseUnverified
                    ? ev.message
                    : `${ev.message}; this control does not allow unverified (declare allow_unverified with evidence)`
                : ev.refuseUnverified
                    ? `${ev.message}; so allow_unverified cannot accept it`
                    : `${ev.message}; the evidence file ${c.allow_unverified.evidence} for accepting unverified is missing`;
        }
        else if ((0,_status_js__WEBPACK_IMPORTED_MODULE_4__/* .isFailing */ .DI)(ev.status)) {
            outcome = 'failed';
        }
        else if (ev.status === 'passed' && ev.conditional) {
            // The source itself decided only a conditional go (the older release gate's
            // conditional-go): a low blocker keeps this decision conditional, never go.
            outcome = 'conditional';
            counted = 'low';
            blockers.push({
                control: c.id,
                severity: 'low',
                kind: 'conditional-go',
                reason: ev.conditional,
                owner,
                runbook
            });
        }
        if (outcome === 'failed') {
            counted = applied ? lower(c.severity) : c.severity;
            if (applied)
                outcome = 'waived';
            blockers.push({
                control: c.id,
                severity: counted,
                kind: ev.status,
                reason: applied
                    ? `${message} (waived by ${(0,_visible_text_js__WEBPACK_IMPORTED_MODULE_1__/* .visibleLine */ .P8)(applied.w.owner)} until ${(0,_visible_text_js__WEBPACK_IMPORTED_MODULE_1__/* .visibleLine */ .P8)(applied.w.expires)}: ${(0,_visible_text_js__WEBPACK_IMPORTED_MODULE_1__/* .visibleLine */ .P8)(applied.w.reason)})`
                    : message,
                owner,
                runbook
            });
        }
        else if (applied) {
            warnings.push({
                control: c.id,
                kind: 'waiver-unused',
                message: `waiver by ${(0,_visible_text_js__WEBPACK_IMPORTED_MODULE_1__/* .visibleLine */ .P8)(applied.w.owner)} is not needed: the control does not fail; remove it when it is no longer wanted`
            });
        }
        results.push({
            id: c.id,
            severity: c.severity,
            status: ev.status,
            outcome,
            counted_severity: counted,
            message,
            evidence: {
                kind: ev.kind,
                pattern: ev.pattern,
                files: ev.files,
                summary: ev.summary,
                ...(ev.inputs ? { inputs: ev.inputs } : {})
            },
            waiver: applied ? waiverView(applied.w, applied.state) : null,
            owner,
            runbook,
            findings: ev.findings,
            findings_omitted: ev.findingsOmitted
        });
    }
    // A Tier 0 claim that is not proven blocks the release whatever the profile allows (issue 17:
    // "Tier 0 must be proven and blocker-free for a release"); tiers 1 and 2 are graded only.
    const matrix = input.claims && input.claims.length > 0 ? (0,_claims_js__WEBPACK_IMPORTED_MODULE_3__/* .gradeClaims */ .T5)(input.claims, results) : undefined;
    let unprovenTier0 = 0;
    for (const g of matrix?.claims ?? []) {
        if (!g.blocker)
            continue;
        unprovenTier0 += 1;
        blockers.push({
            control: g.id,
            class: g.blocker_class ?? 'unresolved-tier-0',
            severity: 'high',
            kind: 'unproven-claim',
            reason: unprovenReason(g),
            owner: null,
            runbook: null
        });
    }
    blockers.sort(compareBlockers);
    warnings.sort((a, b) => byString(a.control, b.control) || byString(a.kind, b.kind) || byString(a.message, b.message));
    const { decision, high, medium, low } = decisionOf(blockers, input.profile, unprovenTier0 > 0);
    const byStatus = {
        passed: 0,
        failed: 0,
        unverified: 0,
        missing: 0,
        invalid: 0,
        stale: 0
    };
    for (const r of results)
        byStatus[r.status] += 1;
    return {
        contract: _contracts_js__WEBPACK_IMPORTED_MODULE_6__/* .SUMMARY_CONTRACT */ .qt,
        generator: { name: _contracts_js__WEBPACK_IMPORTED_MODULE_6__/* .GENERATOR_NAME */ .yM, version: _contracts_js__WEBPACK_IMPORTED_MODULE_6__/* .GENERATOR_VERSION */ .RO },
        decision,
        status: decision === 'no-go' ? 'failed' : 'passed',
        profile: input.profile,
        effective_time: new Date(now).toISOString(),
        subject: input.subject,
        counts: {
            controls: results.length,
            passed: results.filter((r) => r.outcome === 'passed').length,
            conditional: results.filter((r) => r.outcome === 'conditional').length,
            failed: results.filter((r) => r.outcome === 'failed').length,
            waived: results.filter((r) => r.outcome === 'waived').length,
            accepted_unverified: results.filter((r) => r.outcome === 'accepted-unverified').length,
            high,
            medium,
            low,
            by_status: byStatus
        },
        controls: results,
        blockers,
        warnings,
        unclaimed_reports: [...(input.unclaimedReports ?? [])].sort(byString),
        ...(matrix ? { claims: matrix } : {}),
        ...(input.inputs ? { inputs: input.inputs } : {})
    };
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xp: () => (/* binding */ fileSystemProblem),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/**
 * A mistake the user can fix (policy file, inputs, arguments), kept apart from bugs: it is shown
 * as its message alone, never with a stack, and the CLI exits with 2.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
/**
 * The message of anything thrown: an error's `message` (also for errors made in another realm,
 * such as Node's own errors seen from a vm context, where `instanceof Error` is false), else its
 * text. Never a stack.
 */
function errorMessage(e) {
    if (e instanceof Error)
        return e.message;
    if (typeof e === 'object' &&
        e !== null &&
        typeof e.message === 'string')
        return e.message;
    return String(e);
}
/** What the system error codes a file operation can end in mean, in words. */
const FS_REASONS = {
    ENOENT: 'no such file or folder',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EISDIR: 'is a folder, not a file',
    EEXIST: 'already exists',
    ENOTEMPTY: 'folder is not empty',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ELOOP: 'too many symbolic links (a link loop?)',
    ENAMETOOLONG: 'name too long',
    ENOSPC: 'no space left on the device',
    EROFS: 'read-only file system',
    EXDEV: 'cannot be moved across file systems',
    EBUSY: 'busy',
    EMFILE: 'too many open files',
    ENXIO: 'no such device (a FIFO or socket?)',
    EINVAL: 'invalid argument'
};
/**
 * A file-system error (Node's `ErrnoException`: `code` such as ENOTDIR, `path`, maybe `dest`) as a
 * message naming the path and the reason, e.g. `out/summary.json: a part of the path is a file,
 * not a folder (ENOTDIR)`; undefined for anything else. Node documents the codes under "Common
 * system errors" (https://nodejs.org/api/errors.html#common-system-errors).
 */
function fileSystemProblem(e) {
    if (typeof e !== 'object' || e === null)
        return undefined;
    const { code, path, dest, syscall } = e;
    if (typeof code !== 'string' || !/^E[A-Z0-9]+$/.test(code))
        return undefined;
    if (typeof path !== 'string' && typeof syscall !== 'string')
        return undefined;
    const where = typeof path === 'string'
        ? typeof dest === 'string'
            ? `${path} → ${dest}`
            : path
        : `${String(syscall)}`;
    // mkdir -p ends in EEXIST when a part of the path is a file.
    const reason = code === 'EEXIST' && syscall === 'mkdir'
        ? 'is a file, not a folder'
        : (FS_REASONS[code] ?? 'file-system error');
    return `${where}: ${reason} (${code})`;
}


/***/ }),

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


/***/ }),

/***/ 3075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** `fn` over `items` with at most `limit` calls in flight; results in the order of `items`. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return out;
}


/***/ }),

/***/ 2604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ effectivePolicy),
/* harmony export */   Wz: () => (/* binding */ appliedFromShard),
/* harmony export */   b8: () => (/* binding */ unmatchedOverrides),
/* harmony export */   go: () => (/* binding */ checkOrgSection)
/* harmony export */ });
/* unused harmony export overridesFor */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Per-repository overrides of the organisation policy (issue 19: "the org policy lives in one
 * file … with per-repository overrides; `branches:` as today"). Pure: the policy file's `org:`
 * section is read by io/policy-file.ts (schema `org`, `orgOverride`, `branchOverride`,
 * `repositoryGlob` in schemas/gonogo.schema.json) and checked here beyond the schema.
 *
 * ```yaml
 * branches:
 *   main: { required_checks: [test], min_approvals: 2, block_force_pushes: true }
 * org:
 *   overrides:
 *     - id: legacy
 *       repositories: ['legacy-*', 'old-api']
 *       branches:
 *         main: { min_approvals: 1, required_checks: null }
 *     - id: trunk
 *       repositories: ['mono']
 *       branches:
 *         trunk: { min_approvals: 2 }
 * ```
 *
 * The precedence rule, for one repository OWNER/NAME:
 * 1. `branches:` of the policy applies to every repository.
 * 2. Every override with a `repositories` glob matching NAME (the name without the owner,
 *    compared without case, as GitHub compares repository names) applies, in file order, so a
 *    later override wins over an earlier one for what both set.
 * 3. Within an override, a `branches` key already in effect keeps its place and gets the
 *    override's settings one by one: a setting given replaces the one in effect (lists are
 *    replaced whole, not appended to), `null` removes it (that setting is no longer verified), a
 *    setting not given stays. A key not yet in effect is added before the keys in effect, so an
 *    override's glob is tried before the organisation's globs (an exact branch name is always
 *    tried first: checks/branch-protection.ts policyFor).
 */

/** Compiled matchers per policy object: a shard asks once per repository. */
const matchers = new WeakMap();
function matchersOf(policy) {
    const known = matchers.get(policy);
    if (known)
        return known;
    const made = (policy.org?.overrides ?? []).map((o) => picomatch__WEBPACK_IMPORTED_MODULE_0___default()([...o.repositories], { nocase: true, dot: true }));
    matchers.set(policy, made);
    return made;
}
/** NAME of OWNER/NAME (the whole text when there is no `/`). */
function nameOf(repository) {
    const slash = repository.indexOf('/');
    return slash >= 0 ? repository.slice(slash + 1) : repository;
}
/**
 * The ids of the overrides whose `repositories` globs match the repository, in file order.
 *
 * @param repository OWNER/NAME (or NAME); only NAME is matched
 */
function overridesFor(policy, repository) {
    const name = nameOf(repository);
    const all = policy.org?.overrides ?? [];
    const m = matchersOf(policy);
    return all.filter((_, i) => m[i]?.(name) === true).map((o) => o.id);
}
/**
 * The policy one repository is verified against: `branches:` with every matching override
 * applied in file order (see the precedence rule at the top of this module). Every other part of
 * the policy is unchanged. Deterministic; never throws for a policy the schema accepted.
 *
 * @param repository OWNER/NAME as the plan or GITHUB_REPOSITORY gives it
 */
function effectivePolicy(policy, repository) {
    const all = policy.org?.overrides ?? [];
    if (all.length === 0 || !policy.branches)
        return { policy, applied: [] };
    const name = nameOf(repository);
    const m = matchersOf(policy);
    let branches = policy.branches;
    const applied = [];
    all.forEach((o, i) => {
        if (m[i]?.(name) !== true)
            return;
        branches = applyOverride(branches, o.branches);
        applied.push(o.id);
    });
    return applied.length === 0 ? { policy, applied } : { policy: { ...policy, branches }, applied };
}
/** `branches` with one override's entries applied (rule 3); new objects, inputs untouched. */
function applyOverride(branches, override) {
    const merge = (base, o) => {
        const out = new Map(Object.entries(base ?? {}));
        for (const [k, v] of Object.entries(o)) {
            if (v === null)
                out.delete(k);
            else if (v !== undefined)
                out.set(k, v);
        }
        return Object.fromEntries(out);
    };
    const added = [];
    const kept = Object.entries(branches).map(([k, v]) => [
        k,
        Object.hasOwn(override, k) ? merge(v, override[k]) : v
    ]);
    for (const [k, v] of Object.entries(override))
        if (!Object.hasOwn(branches, k))
            added.push([k, merge(undefined, v)]);
    // Object.fromEntries defines own data properties: a key `__proto__` stays a key.
    return Object.fromEntries([...added, ...kept]);
}
/**
 * What the schema cannot say about `org:` (called by checkPolicyReferences, so each problem is
 * reported at its line and column): the section needs `branches:` (every repository starts from
 * it), override ids are unique, and every repository glob is one picomatch can compile with its
 * brackets and braces balanced (an unbalanced `[` or `{` would be read literally and silently
 * match nothing).
 */
function checkOrgSection(policy) {
    const org = policy.org;
    if (org === undefined)
        return [];
    const problems = [];
    if (!policy.branches)
        problems.push({
            path: ['org'],
            message: 'its overrides change branches:, which this policy does not declare; add branches: (the protection every repository starts from)'
        });
    const seen = new Map();
    (org.overrides ?? []).forEach((o, i) => {
        const first = seen.get(o.id);
        if (first !== undefined)
            problems.push({
                path: ['org', 'overrides', i, 'id'],
                message: `duplicate override id '${o.id}' (first declared at org.overrides[${first}]); ids must be unique`
            });
        else
            seen.set(o.id, i);
        o.repositories.forEach((glob, j) => {
            const why = globProblem(glob);
            if (why !== undefined)
                problems.push({
                    path: ['org', 'overrides', i, 'repositories', j],
                    message: `'${glob}' is not a usable repository name glob: ${why}`
                });
        });
    });
    return problems;
}
/** Why a repository glob cannot be used, or undefined. */
function globProblem(glob) {
    let square = 0;
    let curly = 0;
    for (const c of glob) {
        if (c === '[') {
            if (square > 0)
                return "a '[' inside a [...] class";
            square++;
        }
        else if (c === ']') {
            if (square === 0)
                return "a ']' without its '['";
            square--;
        }
        else if (c === '{')
            curly++;
        else if (c === '}') {
            if (curly === 0)
                return "a '}' without its '{'";
            curly--;
        }
    }
    if (square > 0)
        return "a '[' without its ']'";
    if (curly > 0)
        return "a '{' without its '}'";
    if (glob.includes('[]'))
        return "an empty '[]' class";
    try {
        picomatch__WEBPACK_IMPORTED_MODULE_0___default().makeRe(glob, { nocase: true, dot: true });
    }
    catch (e) {
        return `picomatch cannot compile it (${e instanceof Error ? e.message.slice(0, 120) : String(e)})`;
    }
    return undefined;
}
/**
 * The overrides that match none of `repositories` (a plan's), in file order, each with a warning
 * naming it and its globs: a misspelt glob would otherwise leave the repositories it meant under
 * the organisation's rules without a word.
 *
 * @param repositories OWNER/NAME of every repository the plan covers
 */
function unmatchedOverrides(policy, repositories) {
    const all = policy.org?.overrides ?? [];
    const m = matchersOf(policy);
    const names = repositories.map(nameOf);
    const out = [];
    all.forEach((o, index) => {
        const match = m[index];
        if (match && names.some((n) => match(n)))
            return;
        out.push({
            index,
            id: o.id,
            message: `org.overrides[${index}] '${o.id}' matches no repository of the plan (repositories: ${o.repositories.join(', ')}); check the globs, or remove the override`
        });
    });
    return out;
}
/** Largest number of override ids read back per repository (the schema's maxItems). */
const MAX_APPLIED = 1000;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/**
 * The overrides a shard applied (`overrides` of its shard.json: OWNER/NAME → ids), read back
 * for the repositories of the plan's shard only; anything that is not a list of override ids is
 * left out (the row then names no override). Never throws.
 */
function appliedFromShard(doc, repositories) {
    const out = new Map();
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        return out;
    const rec = doc;
    for (const full of repositories) {
        if (!Object.hasOwn(rec, full))
            continue;
        const ids = rec[full];
        if (Array.isArray(ids) &&
            ids.length > 0 &&
            ids.length <= MAX_APPLIED &&
            ids.every((x) => typeof x === 'string' && ID.test(x)))
            out.set(full, [...new Set(ids)]);
    }
    return out;
}


/***/ }),

/***/ 1405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gb: () => (/* binding */ planDigest),
/* harmony export */   Gy: () => (/* binding */ checkPlan),
/* harmony export */   Jl: () => (/* binding */ costsFromReport),
/* harmony export */   Ok: () => (/* binding */ ORG_CONTROLS),
/* harmony export */   Pt: () => (/* binding */ planText),
/* harmony export */   Qt: () => (/* binding */ isOrganisationName),
/* harmony export */   Ue: () => (/* binding */ DEFAULT_REPO_REQUESTS),
/* harmony export */   _b: () => (/* binding */ orgSarif),
/* harmony export */   bO: () => (/* binding */ mergeOrg),
/* harmony export */   en: () => (/* binding */ isRepositoryName),
/* harmony export */   i9: () => (/* binding */ selectRepos),
/* harmony export */   j$: () => (/* binding */ isPlanBranchName),
/* harmony export */   tF: () => (/* binding */ planShards)
/* harmony export */ });
/* unused harmony exports MAX_BRANCH_NAME_LENGTH, MAX_SHARDS, ACTIONS_OUTPUT_MAX_BYTES, outputBytes, shardRefs, checkShardRef, shardOfPlan, settingOf, SARIF_MAX_RESULTS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(484);
/**
 * Organisation scale (issue 19), the pure half: which repositories a plan covers, how they are
 * split into shards of balanced expected request cost, and how the shards' verify-rules reports
 * merge into one organisation report (table repository × setting, totals, worst first), its
 * Markdown and a SARIF log for code scanning. No I/O: the listing, the per-shard verification and
 * the artifacts live in io/ and github/.
 */



/**
 * An organisation login as GitHub allows it: letters, digits and single hyphens, not at either
 * end, at most 39 characters.
 */
function isOrganisationName(s) {
    return /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/.test(s);
}
/**
 * OWNER/NAME as GitHub allows it (the owner: letters, digits and `-`, not first, at most 39;
 * the name: letters, digits, `-`, `_`, `.`, at most 100
 * characters and neither `.` nor `..`): a name that is safe as a folder name under a shard's
 * output (no path can climb out of it) and as Markdown code.
 */
function isRepositoryName(full) {
    const m = /^([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9_.-]{1,100})$/.exec(full);
    return m !== null && m[2] !== '.' && m[2] !== '..';
}
/** Longest default branch name a plan may carry (git allows longer; GitHub's refs are bounded). */
const MAX_BRANCH_NAME_LENGTH = 255;
/**
 * A default branch name a plan may carry, as the API is asked with it: not empty, at most
 * {@link MAX_BRANCH_NAME_LENGTH} characters, no control character (C0 or DEL).
 */
function isPlanBranchName(b) {
    if (typeof b !== 'string' || b.length === 0 || b.length > MAX_BRANCH_NAME_LENGTH)
        return false;
    for (let i = 0; i < b.length; i++) {
        const c = b.charCodeAt(i);
        if (c <= 0x1f || c === 0x7f)
            return false;
    }
    return true;
}
/**
 * The requests one repository's verify-rules is expected to cost when no earlier run measured it:
 * the repository, the default branch's classic protection and its rules
 * (GET /repos/{o}/{r}/rules/branches/{branch}), the rulesets list, the workflows listing and a few
 * workflow files (for the check names). A measured figure from the previous organisation report
 * (`requests` of its row) replaces it in {@link planShards}.
 */
const DEFAULT_REPO_REQUESTS = 9;
/**
 * The repositories a plan covers, sorted by full name (case-insensitive, then exact): archived
 * ones left out unless `includeArchived`, then topics, visibility, include and exclude globs.
 */
function selectRepos(repos, f = {}) {
    const include = f.include?.length ? picomatch__WEBPACK_IMPORTED_MODULE_1___default()([...f.include], { nocase: true, dot: true }) : null;
    const exclude = f.exclude?.length ? picomatch__WEBPACK_IMPORTED_MODULE_1___default()([...f.exclude], { nocase: true, dot: true }) : null;
    const topics = f.topics?.length ? new Set(f.topics.map((t) => t.toLowerCase())) : null;
    const visibility = f.visibility?.length ? new Set(f.visibility) : null;
    const seen = new Set();
    const out = [];
    for (const r of repos) {
        const key = r.full_name.toLowerCase();
        if (seen.has(key))
            continue;
        seen.add(key);
        const name = r.full_name.split('/')[1] ?? r.full_name;
        if (r.archived && !f.includeArchived)
            continue;
        if (topics && !r.topics.some((t) => topics.has(t.toLowerCase())))
            continue;
        if (visibility && !visibility.has(r.visibility))
            continue;
        if (include && !include(name))
            continue;
        if (exclude && exclude(name))
            continue;
        out.push(r);
    }
    return out.sort((a, b) => byName(a.full_name, b.full_name));
}
/**
 * Splits repositories into `count` shards of balanced expected cost, deterministically: the same
 * list gives the same shards whatever its order. Longest-processing-time-first (Graham 1969):
 * repositories by cost, highest first (ties by name), each to the shard with the least cost so
 * far (ties: the lowest index); no shard is more than one repository's cost above the lightest.
 * Fewer repositories than shards gives fewer shards (no empty matrix job). Each shard carries
 * its repositories' default branches from the listing (`default_branches`; a name that
 * {@link isPlanBranchName} refuses is left out, so that repository's shard reads it).
 *
 * @param count shards wanted, 1–256 (GitHub's matrix limit is 256 jobs)
 * @param costs requests each repository took in an earlier run (OWNER/NAME → requests); others
 *   cost {@link DEFAULT_REPO_REQUESTS}
 * @throws RangeError for a count outside 1–256
 */
function planShards(repos, count, costs = new Map()) {
    if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS)
        throw new RangeError(`shards must be a whole number from 1 to ${MAX_SHARDS} (a matrix runs at most ${MAX_SHARDS} jobs), got ${count}`);
    const costOf = (name) => {
        const c = costs.get(name);
        return c !== undefined && Number.isFinite(c) && c > 0 ? Math.ceil(c) : DEFAULT_REPO_REQUESTS;
    };
    const items = repos
        .map((r) => ({ name: r.full_name, cost: costOf(r.full_name), branch: r.default_branch }))
        .sort((a, b) => b.cost - a.cost || byName(a.name, b.name));
    const n = Math.min(count, items.length);
    const shards = Array.from({ length: n }, (_, index) => ({ index, repositories: [], cost: 0, default_branches: {} }));
    for (const it of items) {
        let best = shards[0];
        for (const s of shards)
            if (s.cost < best.cost)
                best = s;
        best.repositories.push(it.name);
        best.cost += it.cost;
        if (isPlanBranchName(it.branch))
            best.default_branches[it.name] = it.branch;
    }
    for (const s of shards)
        s.repositories.sort(byName);
    return shards;
}
/**
 * A plan read back (a file, an action input): the contract, a valid organisation name, at most
 * 256 shards with distinct whole indexes 0–255, and repositories that are valid OWNER/NAMEs of
 * that organisation, each in one shard only; a shard's `default_branches`, when present, an
 * object whose keys are among that shard's repositories and whose values are branch names
 * ({@link isPlanBranchName}: not empty, at most 255 characters, no control character). Returns
 * the plan (shards by index, their repositories sorted, `default_branches` kept as given) or what
 * is wrong with it, naming the field; never throws.
 */
function checkPlan(doc) {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        return { error: 'not a JSON object' };
    const p = doc;
    if (p.contract !== 'gonogo.org-plan/v1')
        return { error: `contract is ${JSON.stringify(p.contract)}, not "gonogo.org-plan/v1"` };
    if (typeof p.organisation !== 'string' || !isOrganisationName(p.organisation))
        return { error: 'organisation is not an organisation name' };
    const org = p.organisation.toLowerCase();
    if (!Array.isArray(p.shards) || p.shards.length > 256)
        return { error: 'shards is not a list of at most 256 shards' };
    const indexes = new Set();
    const seen = new Set();
    const shards = [];
    for (const [i, raw] of p.shards.entries()) {
        const s = raw;
        if (typeof s !== 'object' || s === null)
            return { error: `shards[${i}] is not an object` };
        if (!Number.isInteger(s.index) || s.index < 0 || s.index > 255)
            return { error: `shards[${i}].index is not a whole number from 0 to 255` };
        const index = s.index;
        if (indexes.has(index))
            return { error: `shards[${i}].index ${index} appears twice` };
        indexes.add(index);
        if (!Array.isArray(s.repositories))
            return { error: `shards[${i}].repositories is not a list` };
        for (const r of s.repositories) {
            if (typeof r !== 'string' || !isRepositoryName(r))
                return { error: `shards[${i}].repositories holds ${JSON.stringify(r)}, not OWNER/NAME` };
            if (r.split('/')[0]?.toLowerCase() !== org)
                return {
                    error: `shards[${i}].repositories holds ${r}, not a repository of ${p.organisation}`
                };
            if (seen.has(r.toLowerCase()))
                return { error: `${r} is in more than one shard` };
            seen.add(r.toLowerCase());
        }
        const cost = typeof s.cost === 'number' && Number.isFinite(s.cost) && s.cost >= 0 ? s.cost : 0;
        const repositories = [...s.repositories].sort(byName);
        const shard = { index, repositories, cost };
        if (s.default_branches !== undefined) {
            const branches = checkDefaultBranches(s.default_branches, repositories, `shards[${i}]`);
            if ('error' in branches)
                return branches;
            shard.default_branches = branches.map;
        }
        shards.push(shard);
    }
    return {
        plan: {
            contract: 'gonogo.org-plan/v1',
            organisation: p.organisation,
            shards: shards.sort((a, b) => a.index - b.index)
        }
    };
}
/**
 * A shard's `default_branches` read back: an object whose keys are repositories of the shard
 * (exactly as listed) and whose values are {@link isPlanBranchName}s; the error names the field.
 */
function checkDefaultBranches(v, repositories, at) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return { error: `${at}.default_branches is not an object (OWNER/NAME → branch)` };
    const members = new Set(repositories);
    const map = {};
    for (const [repo, branch] of Object.entries(v)) {
        if (!members.has(repo))
            return {
                error: `${at}.default_branches names ${JSON.stringify(repo.slice(0, 200))}, not a repository of ${at}`
            };
        if (!isPlanBranchName(branch))
            return {
                error: `${at}.default_branches[${JSON.stringify(repo)}] is not a branch name (a string of 1 to ${MAX_BRANCH_NAME_LENGTH} characters without control characters)`
            };
        map[repo] = branch;
    }
    return { map };
}
/** A matrix generates at most this many jobs per workflow run (docs: "Running variations of jobs in a workflow", matrix limits). */
const MAX_SHARDS = 256;
/**
 * A job output may hold at most 1 MB, its size approximated in UTF-16 (docs: "Passing information
 * between jobs", output limitations). The plan job's outputs must stay under it whatever the
 * organisation's size, so they never carry repository names.
 */
const ACTIONS_OUTPUT_MAX_BYTES = 1_000_000;
/** The size GitHub counts for an output: its UTF-16 code units, two bytes each. */
function outputBytes(value) {
    return value.length * 2;
}
/**
 * The plan file's text: canonical JSON (keys sorted, core/canonical-json.ts) and a newline. The
 * same plan always gives the same bytes, which {@link planDigest} hashes.
 */
function planText(plan) {
    return `${(0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .stableStringify */ .J)(plan)}\n`;
}
/**
 * `sha256:<hex>` of {@link planText} of the plan as {@link checkPlan} returns it (shards by index,
 * repositories sorted), so a plan file reformatted in transit keeps its digest and a plan with
 * one repository more or less does not.
 */
function planDigest(plan) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(planText(plan)).digest('hex')}`;
}
/** The plan job's `shards` output: one {@link ShardRef} per shard, by index. */
function shardRefs(plan) {
    const digest = planDigest(plan);
    return [...plan.shards]
        .sort((a, b) => a.index - b.index)
        .map((s) => ({ index: s.index, count: plan.shards.length, plan: digest }));
}
const DIGEST = /^sha256:[0-9a-f]{64}$/;
/**
 * A shard descriptor read back (the `shard` input, `${{ toJSON(matrix.shard) }}`): exactly
 * `index`, `count` (1–{@link MAX_SHARDS}) and `plan` (a sha256 digest), `index` below `count`.
 * Returns it or what is wrong with it; never throws.
 */
function checkShardRef(doc) {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        return { error: 'not a JSON object' };
    const d = doc;
    if (Object.hasOwn(d, 'repositories'))
        return {
            error: 'it carries a repository list: a shard of an older plan; plan again with this version (its shards output names index, count and plan only, the repositories travel in the gonogo-org-plan artifact)'
        };
    const extra = Object.keys(d).filter((k) => !['index', 'count', 'plan'].includes(k));
    if (extra.length > 0)
        return { error: `unknown key ${JSON.stringify(extra[0])}` };
    if (!Number.isInteger(d.count) || d.count < 1 || d.count > MAX_SHARDS)
        return { error: `count is not a whole number from 1 to ${MAX_SHARDS}` };
    const count = d.count;
    if (!Number.isInteger(d.index) || d.index < 0 || d.index >= count)
        return { error: `index is not a whole number from 0 to ${count - 1}` };
    if (typeof d.plan !== 'string' || !DIGEST.test(d.plan))
        return { error: 'plan is not a sha256:<64 hex digits> plan digest' };
    return { ref: { index: d.index, count, plan: d.plan } };
}
/**
 * The shard a descriptor names, taken from the plan file it must belong to: the plan's digest
 * must be the descriptor's and its shard count the descriptor's count (a plan file of another
 * run, or edited, is refused: fail closed rather than verify other repositories than planned).
 */
function shardOfPlan(plan, ref) {
    const digest = planDigest(plan);
    if (digest !== ref.plan)
        return {
            error: `the plan file is not the plan this shard belongs to (its digest is ${digest}, the shard names ${ref.plan}): download the gonogo-org-plan artifact of this workflow run`
        };
    if (plan.shards.length !== ref.count)
        return {
            error: `the plan has ${plan.shards.length} shards, the shard says ${ref.count}`
        };
    const shard = plan.shards.find((s) => s.index === ref.index);
    if (!shard)
        return { error: `the plan has no shard ${ref.index}` };
    return { shard };
}
/**
 * Measured costs for {@link planShards} from a previous org-report.json: OWNER/NAME → the
 * requests its verification took (`requests` of its row). Anything else in the document, or a
 * document that is not a report, gives no cost (the default is used).
 */
function costsFromReport(doc) {
    const out = new Map();
    const rows = doc?.repositories;
    if (!Array.isArray(rows))
        return out;
    for (const row of rows) {
        const r = row;
        if (typeof r?.repository === 'string' &&
            typeof r.requests === 'number' &&
            Number.isInteger(r.requests) &&
            r.requests > 0)
            out.set(r.repository, r.requests);
    }
    return out;
}
/**
 * The reports verify-rules writes for every repository: a repository missing one of them is not
 * fully verified (an artifact with a file removed or replaced must not pass).
 */
const ORG_CONTROLS = ['branch-protection', 'required-checks'];
/**
 * The setting a check is about: its id without the branch prefix and detail (`main/min-approvals`
 * → `min-approvals`, `main/required-check:ci/test` → `required-check`,
 * `release/v2/min-approvals` → `min-approvals`), prefixed by the report's control
 * (`branch-protection`, `required-checks`) so the two reports never mix. Check ids are
 * `<branch>/<setting>[:<detail>]`; a branch name may hold `/` but never `:` (git-check-ref-format),
 * and setting names hold neither, so the setting is what lies between the last `/` before the
 * first `:` and that `:`.
 */
function settingOf(control, check) {
    const colon = check.id.indexOf(':');
    const head = colon >= 0 ? check.id.slice(0, colon) : check.id;
    return `${control}:${head.slice(head.lastIndexOf('/') + 1)}`;
}
/**
 * One organisation report from the plan and what each shard left: a repository whose shard is
 * missing, or that its shard did not report, is `unverified` with the reason — never passed.
 * Deterministic for the same inputs (`generatedAt` is the only time in it).
 */
function mergeOrg(o) {
    const byIndex = new Map(o.results.map((r) => [r.index, r]));
    const rows = [];
    const settings = new Set();
    const shards = [];
    for (const shard of o.plan) {
        const result = byIndex.get(shard.index);
        const missing = result?.reports === undefined;
        shards.push({
            index: shard.index,
            repositories: shard.repositories.length,
            status: missing ? 'missing' : 'reported',
            why: missing ? (result?.why ?? 'the shard left no artifact (it failed or never ran)') : null
        });
        for (const repo of shard.repositories) {
            const reports = result?.reports?.get(repo);
            const measured = result?.requests?.get(repo);
            const requests = measured !== undefined && Number.isInteger(measured) && measured >= 0 ? measured : null;
            const overrides = missing ? [] : [...(result.overrides?.get(repo) ?? [])];
            if (missing || reports === undefined || reports.length === 0) {
                rows.push({
                    repository: repo,
                    status: 'unverified',
                    settings: {},
                    failed: 0,
                    unverified: 1,
                    reason: missing
                        ? `shard ${shard.index}: ${result?.why ?? 'the shard left no artifact (it failed or never ran)'}`
                        : `shard ${shard.index} did not report this repository`,
                    requests,
                    overrides
                });
                continue;
            }
            const per = new Map();
            // A report of another repository, or a control missing, proves nothing for this one.
            for (const control of ORG_CONTROLS)
                if (!reports.some((r) => r.control === control && r.subject.repository === repo))
                    per.set(`${control}:(not reported)`, ['unverified']);
            for (const r of reports) {
                if (r.subject.repository !== repo)
                    continue;
                if (r.checks.length === 0)
                    per.set(`${r.control}:(no checks)`, ['unverified']);
                for (const c of r.checks) {
                    const s = settingOf(r.control, c);
                    per.set(s, [...(per.get(s) ?? []), c.status]);
                }
            }
            const cells = {};
            for (const s of [...per.keys()].sort(byName)) {
                cells[s] = worstOf(per.get(s) ?? []);
                settings.add(s);
            }
            const values = Object.values(cells);
            rows.push({
                repository: repo,
                status: worstOf([
                    ...values,
                    ...reports.filter((r) => r.subject.repository === repo).map((r) => r.status)
                ]),
                settings: cells,
                failed: values.filter((v) => v === 'failed').length,
                unverified: values.filter((v) => v === 'unverified').length,
                reason: null,
                requests,
                overrides
            });
        }
    }
    const rank = { failed: 0, unverified: 1, passed: 2 };
    rows.sort((a, b) => rank[a.status] - rank[b.status] ||
        b.failed - a.failed ||
        b.unverified - a.unverified ||
        byName(a.repository, b.repository));
    return {
        contract: 'gonogo.org-report/v1',
        organisation: o.organisation,
        generated_at: o.generatedAt,
        settings: [...settings].sort(byName),
        repositories: rows,
        totals: {
            repositories: rows.length,
            passed: rows.filter((r) => r.status === 'passed').length,
            failed: rows.filter((r) => r.status === 'failed').length,
            unverified: rows.filter((r) => r.status === 'unverified').length
        },
        shards: shards.sort((a, b) => a.index - b.index)
    };
}
/** Code scanning rejects a run of more results than this (docs: "SARIF results exceed limit"). */
const SARIF_MAX_RESULTS = 25_000;
/**
 * The org policy's path as code scanning wants an artifact location: relative to the root of the
 * repository the log is uploaded to, `/`-separated, no `./` (docs: "SARIF support for code
 * scanning", physicalLocation.artifactLocation.uri).
 */
function repoRelative(p) {
    const s = p
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/\/{2,}/g, '/');
    return s === '' || s.startsWith('/') || s.split('/').includes('..') ? '.github/gonogo.yml' : s;
}
/**
 * The organisation report as SARIF 2.1.0 for code scanning in the repository that holds the org
 * policy (docs: "SARIF support for code scanning"): one result per repository and setting that is
 * not passed (`error` for failed, `warning` for unverified), each with the required `ruleId`,
 * `message.text` and one location — the policy file, relative to the repository root with
 * `uriBaseId: %SRCROOT%`, line 1 (code scanning needs a file of the repository the log is
 * uploaded to) — the repository as a logical location and in `partialFingerprints`, so the alert
 * follows the repository and setting across runs. Results are the worst repositories first and at
 * most {@link SARIF_MAX_RESULTS} (code scanning rejects more); when some are left out, the run's
 * `invocations[0].toolExecutionNotifications` says how many.
 *
 * @param policyPath the org policy's path in the uploading repository, e.g. `.github/gonogo-org.yml`
 */
function orgSarif(r, policyPath, version) {
    const uri = repoRelative(policyPath);
    const rules = new Map();
    const results = [];
    let omitted = 0;
    for (const row of r.repositories) {
        const entries = row.reason !== null
            ? [['repository:unverified', 'unverified', row.reason]]
            : Object.entries(row.settings)
                .filter(([, v]) => v !== 'passed')
                .map(([s, v]) => [s, v, `${s} is ${v}`]);
        for (const [setting, status, why] of entries) {
            if (results.length >= SARIF_MAX_RESULTS) {
                omitted++;
                continue;
            }
            if (!rules.has(setting))
                rules.set(setting, {
                    id: setting,
                    shortDescription: { text: `branch rule setting ${setting}` }
                });
            results.push({
                ruleId: setting,
                level: status === 'failed' ? 'error' : 'warning',
                message: { text: `${row.repository}: ${why}` },
                locations: [
                    {
                        physicalLocation: {
                            artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                            region: { startLine: 1 }
                        },
                        logicalLocations: [{ name: row.repository, kind: 'module' }]
                    }
                ],
                partialFingerprints: { 'gonogo/repository-setting': `${row.repository}#${setting}` }
            });
        }
    }
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'gonogo',
                        version,
                        informationUri: 'https://github.com/acme/gonogo',
                        rules: [...rules.values()].sort((a, b) => byName(a.id, b.id))
                    }
                },
                originalUriBaseIds: {
                    '%SRCROOT%': { description: { text: 'The root of the repository holding the policy.' } }
                },
                ...(omitted > 0
                    ? {
                        invocations: [
                            {
                                executionSuccessful: true,
                                toolExecutionNotifications: [
                                    {
                                        level: 'warning',
                                        message: {
                                            text: `${omitted} results left out: code scanning accepts at most ${SARIF_MAX_RESULTS} per run; org-report.json has them all`
                                        }
                                    }
                                ]
                            }
                        ]
                    }
                    : {}),
                results
            }
        ]
    };
}
/** failed before unverified before passed; none is unverified (nothing proves it passed). */
function worstOf(statuses) {
    if (statuses.length === 0)
        return 'unverified';
    if (statuses.includes('failed'))
        return 'failed';
    return statuses.includes('unverified') ? 'unverified' : 'passed';
}
function byName(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 2721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Z: () => (/* binding */ DEFAULT_PROFILES),
/* harmony export */   GH: () => (/* binding */ waiverExpiry),
/* harmony export */   Xp: () => (/* binding */ takesFresh),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   l7: () => (/* binding */ checkPolicyReferences),
/* harmony export */   vz: () => (/* binding */ sourceOf)
/* harmony export */ });
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2334);
/* harmony import */ var _org_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2604);


/** Whether an environment takes bundles that run nowhere yet. */
function takesFresh(env) {
    return env.fresh ?? env.from === undefined;
}
/** Used when the file declares no profiles: nothing failed may pass. */
const DEFAULT_PROFILES = {
    strict: { max_high: 0, max_medium: 0 }
};
const DEFAULT_LIMITS = {
    max_report_bytes: 50 * 1024 * 1024,
    max_files_per_source: 20000
};
/** Resolves a control's source, defaulting to `<reports>/<id>.json` when none is declared. */
function sourceOf(control, reportsDir) {
    const s = control.source;
    if (!s)
        return { kind: 'report', pattern: `${reportsDir.replace(/\/+$/, '')}/${control.id}.json` };
    if ('junit' in s)
        return { kind: 'junit', pattern: s.junit };
    if ('sarif' in s)
        return { kind: 'sarif', pattern: s.sarif };
    if ('builtin' in s)
        return { kind: 'builtin', pattern: s.builtin };
    return { kind: 'report', pattern: s.report };
}
/** Names listed in one message at most; the rest are counted. */
const MAX_LISTED = 20;
/** `a, b, c` — at most {@link MAX_LISTED} names, then how many more. */
function listed(names) {
    const shown = names.slice(0, MAX_LISTED).join(', ');
    return names.length > MAX_LISTED ? `${shown} and ${names.length - MAX_LISTED} more` : shown;
}
/**
 * Cross-references the schema cannot express: unique ids, known profiles, waivers of real
 * controls, a corridor of environments without loops. Linear in the policy's size; each message
 * lists at most 20 names.
 */
function checkPolicyReferences(policy) {
    const problems = [];
    const seen = new Map();
    policy.controls.forEach((c, i) => {
        const first = seen.get(c.id);
        if (first !== undefined) {
            problems.push({
                path: ['controls', i, 'id'],
                message: `duplicate control id '${c.id}' (first declared at controls[${first}]); ids must be unique`
            });
        }
        else
            seen.set(c.id, i);
    });
    const profiles = Object.keys(policy.profiles ?? DEFAULT_PROFILES);
    const profileSet = new Set(profiles);
    (policy.select_profile ?? []).forEach((rule, i) => {
        if (!profileSet.has(rule.profile)) {
            problems.push({
                path: ['select_profile', i, 'profile'],
                message: `unknown profile '${rule.profile}'; declared profiles: ${listed(profiles)}`
            });
        }
    });
    let controlIds;
    (policy.waivers ?? []).forEach((w, i) => {
        if (!seen.has(w.control)) {
            controlIds ??= listed([...seen.keys()].sort());
            problems.push({
                path: ['waivers', i, 'control'],
                message: `waiver for unknown control '${w.control}'; declared controls: ${controlIds}`
            });
        }
        if (Number.isNaN(waiverExpiry(w.expires))) {
            problems.push({
                path: ['waivers', i, 'expires'],
                message: `'${w.expires}' is not a real date`
            });
        }
    });
    problems.push(...checkEnvironments(policy.environments ?? {}));
    problems.push(...checkClaims(policy.claims ?? [], seen));
    (policy.incidents?.triggers ?? []).forEach((id, i) => {
        if (seen.has(id))
            return;
        controlIds ??= listed([...seen.keys()].sort());
        problems.push({
            path: ['incidents', 'triggers', i],
            message: `incident trigger names unknown control '${id}'; declared controls: ${controlIds}`
        });
    });
    problems.push(...checkIncidentLabels(policy.incidents));
    problems.push(...(0,_org_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .checkOrgSection */ .go)(policy));
    return problems;
}
/**
 * The incident labels cannot be the gate's own `needs-postmortem` (the mark of a recovered
 * incident) nor the fix label (the mark of a pull request exempt from the freeze); GitHub compares
 * label names without case, so these do too.
 */
function checkIncidentLabels(incidents) {
    const problems = [];
    const labels = (incidents?.labels ?? []).map((l) => l.toLowerCase());
    labels.forEach((l, i) => {
        if (l === 'needs-postmortem')
            problems.push({
                path: ['incidents', 'labels', i],
                message: "'needs-postmortem' is the label the gate gives a recovered incident without its postmortem; choose another label"
            });
    });
    const fix = incidents?.fix_label?.toLowerCase();
    if (fix !== undefined && labels.includes(fix))
        problems.push({
            path: ['incidents', 'fix_label'],
            message: `the fix label '${incidents?.fix_label ?? ''}' is also an incident label; a pull request carrying it would look like an incident: choose another`
        });
    return problems;
}
/**
 * Claim ids are unique and every control a claim names is declared (`controls` maps declared
 * ids to their index). Each problem's path points at the offending id.
 */
function checkClaims(claims, controls) {
    const problems = [];
    const seen = new Map();
    let declared;
    claims.forEach((claim, i) => {
        const first = seen.get(claim.id);
        if (first !== undefined) {
            problems.push({
                path: ['claims', i, 'id'],
                message: `duplicate claim id '${claim.id}' (first declared at claims[${first}]); ids must be unique`
            });
        }
        else
            seen.set(claim.id, i);
        if (controls.has(claim.id))
            problems.push({
                path: ['claims', i, 'id'],
                message: `claim id '${claim.id}' is also a control id, so the blocker register could not tell them apart; use another id (for example T0.1)`
            });
        const named = new Set();
        claim.controls.forEach((id, j) => {
            if (named.has(id)) {
                problems.push({
                    path: ['claims', i, 'controls', j],
                    message: `claim '${claim.id}' names control '${id}' twice; name each control once`
                });
                return;
            }
            named.add(id);
            if (controls.has(id))
                return;
            declared ??= listed([...controls.keys()].sort());
            problems.push({
                path: ['claims', i, 'controls', j],
                message: `claim '${claim.id}' names unknown control '${id}'; declared controls: ${declared}`
            });
        });
    });
    return problems;
}
/**
 * Every `from` names a declared environment, no corridor loops, and every stop can be reached.
 * Each `from` chain is followed once: a stop already known to reach the start of the corridor (or
 * to end at an unknown name) is not walked again, so the cost is linear in the environments.
 */
function checkEnvironments(envs) {
    const problems = [];
    const names = Object.keys(envs);
    /** Stops whose chain is known to end without a loop (at a start, or at an unknown name). */
    const ends = new Set();
    for (const [name, env] of Object.entries(envs)) {
        if (env.from === undefined) {
            if (env.fresh === false) {
                problems.push({
                    path: ['environments', name, 'fresh'],
                    message: `environment '${name}' has no 'from' and takes no fresh bundle, so nothing can ever reach it`
                });
            }
            continue;
        }
        if (!Object.hasOwn(envs, env.from)) {
            problems.push({
                path: ['environments', name, 'from'],
                message: `unknown environment '${env.from}'; declared environments: ${names.join(', ')}`
            });
            continue;
        }
        const seen = [name];
        const onPath = new Set(seen);
        let at = env.from;
        let loops = false;
        while (at !== undefined && Object.hasOwn(envs, at) && !ends.has(at)) {
            if (onPath.has(at)) {
                const shown = [...seen, at];
                problems.push({
                    path: ['environments', name, 'from'],
                    message: `the corridor loops: ${shown.length > MAX_LISTED ? [...shown.slice(0, MAX_LISTED - 1), '…', at].join(' ← ') : shown.join(' ← ')}`
                });
                loops = true;
                break;
            }
            seen.push(at);
            onPath.add(at);
            at = envs[at]?.from;
        }
        if (!loops)
            for (const s of seen)
                ends.add(s);
    }
    return problems;
}
/**
 * The instant a waiver stops applying. A bare date is valid through the end of that day in UTC;
 * a date-time is exact. NaN for an impossible date such as 2026-02-30.
 */
function waiverExpiry(expires) {
    const t = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRfc3339 */ .TM)(expires);
    return expires.length === 10 ? t + _time_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO : t;
}


/***/ }),

/***/ 9918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H5: () => (/* binding */ verifyChain),
/* harmony export */   M_: () => (/* binding */ recordSchemaProblem),
/* harmony export */   Sz: () => (/* binding */ PROMOTION_CHECKS),
/* harmony export */   YR: () => (/* binding */ ENVIRONMENT_NAME),
/* harmony export */   Yq: () => (/* binding */ promotionAllowed),
/* harmony export */   es: () => (/* binding */ rollbackTarget),
/* harmony export */   fS: () => (/* binding */ corridorStop),
/* harmony export */   pY: () => (/* binding */ PROMOTION_CONTRACT),
/* harmony export */   pp: () => (/* binding */ isDecision),
/* harmony export */   uv: () => (/* binding */ PROMOTION_TASK),
/* harmony export */   xe: () => (/* binding */ sealRecord),
/* harmony export */   zX: () => (/* binding */ judgePromotion)
/* harmony export */ });
/* unused harmony export recordDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bundle_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7985);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2721);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5009);
/* harmony import */ var _parsers_schema_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3525);
/* harmony import */ var _generated_validators_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6161);






/** Contract of a promotion record (a deployment's payload, a file of the CLI's state folder). */
const PROMOTION_CONTRACT = 'gonogo.promotion/v1';
/** The deployment task gonogo's records carry, apart from the deployments Actions makes itself. */
const PROMOTION_TASK = 'deploy:gonogo';
/** An environment name as GitHub and the policy schema accept it (never a path). */
const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/;
/** The record's digest: SHA-256 over its canonical JSON without `digest` and `signature`. */
function recordDigest(r) {
    const rest = { ...r };
    delete rest.digest;
    delete rest.signature;
    return (0,_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalDigest */ .Xz)(rest);
}
/** Seals a record with its digest, and signs the digest when there is a key. */
function sealRecord(r, key) {
    const digest = recordDigest(r);
    return { ...r, digest, ...(key !== undefined ? { signature: (0,_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .signDigest */ ._i)(key, digest) } : {}) };
}
function signedBy(r, key) {
    if (r.signature === undefined)
        return false;
    const want = Buffer.from((0,_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .signDigest */ ._i)(key, r.digest), 'hex');
    const got = Buffer.from(r.signature, 'hex');
    return got.length === want.length && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(got, want);
}
/** Why `value` is not a valid promotion record (the first schema errors), or undefined. */
function recordSchemaProblem(value) {
    if ((0,_generated_validators_js__WEBPACK_IMPORTED_MODULE_4__/* .validatePromotionRecord */ .DV)(value))
        return undefined;
    const why = (_generated_validators_js__WEBPACK_IMPORTED_MODULE_4__/* .validatePromotionRecord */ .DV.errors ?? [])
        .slice(0, 3)
        .map((e) => (0,_parsers_schema_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .formatSchemaError */ .t)(e))
        .join('; ');
    return `not a valid ${PROMOTION_CONTRACT} record (${why})`;
}
/** Whether a word is one of the gate's decisions. */
function isDecision(d) {
    return d !== null && _status_js__WEBPACK_IMPORTED_MODULE_3__/* .DECISIONS */ .Yv.includes(d);
}
/**
 * Walks an environment's records in the order they were made: each must be a valid record of this
 * environment, unchanged since it was sealed, numbered one after the other, and name the digest
 * of the one before it. With a key, each must also be signed with it (the chain alone cannot
 * tell a well-formed record appended by someone else). The first break is reported with where.
 *
 * Never throws on what a store returns: a record that is not valid against the schema, or that
 * has no RFC 8785 canonical form (a string with a lone surrogate, see `canonicalProblem`), breaks
 * the chain at that record with the reason.
 */
function verifyChain(environment, entries, key) {
    const records = [];
    const broken = (where, message) => ({
        environment,
        ok: false,
        records,
        head: null,
        broken: { where, message }
    });
    for (const [i, entry] of entries.entries()) {
        const r = entry.record;
        let invalid;
        try {
            invalid = recordSchemaProblem(r) ?? (0,_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalProblem */ .WU)(r);
        }
        catch (e) {
            invalid = `cannot be read as a ${PROMOTION_CONTRACT} record (${e instanceof Error ? e.message : String(e)})`;
        }
        if (invalid !== undefined)
            return broken(entry.where, invalid);
        const rec = r;
        const want = recordDigest(rec);
        if (rec.digest !== want) {
            return broken(entry.where, `record changed after it was sealed: its content hashes to ${want}, it says ${rec.digest}`);
        }
        if (key !== undefined && !signedBy(rec, key)) {
            return broken(entry.where, rec.signature === undefined
                ? 'record is not signed, but a signing key was given: it was not written by a promotion holding the key'
                : 'record signature does not match the signing key: forged, or written with another key');
        }
        if (rec.environment !== environment) {
            return broken(entry.where, `a record of '${rec.environment}' among ${environment}'s`);
        }
        if (rec.sequence !== i + 1) {
            return broken(entry.where, `record number ${rec.sequence} where number ${i + 1} belongs: a record is missing or repeated`);
        }
        const before = records[i - 1];
        const expected = before ? before.digest : null;
        if (rec.previous !== expected) {
            return broken(entry.where, `names ${rec.previous ?? 'no previous record'} as the record before it, but the record before it is ${expected ?? 'none'}`);
        }
        records.push(rec);
    }
    return { environment, ok: true, records, head: records.at(-1) ?? null };
}
/**
 * The record a rollback goes back to: the newest before the head with another bundle, passing
 * over records that an earlier rollback undid (a second rollback goes further back, not forward).
 */
function rollbackTarget(chain) {
    const head = chain.head;
    if (!head)
        return undefined;
    const undone = new Set(chain.records.map((r) => r.rollback_of).filter((d) => d !== undefined));
    for (let i = chain.records.length - 2; i >= 0; i--) {
        const r = chain.records[i];
        if (r && r.bundle.digest !== head.bundle.digest && !undone.has(r.digest))
            return r;
    }
    return undefined;
}
const PROMOTION_CHECKS = {
    bundle: 'bundle-verifies',
    order: 'corridor-order',
    decision: 'gate-decision',
    reviewers: 'environment-reviewers',
    approval: 'run-approval',
    chain: 'history-chain',
    recorded: 'recorded'
};
const DECISION_RANK = { go: 2, 'conditional-go': 1, 'no-go': 0 };
/** The promotion checks, pure: each passed, failed or unverified with what to do. */
function judgePromotion(f) {
    const env = corridorStop(f.corridor, f.environment);
    return [
        bundleCheck(f),
        orderCheck(f, env),
        decisionCheck(f, env),
        ...reviewerChecks(f, env),
        chainCheck(f.target)
    ];
}
/** The environment's declaration: own keys only (`constructor` is not a declared environment). */
function corridorStop(corridor, name) {
    return corridor !== undefined && Object.hasOwn(corridor, name) ? corridor[name] : undefined;
}
/** Whether the checks allow recording the promotion. */
function promotionAllowed(checks, f) {
    return checks.every((c) => c.status === 'passed' ||
        (c.status === 'unverified' &&
            f.allowUnverifiedReviewers === true &&
            f.rules.kind === 'local' &&
            (c.id === PROMOTION_CHECKS.reviewers || c.id === PROMOTION_CHECKS.approval)));
}
function bundleCheck(f) {
    const id = PROMOTION_CHECKS.bundle;
    const b = f.bundle;
    if (!b.ok) {
        const shown = b.problems
            .slice(0, 5)
            .map((p) => (p.file ? `${p.file}: ${p.message}` : p.message));
        const more = b.problems.length > 5 ? ` (and ${b.problems.length - 5} more)` : '';
        return {
            id,
            status: 'failed',
            message: `the bundle does not verify: ${shown.join('; ')}${more}`,
            remediation: 'promote the bundle exactly as action-release-bundle made it; a bundle changed after the gate is never promoted'
        };
    }
    if (b.lineageProblems.length > 0) {
        return {
            id,
            status: 'failed',
            message: `the bundle's lineage is incomplete: ${b.lineageProblems.slice(0, 5).join('; ')}`,
            remediation: 'a bundle whose own lineage is incomplete (a required job failed or is missing) is never promoted; fix the release run and bundle again'
        };
    }
    const replay = b.replay;
    if (replay?.kind === 'different') {
        return {
            id,
            status: 'failed',
            message: `the bundle does not replay: deciding again from its policy and evidence gives another summary (${replay.differences.slice(0, 5).join('; ')}${replay.differences.length > 5 ? ` and ${replay.differences.length - 5} more` : ''})`,
            remediation: 'run gonogo bundle verify PATH --replay to see what differs; a bundle whose decision does not follow from its own evidence is never promoted: run the gate again and bundle its output'
        };
    }
    // A rollback returns to a bundle promoted before; one made before replayable bundles is let
    // through as it was then.
    // No replay result at all is treated as a bundle that cannot be replayed (fail closed).
    if (replay?.kind !== 'same' && !f.allowUnreplayable && f.kind !== 'rollback') {
        return {
            id,
            status: 'failed',
            message: `the bundle cannot be replayed: ${replay?.kind === 'unreplayable' ? replay.message : 'it was not replayed'}`,
            remediation: 'rebuild the bundle with this gonogo (gonogo gate, then bundle create --summary with its output), or accept it once with --allow-unreplayable (input allow-unreplayable: true): the record then says it was not replayed'
        };
    }
    if (f.kind === 'rollback' && f.rollbackTo && f.rollbackTo.bundle.digest !== b.digest) {
        return {
            id,
            status: 'failed',
            message: `bundle ${b.id ?? '?'} (${b.digest ?? '?'}) is not the one record ${f.rollbackTo.sequence} promoted (${f.rollbackTo.bundle.id}, ${f.rollbackTo.bundle.digest})`,
            remediation: `roll back with bundle ${f.rollbackTo.bundle.id}`
        };
    }
    return {
        id,
        status: 'passed',
        message: `bundle ${b.id ?? '?'} verifies: ${b.files ?? 0} files, digest ${b.digest ?? '?'}, ${b.signed === 'verified' ? 'signature verified' : 'not signed (no signing key given)'}, ${replay?.kind === 'same' ? 'replays to the same decision' : 'not replayed (it records no inputs; accepted as unreplayable)'}`
    };
}
function undeclared(f) {
    const names = Object.keys(f.corridor ?? {});
    return names.length > 0
        ? `environment '${f.environment}' is not declared under 'environments' in the policy file (declared: ${names.join(', ')})`
        : `the policy file declares no 'environments': the corridor (for example dev → staging → prod) is unknown`;
}
function orderCheck(f, env) {
    const id = PROMOTION_CHECKS.order;
    if (!env) {
        return {
            id,
            status: 'failed',
            message: undeclared(f),
            remediation: `declare environments.${f.environment} with 'requires' (and 'from' for a later stop)`
        };
    }
    if (f.kind === 'rollback') {
        const to = f.rollbackTo;
        if (!to) {
            return {
                id,
                status: 'failed',
                message: f.target.head
                    ? `nothing to roll back to: ${f.environment} has only ever run bundle ${f.target.head.bundle.id}`
                    : `nothing to roll back to: ${f.environment} has no promotion yet`
            };
        }
        return {
            id,
            status: 'passed',
            message: `rolls ${f.environment} back to bundle ${to.bundle.id}, which record ${to.sequence} promoted on ${to.promoted_at}`,
            observed: { record: to.digest }
        };
    }
    if (env.from === undefined || (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .takesFresh */ .Xp)(env)) {
        const note = env.from === undefined ? '' : ` (it also takes bundles from ${env.from})`;
        return { id, status: 'passed', message: `${f.environment} takes fresh bundles${note}` };
    }
    const src = f.source;
    const name = env.from;
    if (!src) {
        return { id, status: 'failed', message: `the history of ${name} was not read` };
    }
    if (!src.ok) {
        return {
            id,
            status: 'failed',
            message: `the history of ${name} is broken at ${src.broken?.where ?? '?'} (${src.broken?.message ?? ''}): what runs there is unknown`,
            remediation: `repair or roll back ${name} first`
        };
    }
    if (!src.head) {
        return {
            id,
            status: 'failed',
            message: `${name} has no promotion yet: promote bundle ${f.bundle.id ?? '?'} to ${name} before ${f.environment} (the corridor declares ${f.environment} from ${name})`,
            remediation: `promote to ${name} first`
        };
    }
    if (src.head.bundle.digest !== f.bundle.digest) {
        return {
            id,
            status: 'failed',
            message: `${name} runs bundle ${src.head.bundle.id} (${src.head.bundle.digest}, record ${src.head.sequence}), not bundle ${f.bundle.id ?? '?'} (${f.bundle.digest ?? '?'}): a bundle reaches ${f.environment} only through ${name}`,
            remediation: `promote bundle ${f.bundle.id ?? '?'} to ${name} first, or promote ${src.head.bundle.id}`,
            wanted: f.bundle.digest,
            observed: src.head.bundle.digest
        };
    }
    return {
        id,
        status: 'passed',
        message: `${name} runs this bundle (record ${src.head.sequence}, ${src.head.digest})`,
        observed: { environment: name, record: src.head.digest }
    };
}
function decisionCheck(f, env) {
    const id = PROMOTION_CHECKS.decision;
    if (!env)
        return { id, status: 'failed', message: undeclared(f) };
    const d = f.bundle.decision;
    if (!isDecision(d)) {
        return {
            id,
            status: 'failed',
            message: d === null
                ? "the bundle holds no gate decision (no readable executive-summary.json): build it after action-gate with its 'summary' folder"
                : `the bundle's executive-summary.json says decision '${d}', which is not go, conditional-go or no-go`
        };
    }
    // requires is go or conditional-go, so no-go never meets it
    const ok = DECISION_RANK[d] >= DECISION_RANK[env.requires];
    return {
        id,
        status: ok ? 'passed' : 'failed',
        message: ok
            ? `gate decision ${d} meets ${f.environment}'s requirement (${env.requires})`
            : `gate decision ${d} does not meet ${f.environment}'s requirement (${env.requires})`,
        wanted: env.requires,
        observed: d
    };
}
function reviewerChecks(f, env) {
    const id = PROMOTION_CHECKS.reviewers;
    if (!env)
        return [{ id, status: 'failed', message: undeclared(f) }];
    const required = env.reviewers ?? 0;
    const preventSelf = env.prevent_self_review === true;
    const checks = [];
    const r = f.rules;
    if (required === 0 && !preventSelf) {
        checks.push({
            id,
            status: 'passed',
            message: `${f.environment} declares no required reviewers`
        });
    }
    else if (r.kind === 'local') {
        checks.push({
            id,
            status: 'unverified',
            message: `${f.environment} requires ${required} reviewer(s); the local state cannot read GitHub's environment protection rules`,
            remediation: 'promote through action-release-bundle (mode: promote) in a job with `environment:`; to rehearse locally pass --allow-unverified-reviewers (the record says the reviewers were not verified)'
        });
    }
    else if (r.kind === 'unreadable') {
        checks.push({ id, status: 'unverified', message: r.message, unlock: r.unlock });
    }
    else if (r.kind === 'absent') {
        checks.push({
            id,
            status: 'failed',
            message: r.message,
            remediation: `create the environment '${f.environment}' (Settings → Environments) with required reviewers`
        });
    }
    else {
        const problems = [];
        if (required > 0 && !r.hasReviewersRule)
            problems.push(`has no required-reviewers protection rule (the policy wants ${required})`);
        else if (r.reviewers.length < required)
            problems.push(`names ${r.reviewers.length} required reviewer(s) (${r.reviewers.join(', ') || 'none'}), the policy wants at least ${required}`);
        if (preventSelf && !r.preventSelfReview)
            problems.push('lets the person who started the run approve it (prevent self-review is off)');
        checks.push(problems.length > 0
            ? {
                id,
                status: 'failed',
                message: `environment ${f.environment} ${problems.join('; ')}`,
                remediation: `Settings → Environments → ${f.environment} → Deployment protection rules`,
                wanted: { reviewers: required, prevent_self_review: preventSelf },
                observed: { reviewers: r.reviewers, prevent_self_review: r.preventSelfReview }
            }
            : {
                id,
                status: 'passed',
                message: `environment ${f.environment} requires a review by one of ${r.reviewers.join(', ')}${r.preventSelfReview ? ' (no self-review)' : ''}`
            });
    }
    if (required > 0)
        checks.push(approvalCheck(f));
    return checks;
}
function approvalCheck(f) {
    const id = PROMOTION_CHECKS.approval;
    const a = f.approvals;
    if (a.kind === 'local') {
        return {
            id,
            status: 'unverified',
            message: 'approvals are GitHub’s: the local state has none to record'
        };
    }
    if (a.kind === 'unreadable')
        return { id, status: 'unverified', message: a.message, unlock: a.unlock };
    const rejected = a.approvals.filter((x) => x.state === 'rejected');
    const approved = a.approvals.filter((x) => x.state === 'approved');
    if (rejected.length > 0) {
        return {
            id,
            status: 'failed',
            message: `this run's deployment to ${f.environment} was rejected by ${rejected.map((x) => x.user).join(', ')}`
        };
    }
    if (approved.length === 0) {
        return {
            id,
            status: 'failed',
            message: `this run has no approval for ${f.environment}`,
            remediation: `run the promotion in a job that declares \`environment: ${f.environment}\`, so GitHub asks the environment's reviewers`
        };
    }
    return {
        id,
        status: 'passed',
        message: `approved for ${f.environment} by ${approved.map((x) => x.user).join(', ')}`
    };
}
function chainCheck(chain) {
    const id = PROMOTION_CHECKS.chain;
    if (!chain.ok) {
        return {
            id,
            status: 'failed',
            message: `the history of ${chain.environment} is broken at ${chain.broken?.where ?? '?'}: ${chain.broken?.message ?? ''}`,
            remediation: 'a broken history blocks every promotion: find who changed or removed the record, restore it, and promote again'
        };
    }
    return {
        id,
        status: 'passed',
        message: chain.head
            ? `the history of ${chain.environment} is intact: ${chain.records.length} record(s), the last ${chain.head.digest}`
            : `${chain.environment} has no history yet: this is its first record`
    };
}


/***/ }),

/***/ 8198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jv: () => (/* binding */ scrubBytes),
/* harmony export */   Zg: () => (/* binding */ scrubSecrets),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   kH: () => (/* binding */ hasSecrets),
/* harmony export */   lL: () => (/* binding */ clearSecrets)
/* harmony export */ });
/* unused harmony exports MASK, MIN_SECRET_LENGTH */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Secrets gonogo was given (the API token, a signing key) and their removal from every text it
 * writes: reports, summaries, comments, check-run output, error messages. The runner masks
 * registered secrets in its logs only (`core.setSecret`, "Masking a value in a log" in GitHub's
 * workflow-commands docs); files, comments and check runs are written as given, so an API error
 * body that echoes the request would otherwise carry the token into them.
 *
 * Like the runner, a multi-line secret is also registered line by line, and each secret is
 * matched as written, URL-encoded, JSON-escaped and Base64-encoded (as in an `Authorization:
 * basic` header). Values shorter than {@link MIN_SECRET_LENGTH} are not registered: replacing them
 * would mangle ordinary text and they are no credential GitHub issues.
 */

/** What a secret is replaced with (the runner's mask). */
const MASK = '***';
/** Shorter values are not treated as secrets. */
const MIN_SECRET_LENGTH = 8;
const secrets = new Set();
let pattern;
/**
 * Registers a secret value (and its lines, and their encodings) to be scrubbed from every text
 * gonogo writes from now on. Empty or short values are ignored.
 */
function registerSecret(value) {
    if (!value)
        return;
    const parts = new Set([value, value.trim()]);
    for (const line of value.split(/\r?\n/))
        parts.add(line.trim());
    let added = false;
    for (const p of parts) {
        if (p.length < MIN_SECRET_LENGTH)
            continue;
        for (const form of encodings(p)) {
            if (form.length >= MIN_SECRET_LENGTH && !secrets.has(form)) {
                secrets.add(form);
                added = true;
            }
        }
    }
    if (added)
        pattern = undefined;
}
/** `text` with every registered secret replaced by {@link MASK}; unchanged when none is found. */
function scrubSecrets(text) {
    if (secrets.size === 0 || text.length === 0)
        return text;
    pattern ??= new RegExp(
    // Longest first, so a secret that contains another is replaced whole.
    [...secrets]
        .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
        .map(escapeRegExp)
        .join('|'), 'g');
    return text.replace(pattern, MASK);
}
/**
 * Bytes with every registered secret replaced, for a file copied as evidence (a report in a
 * bundle). Only valid UTF-8 is scrubbed: a binary file, or text in another encoding (UTF-16), is
 * evidence whose bytes gonogo does not rewrite, so it is returned unchanged (the same Buffer).
 * Returns the same Buffer when nothing was replaced, so the bytes change only when a secret is
 * present.
 */
function scrubBytes(data) {
    if (secrets.size === 0 || data.length === 0 || !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(data))
        return data;
    const text = data.toString('utf8');
    const scrubbed = scrubSecrets(text);
    return scrubbed === text ? data : Buffer.from(scrubbed, 'utf8');
}
/** Whether any secret is registered (writers may skip scrubbing binary data otherwise). */
function hasSecrets() {
    return secrets.size > 0;
}
/** Forgets every registered secret (tests; a new run in the same process). */
function clearSecrets() {
    secrets.clear();
    pattern = undefined;
}
function encodings(s) {
    const json = JSON.stringify(s).slice(1, -1);
    return [
        s,
        encodeURIComponent(s),
        json,
        Buffer.from(s, 'utf8').toString('base64').replace(/=+$/, ''),
        Buffer.from(`x-access-token:${s}`, 'utf8').toString('base64').replace(/=+$/, '')
    ];
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


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


/***/ }),

/***/ 2334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TM: () => (/* binding */ parseRfc3339),
/* harmony export */   cD: () => (/* binding */ parseEffectiveTime),
/* harmony export */   sO: () => (/* binding */ DAY_MS)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/**
 * Parses an RFC 3339 date (`2026-11-21`, meaning its first instant in UTC) or date-time. Unlike
 * Date.parse it refuses impossible calendar values (2026-02-30, 24:00) instead of rolling them over.
 * Returns NaN when the text is not such a time.
 */
function parseRfc3339(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.exec(text);
    if (!m)
        return NaN;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const day = new Date(Date.UTC(y, mo - 1, d));
    if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d)
        return NaN;
    if (m[4] === undefined)
        return day.getTime();
    if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)
        return NaN;
    return Date.parse(text);
}
const DAY_MS = 24 * 60 * 60 * 1000;
/** An `effective-time` input or option: an RFC 3339 time, or a configuration error saying so. */
function parseEffectiveTime(value) {
    const t = parseRfc3339(value);
    if (Number.isNaN(t)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`effective time '${value}' is not an RFC 3339 time such as 2026-11-21T00:00:00Z`);
    }
    return t;
}


/***/ }),

/***/ 9505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ip: () => (/* binding */ describeChar),
/* harmony export */   P8: () => (/* binding */ visibleLine),
/* harmony export */   wi: () => (/* binding */ nameInvisibles)
/* harmony export */ });
/**
 * Text as messages show it: characters a reader cannot see (controls, format characters such as
 * U+200B, separators, a byte-order mark) are named instead of printed. Pure.
 */
const CHAR_NAMES = {
    0x00: 'NUL',
    0x09: 'tab',
    0x0a: 'line feed',
    0x0d: 'carriage return',
    0x20: 'space',
    0x1b: 'escape',
    0x7f: 'delete',
    0xa0: 'no-break space',
    0xad: 'soft hyphen',
    0x034f: 'combining grapheme joiner',
    0x061c: 'Arabic letter mark',
    0x180e: 'Mongolian vowel separator',
    0x200b: 'zero width space',
    0x200c: 'zero width non-joiner',
    0x200d: 'zero width joiner',
    0x200e: 'left-to-right mark',
    0x200f: 'right-to-left mark',
    0x2028: 'line separator',
    0x2029: 'paragraph separator',
    0x202a: 'left-to-right embedding',
    0x202b: 'right-to-left embedding',
    0x202c: 'pop directional formatting',
    0x202d: 'left-to-right override',
    0x202e: 'right-to-left override',
    0x202f: 'narrow no-break space',
    0x2060: 'word joiner',
    0x2066: 'left-to-right isolate',
    0x2067: 'right-to-left isolate',
    0x2068: 'first strong isolate',
    0x2069: 'pop directional isolate',
    0x3000: 'ideographic space',
    0xfeff: 'byte-order mark',
    0xfffd: 'replacement character (bytes that were not valid text)',
    0xfffe: 'noncharacter (a byte-swapped byte-order mark?)',
    0xffff: 'noncharacter'
};
/**
 * A character as messages show it: `U+FEFF byte-order mark`, `U+0000 NUL`, `U+001F control
 * character`, `"x"` for a visible one.
 *
 * @param cp a Unicode code point (or a lone UTF-16 surrogate)
 */
function describeChar(cp) {
    const u = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    const name = CHAR_NAMES[cp];
    if (name)
        return `${u} ${name}`;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
        return `${u} control character`;
    if (cp >= 0xd800 && cp <= 0xdfff)
        return `${u} unpaired surrogate`;
    if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000)
        return `${u} private-use character`;
    if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe)
        return `${u} noncharacter`;
    const ch = String.fromCodePoint(cp);
    if (INVISIBLE.test(ch))
        return `${u} invisible character`;
    return `"${ch}" (${u})`;
}
/** Characters a reader cannot see: controls (but tab and line breaks), format, separators, … */
const INVISIBLE = 
// eslint-disable-next-line no-control-regex -- naming control characters is the point
/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u00A0\u00AD\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\p{Zs}\uFFFD\uFFFE\uFFFF]/u;
const INVISIBLES = new RegExp(INVISIBLE.source, 'gu');
/**
 * `text` with every invisible character (other than space, tab and line breaks) replaced by its
 * name in brackets, e.g. `a[U+200B zero width space]b`. Idempotent.
 */
function nameInvisibles(text) {
    return text.replace(INVISIBLES, (ch) => ch === ' ' ? ch : `[${describeChar(ch.codePointAt(0) ?? 0)}]`);
}
/**
 * `text` on one line, with every invisible character named and line breaks and tabs named too
 * (`@team[U+000A line feed]x`): for values a policy or report supplies (owners, reasons, paths)
 * shown inside a one-line message.
 */
function visibleLine(text) {
    return nameInvisibles(text).replace(/[\t\n\r]/g, (ch) => `[${describeChar(ch.codePointAt(0) ?? 0)}]`);
}


/***/ }),

/***/ 8006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Rg: () => (/* binding */ runGate)
});

// UNUSED EXPORTS: BUILTIN_REPORT_PREFIX, JOB_SUMMARY_MAX_CHARS, builtinReportText

// EXTERNAL MODULE: ./src/checks/registry.ts
var registry = __webpack_require__(6538);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/bundle-manifest.ts
var bundle_manifest = __webpack_require__(7985);
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(484);
// EXTERNAL MODULE: ./src/io/bundle-copy.ts
var bundle_copy = __webpack_require__(426);
// EXTERNAL MODULE: ./src/core/decision.ts
var decision = __webpack_require__(5125);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/contracts.ts
var contracts = __webpack_require__(3348);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/core/policy.ts
var core_policy = __webpack_require__(2721);
;// CONCATENATED MODULE: ./src/core/profile.ts


class ProfileSelectionError extends Error {
}
/** Picks the profile: an explicit override, else the first matching `select_profile` rule. */
function selectProfile(policy, ctx) {
    const profiles = policy.profiles ?? core_policy/* DEFAULT_PROFILES */.$Z;
    const names = Object.keys(profiles).sort();
    const pick = (name, by) => {
        const p = Object.hasOwn(profiles, name) ? profiles[name] : undefined;
        if (!p) {
            throw new ProfileSelectionError(`profile '${name}' is not declared; declared profiles: ${names.join(', ')}`);
        }
        return { name, max_high: p.max_high, max_medium: p.max_medium, selected_by: by };
    };
    if (ctx.override)
        return pick(ctx.override, 'override');
    const rules = policy.select_profile;
    if (!rules) {
        if (names.length === 1)
            return pick(names[0], 'only profile');
        if (Object.hasOwn(profiles, 'strict'))
            return pick('strict', 'default (strict)');
        throw new ProfileSelectionError(`several profiles are declared but no select_profile rules; add select_profile or pass a profile`);
    }
    for (const [i, rule] of rules.entries()) {
        if (rule.event !== undefined && rule.event !== ctx.event)
            continue;
        if (rule.branch !== undefined && !picomatch_default().isMatch(ctx.branch, rule.branch, { dot: true }))
            continue;
        return pick(rule.profile, `select_profile[${i}]`);
    }
    throw new ProfileSelectionError(`no select_profile rule matches event '${ctx.event}' on branch '${ctx.branch}'; add a last rule without event and branch as the fallback`);
}

// EXTERNAL MODULE: ./src/io/atomic-write.ts
var atomic_write = __webpack_require__(7869);
// EXTERNAL MODULE: ./src/io/policy-file.ts
var policy_file = __webpack_require__(9707);
// EXTERNAL MODULE: ./src/core/visible-text.ts
var visible_text = __webpack_require__(9505);
// EXTERNAL MODULE: ./src/core/map-limit.ts
var map_limit = __webpack_require__(3075);
;// CONCATENATED MODULE: ./src/core/evidence.ts
const MAX_FINDINGS_PER_CONTROL = 100;
/** Keeps the non-passed findings, failed before unverified, in a stable order, capped. */
function keepFindings(all) {
    const rank = (f) => (f.status === 'failed' ? 0 : 1);
    const notPassed = all
        .filter((f) => f.status !== 'passed')
        .map((f, i) => ({ f, i }))
        .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
        .map(({ f }) => f);
    return {
        findings: notPassed.slice(0, MAX_FINDINGS_PER_CONTROL),
        omitted: Math.max(0, notPassed.length - MAX_FINDINGS_PER_CONTROL)
    };
}
/** Adds counts key by key (for controls fed by several files). */
function addSummaries(a, b) {
    const out = { ...a };
    for (const [k, v] of Object.entries(b))
        out[k] = (out[k] ?? 0) + v;
    return out;
}

// EXTERNAL MODULE: ./src/core/status.ts
var core_status = __webpack_require__(5009);
;// CONCATENATED MODULE: ./src/parsers/decode-text.ts

const SAVE_AS_UTF8 = 'save the report as UTF-8';
/**
 * Decodes a report file's bytes.
 *
 * @param bytes the whole file
 * @param syntax `xml` (byte-order mark, Appendix F detection, encoding declaration) or `json`
 *   (byte-order mark, else UTF-8)
 * @returns the text without its byte-order mark and the encoding used, or a refusal whose message
 *   (no file name; the caller adds it) says where the bytes go wrong and what to do
 */
function decodeText(bytes, syntax) {
    const b = (i) => bytes[i] ?? -1;
    if (b(0) === 0x1f && b(1) === 0x8b)
        return refuse('gzip-compressed data, not text; decompress it before the gate reads it');
    if (b(0) === 0x50 && b(1) === 0x4b && b(2) === 0x03 && b(3) === 0x04)
        return refuse('a ZIP archive, not text; extract the report from it first');
    // UTF-32 byte-order marks first: FF FE 00 00 also starts like the UTF-16LE one.
    if ((b(0) === 0x00 && b(1) === 0x00 && b(2) === 0xfe && b(3) === 0xff) ||
        (b(0) === 0xff && b(1) === 0xfe && b(2) === 0x00 && b(3) === 0x00))
        return refuse(`starts with a UTF-32 byte-order mark; UTF-32 is not supported, ${SAVE_AS_UTF8}`);
    if (b(0) === 0xef && b(1) === 0xbb && b(2) === 0xbf)
        return withDeclaration(utf8(bytes, 3, syntax), 'UTF-8', true, syntax);
    if (b(0) === 0xff && b(1) === 0xfe)
        return withDeclaration(utf16(bytes, 2, 'UTF-16LE'), 'UTF-16LE', true, syntax);
    if (b(0) === 0xfe && b(1) === 0xff)
        return withDeclaration(utf16(bytes, 2, 'UTF-16BE'), 'UTF-16BE', true, syntax);
    if (syntax === 'json')
        return done(utf8(bytes, 0, syntax), 'UTF-8', false);
    // XML without a byte-order mark: Appendix F.1, the second table.
    const first4 = [b(0), b(1), b(2), b(3)].join(',');
    if (['0,0,0,60', '60,0,0,0', '0,0,60,0', '0,60,0,0'].includes(first4))
        return refuse(`is UCS-4 (UTF-32) encoded; that is not supported, ${SAVE_AS_UTF8}`);
    if (first4 === '0,60,0,63')
        return withDeclaration(utf16(bytes, 0, 'UTF-16BE'), 'UTF-16BE', false, syntax);
    if (first4 === '60,0,63,0')
        return withDeclaration(utf16(bytes, 0, 'UTF-16LE'), 'UTF-16LE', false, syntax);
    if (first4 === '76,111,167,148')
        return refuse(`is EBCDIC encoded; that is not supported, ${SAVE_AS_UTF8}`);
    return asciiCompatible(bytes);
}
function refuse(message) {
    return { ok: false, message };
}
function done(step, encoding, bom) {
    return step.ok ? { ok: true, text: step.text, encoding, bom } : step;
}
/** XML with a byte-order mark or UTF-16 detected from `<?`: the declaration must agree. */
function withDeclaration(step, encoding, bom, syntax) {
    if (!step.ok || syntax === 'json')
        return done(step, encoding, bom);
    const label = declaredEncoding(step.text);
    const family = encoding === 'UTF-8' ? 'UTF-8' : 'UTF-16';
    const how = bom
        ? `its byte-order mark (U+FEFF in ${encoding}) says`
        : `its first bytes ("<?" in ${encoding}) say`;
    // No encoding named: the byte-order mark, or "<?" read as UTF-16, is the only reading there is
    // (§4.3.3 wants a mark on UTF-16; expat, like gonogo, reads it without one).
    if (label === undefined)
        return done(step, encoding, bom);
    if (labelFamily(label) !== family) {
        return refuse(`${how} ${encoding} but its XML declaration says encoding="${label}" (a fatal error by XML 1.0 §4.3.3); ${SAVE_AS_UTF8} with a matching declaration`);
    }
    return done(step, encoding, bom);
}
/** ASCII-compatible bytes without a byte-order mark: UTF-8 unless the declaration says otherwise. */
function asciiCompatible(bytes) {
    // The declaration is ASCII in every encoding of this family; read it through latin1.
    const head = latin1(bytes.subarray(0, 256));
    const label = declaredEncoding(head);
    const family = label === undefined ? 'UTF-8' : labelFamily(label);
    switch (family) {
        case 'UTF-8':
            return done(utf8(bytes, 0, 'xml'), 'UTF-8', false);
        case 'US-ASCII': {
            const at = bytes.findIndex((x) => x > 0x7f);
            if (at < 0)
                return { ok: true, text: latin1(bytes), encoding: 'US-ASCII', bom: false };
            return refuse(`declares encoding="${label}" but byte 0x${hex(bytes[at] ?? 0)} at line ${byteLine(bytes, at)} (byte offset ${at}) is not ASCII; ${SAVE_AS_UTF8} and declare encoding="UTF-8"`);
        }
        case 'ISO-8859-1':
            return { ok: true, text: latin1(bytes), encoding: 'ISO-8859-1', bom: false };
        case 'windows-1252':
            return {
                ok: true,
                text: windows1252(bytes),
                encoding: 'windows-1252',
                bom: false
            };
        case 'UTF-16':
            return refuse(`declares encoding="${label}" but has no byte-order mark and its bytes are not UTF-16 (XML 1.0 §4.3.3); ${SAVE_AS_UTF8} and declare encoding="UTF-8"`);
        default:
            return refuse(`declares encoding="${label}", which gonogo does not read (UTF-8, UTF-16, US-ASCII, ISO-8859-1 and windows-1252 only); ${SAVE_AS_UTF8}`);
    }
}
/**
 * windows-1252 per the WHATWG Encoding Standard's index (bytes 0x80–0x9F are not the C1
 * controls ISO-8859-1 has there). Node 20's TextDecoder decodes this label as ISO-8859-1, so the
 * 32 bytes that differ are mapped here; 0x81, 0x8D, 0x8F, 0x90 and 0x9D stay as they are.
 */
const WINDOWS_1252_80_9F = [
    0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
    0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
    0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
];
function windows1252(bytes) {
    let out = '';
    for (let i = 0; i < bytes.length; i += 8192) {
        const chunk = bytes.subarray(i, i + 8192);
        out += String.fromCharCode(...Array.from(chunk, (b) => b >= 0x80 && b <= 0x9f ? (WINDOWS_1252_80_9F[b - 0x80] ?? b) : b));
    }
    return out;
}
const XML_DECL_ENCODING = /^<\?xml[\x20\t\r\n]+version[\x20\t\r\n]*=[\x20\t\r\n]*(["'])1\.[0-9]+\1[\x20\t\r\n]+encoding[\x20\t\r\n]*=[\x20\t\r\n]*(["'])([A-Za-z][A-Za-z0-9._-]*)\2/;
/** The `encoding` of an XML declaration at the very start of `text`, if there is one. */
function declaredEncoding(text) {
    return XML_DECL_ENCODING.exec(text)?.[3];
}
/** Encoding names are case-insensitive (XML 1.0 §4.3.3); the IANA names and common aliases. */
function labelFamily(label) {
    const l = label.toLowerCase();
    if (l === 'utf-8' || l === 'utf8')
        return 'UTF-8';
    if (['utf-16', 'utf-16le', 'utf-16be', 'iso-10646-ucs-2', 'ucs-2'].includes(l))
        return 'UTF-16';
    if (['us-ascii', 'ascii', 'iso646-us', 'ansi_x3.4-1968'].includes(l))
        return 'US-ASCII';
    if (['iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'latin-1', 'l1'].includes(l))
        return 'ISO-8859-1';
    if (l === 'windows-1252' || l === 'cp1252')
        return 'windows-1252';
    return 'other';
}
function latin1(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
function utf8(bytes, from, syntax) {
    const body = bytes.subarray(from);
    try {
        return {
            ok: true,
            text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body)
        };
    }
    catch {
        // Not text at all (an image, an archive, a compiled file): say so rather than where.
        if (looksBinary(body)) {
            return { ok: false, message: `binary data, not ${syntax === 'xml' ? 'XML' : 'JSON'}` };
        }
        const at = firstBadUtf8(body);
        const offset = from + at;
        const shown = Array.from(body.subarray(at, at + 4), (x) => `0x${hex(x)}`).join(' ');
        const fix = syntax === 'xml'
            ? `${SAVE_AS_UTF8} or declare its encoding in the XML declaration`
            : `${SAVE_AS_UTF8} (RFC 8259 §8.1)`;
        return {
            ok: false,
            message: `not valid UTF-8 at line ${byteLine(bytes, offset)} (byte offset ${offset}: ${shown}); ${fix}`
        };
    }
}
/** A NUL or another C0 control byte (not tab, line feed, form feed, carriage return) early on. */
function looksBinary(bytes) {
    const n = Math.min(bytes.length, 8192);
    for (let i = 0; i < n; i++) {
        const c = bytes[i] ?? 0;
        if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d)
            return true;
    }
    return false;
}
function utf16(bytes, from, encoding) {
    const body = bytes.subarray(from);
    if (body.length % 2 !== 0) {
        return {
            ok: false,
            message: `is ${encoding} but has an odd number of bytes (${bytes.length}); the file is cut short or not ${encoding}; ${SAVE_AS_UTF8}`
        };
    }
    let le = body;
    if (encoding === 'UTF-16BE') {
        le = new Uint8Array(body.length);
        for (let i = 0; i < body.length; i += 2) {
            le[i] = body[i + 1] ?? 0;
            le[i + 1] = body[i] ?? 0;
        }
    }
    try {
        return {
            ok: true,
            text: new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(le)
        };
    }
    catch {
        const units = new Uint16Array(le.buffer, le.byteOffset, le.length / 2);
        const at = firstUnpairedSurrogate(units);
        let line = 1;
        for (let i = 0; i < at; i++)
            if (units[i] === 0x0a)
                line++;
        return {
            ok: false,
            message: `is not valid ${encoding} at line ${line} (byte offset ${from + at * 2}: ${(0,visible_text/* describeChar */.Ip)(units[at] ?? 0)}); ${SAVE_AS_UTF8}`
        };
    }
}
/** Offset of the first byte that does not continue a valid UTF-8 sequence (RFC 3629 §4). */
function firstBadUtf8(b) {
    let i = 0;
    while (i < b.length) {
        const c = b[i] ?? 0;
        let n;
        let lo = 0x80;
        let hi = 0xbf;
        if (c < 0x80)
            n = 0;
        else if (c >= 0xc2 && c <= 0xdf)
            n = 1;
        else if (c >= 0xe0 && c <= 0xef) {
            n = 2;
            if (c === 0xe0)
                lo = 0xa0;
            if (c === 0xed)
                hi = 0x9f;
        }
        else if (c >= 0xf0 && c <= 0xf4) {
            n = 3;
            if (c === 0xf0)
                lo = 0x90;
            if (c === 0xf4)
                hi = 0x8f;
        }
        else
            return i;
        for (let k = 1; k <= n; k++) {
            const x = b[i + k];
            if (x === undefined)
                return i;
            if (k === 1 ? x < lo || x > hi : x < 0x80 || x > 0xbf)
                return i;
        }
        i += n + 1;
    }
    return b.length;
}
function firstUnpairedSurrogate(u) {
    for (let i = 0; i < u.length; i++) {
        const c = u[i] ?? 0;
        if (c >= 0xd800 && c <= 0xdbff) {
            const d = u[i + 1] ?? 0;
            if (d >= 0xdc00 && d <= 0xdfff) {
                i++;
                continue;
            }
            return i;
        }
        if (c >= 0xdc00 && c <= 0xdfff)
            return i;
    }
    return u.length;
}
function byteLine(bytes, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < bytes.length; i++)
        if (bytes[i] === 0x0a)
            line++;
    return line;
}
function hex(n) {
    return n.toString(16).toUpperCase().padStart(2, '0');
}


// EXTERNAL MODULE: ./src/parsers/verdict.ts
var verdict = __webpack_require__(9281);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
// EXTERNAL MODULE: ./src/parsers/json-error.ts
var json_error = __webpack_require__(1639);
;// CONCATENATED MODULE: ./src/parsers/xml-scan.ts



/** Ends the message about a control character (other than tab and line ends) in the text. */
const BINARY_HINT = ' is not allowed in XML (binary data?)';
/** The longest run of character data handed to {@link XmlHandler.text}, in UTF-16 code units. */
const MAX_TEXT_CHUNK = 4096;
/**
 * The deepest element nesting a report may have (the root is depth 1). Real JUnit files nest
 * suites a few levels deep (vitest and jest-junit: 2, Surefire: 1–2, pytest: 2); a file nested
 * deeper is refused at the first element past the limit, so its cost stops there.
 */
const MAX_XML_DEPTH = 256;
/** Scans `text` (already decoded; a leading U+FEFF is skipped). Never throws on any input. */
function scanXml(text, handler) {
    try {
        return new Scan(text, handler).run();
    }
    catch (e) {
        if (e instanceof Stop)
            return e.scan;
        throw e;
    }
}
/** Thrown from saxes' error handler: the first error ends the scan. */
class Stop extends Error {
    scan;
    constructor(scan) {
        super(scan.ok ? 'ok' : scan.message);
        this.scan = scan;
    }
}
/** §2.2 Char excludes surrogates; saxes 6 takes a lone high one for half of a pair. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NOT_SPACE = /[^\x20\t\r\n]/g;
const BARE_AMPERSAND = '"&" that starts no reference; write &amp; for a literal "&"';
const MALFORMED_DECLARATION = 'malformed XML declaration; it must read like <?xml version="1.0" encoding="UTF-8"?>';
const CONCATENATED = ' (were two files concatenated?)';
/** What a reader may want to know beside some of saxes' messages. */
const HINTS = new Map([
    ['documents may contain only one root', CONCATENATED],
    ['an XML declaration must be at the start of the document', CONCATENATED],
    ['document must contain a root element', ' (is the file empty?)']
]);
/** §2.2 Char. */
function isXmlChar(cp) {
    return (cp === 0x09 ||
        cp === 0x0a ||
        cp === 0x0d ||
        (cp >= 0x20 && cp <= 0xd7ff) ||
        (cp >= 0xe000 && cp <= 0xfffd) ||
        (cp >= 0x10000 && cp <= 0x10ffff));
}
class Scan {
    text;
    handler;
    parser = new saxes/* SaxesParser */.wT({ defaultXMLVersion: '1.0', forceXMLVersion: true });
    /** The line of each open element's `<`, innermost last. */
    lines = [];
    tagLine = 0;
    rootSeen = false;
    doctypeLine;
    /** Offset just past the last markup saxes reported: a failing reference started after it. */
    mark;
    ending = false;
    textOn = false;
    /** An end tag that names another element than the one it would close. */
    mismatch;
    constructor(text, handler) {
        this.text = text;
        this.handler = handler;
        this.mark = text.charCodeAt(0) === 0xfeff ? 1 : 0;
        const p = this.parser;
        const marked = () => {
            this.mark = p.position;
        };
        p.on('error', (e) => {
            throw new Stop(this.error(e.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '')));
        });
        p.on('xmldecl', marked);
        p.on('comment', marked);
        p.on('processinginstruction', ({ target }) => {
            // §2.6: the target ends with a space or "?>"; saxes 6 also lets "?" and more end it. The
            // processing instruction is the first markup since the last one saxes reported.
            const after = text.indexOf('<?', this.mark) + 2 + target.length;
            if (text[after] === '?' && text[after + 1] !== '>') {
                this.stop(after, `"?" after <?${target}; expected a space or ?>`);
            }
            marked();
        });
        p.on('doctype', (body) => {
            // saxes counts line ends as XML does (§2.11) and hands them over as \n.
            this.doctypeLine = p.line - (body.match(/\n/g)?.length ?? 0);
            // §2.8 doctypedecl: '<!DOCTYPE' S Name …; saxes skips the declaration unread.
            if (!/^[\x20\t\n]/.test(body)) {
                this.stop(text.indexOf('<!DOCTYPE', this.mark) + 9, 'expected a space after <!DOCTYPE');
            }
            // §3.3.2: even a non-validating processor applies attribute defaults an internal DTD
            // declares (`<!ATTLIST testsuite failures CDATA "1">`); gonogo reads no DTD, so a file
            // whose meaning depends on one is refused rather than read differently from other tools.
            if (/<!ATTLIST\b/.test(body)) {
                throw new Stop(this.result(text.indexOf('<!DOCTYPE', this.mark), 'its DOCTYPE declares attribute defaults (<!ATTLIST>) that XML readers apply; gonogo reads no DTD, so the file is refused: remove the DOCTYPE', true));
            }
            marked();
        });
        p.on('opentagstart', () => {
            // Names hold no line end; only the character that ended the name may have been one.
            this.tagLine = p.column === 0 ? p.line - 1 : p.line;
            marked();
        });
        p.on('opentag', (tag) => {
            marked();
            if (this.lines.length >= MAX_XML_DEPTH) {
                const lt = text.lastIndexOf('<', p.position - 1);
                throw new Stop(this.result(lt, `elements nested more than ${MAX_XML_DEPTH} deep (<${tag.name.slice(0, 40)}>); a test report nests a few levels: check the tool that wrote it`, true));
            }
            this.rootSeen = true;
            this.lines.push(this.tagLine);
            handler.open(tag.name, new Map(Object.entries(tag.attributes)), this.tagLine);
            this.syncText();
        });
        p.on('closetag', (tag) => {
            marked();
            if (!tag.isSelfClosing) {
                // saxes reports an end tag that names another element only after this event.
                const at = text.lastIndexOf('</', p.position - 1);
                const name = text.slice(at + 2, p.position - 1).replace(/[\x20\t\r\n]+$/, '');
                if (name !== tag.name) {
                    this.mismatch = { at, name, open: tag.name };
                    return;
                }
            }
            this.lines.pop();
            handler.close(tag.name);
            this.syncText();
        });
        p.on('cdata', (data) => {
            marked();
            if (this.lines.length > 0 && handler.wantsText())
                handler.text(data.slice(0, MAX_TEXT_CHUNK));
            this.syncText();
        });
    }
    run() {
        const t = this.text;
        // String.prototype.isWellFormed (ES2024) finds lone surrogates natively, where there is one.
        const wellFormed = t.isWellFormed?.call(t);
        const lone = wellFormed === true ? null : LONE_SURROGATE.exec(t);
        if (lone) {
            this.parser.write(t.slice(0, lone.index));
            const cp = t.charCodeAt(lone.index);
            return this.result(lone.index, `${(0,visible_text/* describeChar */.Ip)(cp)} is not allowed in XML`);
        }
        this.parser.write(t);
        this.ending = true;
        this.parser.close();
        return { ok: true, doctype: this.doctypeLine !== undefined };
    }
    onText = (chunk) => {
        if (this.lines.length > 0 && this.handler.wantsText()) {
            this.handler.text(chunk.slice(0, MAX_TEXT_CHUNK));
        }
        this.syncText();
    };
    /** Lets saxes gather character data only while the handler wants it. */
    syncText() {
        const on = this.lines.length > 0 && this.handler.wantsText();
        if (on === this.textOn)
            return;
        this.textOn = on;
        if (on)
            this.parser.on('text', this.onText);
        else
            this.parser.off('text');
    }
    stop(offset, message) {
        throw new Stop(this.result(offset, message));
    }
    result(offset, message, refused = false) {
        // Line ends count as XML counts them (§2.11: CR LF, CR, LF), as saxes counts them.
        const before = this.text.slice(0, offset).replace(/\r\n?/g, '\n');
        const { line, column } = (0,json_error/* lineColumn */.rv)(before, before.length);
        return { ok: false, line, column, message, refused };
    }
    describeAt(offset) {
        const cp = this.text.codePointAt(offset);
        return cp === undefined ? 'the end of the file' : (0,visible_text/* describeChar */.Ip)(cp);
    }
    /** saxes' first error (its message without position), located and worded for a reader. */
    error(message) {
        const t = this.text;
        // Where saxes is: past the end, or on the character it just read (a CR LF read as one).
        let at = this.ending ? t.length : Math.max(0, this.parser.position - 1);
        if (t[at] === '\n' && t[at - 1] === '\r')
            at--;
        // A reference (§4.1) runs from "&" to ";" in character data or an attribute value, after
        // the last markup, and holds no ";"; saxes reports it at its ";" or at the end of the text.
        if (t[at] === ';' && message.includes('entity')) {
            const amp = t.indexOf('&', Math.max(this.mark, t.lastIndexOf(';', at - 1) + 1));
            return this.reference(amp, t.slice(amp, at + 1), message);
        }
        if (this.ending) {
            const amp = t.indexOf('&', Math.max(this.mark, t.lastIndexOf(';') + 1));
            if (amp >= 0 && !t.slice(this.mark, amp).includes('<')) {
                return this.result(amp, BARE_AMPERSAND);
            }
        }
        if (message.startsWith('unclosed tag')) {
            const name = message.slice(message.indexOf(':') + 2);
            const line = this.lines[this.lines.length - 1] ?? 0;
            return this.result(at, `<${name}> opened on line ${line} is never closed (is the file cut short?)`);
        }
        if (message === 'unexpected close tag' && this.mismatch) {
            const { at: lt, name, open } = this.mismatch;
            const line = this.lines[this.lines.length - 1] ?? 0;
            return this.result(lt, `closing tag '${name}' does not close <${open}> opened on line ${line}`);
        }
        if (message === 'inappropriately located doctype declaration') {
            const lt = at - '<!DOCTYP'.length;
            return this.rootSeen || this.doctypeLine === undefined
                ? this.result(lt, 'DOCTYPE inside or after the root element')
                : this.result(lt, `a second DOCTYPE (the first is on line ${this.doctypeLine})`);
        }
        if (message === 'text data outside of root node') {
            NOT_SPACE.lastIndex = this.mark;
            const first = NOT_SPACE.exec(t)?.index ?? at;
            if (t[first] !== '<') {
                const where = this.rootSeen
                    ? 'after the end of the root element'
                    : 'before the root element';
                return this.result(first, `${this.describeAt(first)} ${where}; only markup may stand there`);
            }
        }
        if (message.startsWith('disallowed character')) {
            const cp = t.codePointAt(at) ?? 0;
            if (!isXmlChar(cp)) {
                return this.result(at, `${(0,visible_text/* describeChar */.Ip)(cp)}${cp < 0x20 ? BINARY_HINT : ' is not allowed in XML'}`);
            }
            if (t[at - 1] === '<' && message.includes('tag name')) {
                return this.result(at, `"<" followed by ${(0,visible_text/* describeChar */.Ip)(cp)}, not an element name; write &lt; for a literal "<"`);
            }
            if (cp === 0x3c && message === 'disallowed character') {
                return this.result(at, '"<" inside an attribute value; write &lt;');
            }
            return this.result(at, `${message}: ${(0,visible_text/* describeChar */.Ip)(cp)}`);
        }
        if (/^(?:expected (?:one of|the name)|did not expect any more)/.test(message)) {
            // saxes 6 words an unexpected name in the XML declaration by the wrong count.
            return this.result(at, MALFORMED_DECLARATION);
        }
        return this.result(at, message + (HINTS.get(message) ?? ''));
    }
    /** saxes refused the reference `ref` (from "&" to ";") at `amp`. */
    reference(amp, ref, message) {
        if (message.startsWith('undefined entity')) {
            if (this.doctypeLine !== undefined) {
                return this.result(amp, `entity reference ${ref} needs the DOCTYPE on line ${this.doctypeLine}, which gonogo never reads (external entities are never fetched, none are expanded); write the report without a DOCTYPE`, true);
            }
            return this.result(amp, `undeclared entity ${ref} (XML predefines only &amp; &lt; &gt; &apos; &quot;); write the character itself or a character reference`);
        }
        const number = /^&#(?:([0-9]+)|x([0-9a-fA-F]+));$/.exec(ref);
        if (number) {
            const [, dec, hexa] = number;
            const cp = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hexa ?? '', 16);
            const named = cp <= 0x10ffff ? (0,visible_text/* describeChar */.Ip)(cp) : 'no Unicode character';
            return this.result(amp, `character reference ${ref} names ${named}, which XML does not allow`);
        }
        return this.result(amp, BARE_AMPERSAND);
    }
}

;// CONCATENATED MODULE: ./src/parsers/junit.ts




/**
 * Reads one JUnit XML file: `<testsuites>` or `<testsuite>` at the root, suites nested at any
 * depth, as the common tools write it (the Ant/Jenkins JUnit schema, Maven Surefire's
 * surefire-test-report-3.0.xsd, pytest, Go's gotestsum, jest-junit, mocha, vitest).
 *
 * - A test case with `<failure>` or `<error>` failed (`<rerunFailure>`/`<rerunError>` beside it:
 *   it failed on every rerun too). One with `<flakyFailure>`/`<flakyError>` and neither passed
 *   on a rerun: it is flaky, counted as passed and named in the message (Surefire's
 *   rerunFailingTestsCount). `<skipped>`, or Google Test's `status="notrun"` /
 *   `result="skipped|suppressed"`, did not run.
 * - Counts at every level: the `failures` + `errors` a `<testsuites>` or `<testsuite>` declares
 *   must be accounted for by the failure, error, flaky and rerun elements inside it (Surefire's
 *   totals count reruns, SUREFIRE-1627); what no element accounts for fails the file (gotestsum
 *   writes a package that did not build only as `<testsuites errors="1">`,
 *   gotestyourself/gotestsum#475). A `tests` total larger than the listed cases is not a failure
 *   (mocha-junit-reporter leaves pending tests out by default).
 * - A suite of totals only (no test case, no nested suite, nothing but properties and output)
 *   counts by its totals; the outermost `tests` and `skipped` bound how many tests ran.
 * - A file in which no test ran fails, with {@link FileVerdict.tests} set so that a source of
 *   several files can judge "no test ran" over all of them ({@link judgeTogether}).
 *
 * Never throws: malformed XML, a DOCTYPE entity (never expanded, never fetched), a count that is
 * not a number or an unexpected error is an `invalid` verdict naming the file, line and fix.
 *
 * Limits (xml-scan.ts): the file must be well-formed XML 1.0 with exactly one root element (a
 * second root, as two concatenated reports have, is invalid); a DOCTYPE is read past and never
 * processed (an entity it declares is refused, never expanded); elements nested deeper than
 * MAX_XML_DEPTH (256) are refused. The file's size is bounded before it is read
 * (`limits.max_report_bytes`, src/io/report-file.ts).
 *
 * @param text the decoded file (see `decodeText` in src/parsers/decode-text.ts)
 * @param ctx `file` names the file in messages
 */
function readJunit(text, ctx) {
    try {
        return read(text, ctx.file);
    }
    catch (e) {
        const why = (0,visible_text/* nameInvisibles */.wi)(e instanceof Error ? e.message : String(e)).slice(0, 200);
        return (0,verdict/* invalid */.Gq)(ctx.file, `could not be read (${why}); this is a gonogo bug, please report it with the file`);
    }
}
/**
 * Judges "no test ran" over all the files of one source: a file that failed only because none
 * of its tests ran (a per-class file of skipped tests, an empty suite) passes when a test ran in
 * another file of the source. Every other verdict is kept as it is.
 *
 * @param verdicts the source's file verdicts, in file order
 * @returns the verdicts in the same order
 */
function judgeTogether(verdicts) {
    if (!verdicts.some((v) => (v.tests?.ran ?? 0) > 0))
        return [...verdicts];
    return verdicts.map((v) => {
        const t = v.tests;
        if (!t || v.status !== 'failed' || t.failed > 0 || t.ran > 0)
            return v;
        return {
            ...v,
            status: 'passed',
            message: `${t.file}: no test ran in this file (${t.tests} tests, ${t.skipped} skipped); tests ran in other files of this source`
        };
    });
}
const MAX_DETAIL = 300;
/** Suite paths in finding ids keep their innermost characters (suites nested very deep). */
const MAX_PATH = 500;
const MAX_FLAKY_NAMED = 5;
const PROBLEMS = new Set(['failure', 'error']);
const FLAKY = new Set(['flakyFailure', 'flakyError']);
const RERUNS = new Set(['rerunFailure', 'rerunError']);
/** What a suite of totals only may hold besides whitespace (the JUnit schema's suite parts). */
const SUITE_PARTS = new Set(['properties', 'system-out', 'system-err']);
const INERT = { kind: 'other', inert: true };
const OTHER = { kind: 'other', inert: false };
class JunitWalker {
    frames = [];
    root;
    badCount;
    cases = 0;
    failed = 0;
    errored = 0;
    skipped = 0;
    flakyNames = [];
    suiteProblems = { failure: 0, error: 0 };
    /** Suite totals of leaf suites (files of suite totals only). */
    totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    /** Declared failures + errors no element accounts for (suites of totals only aside). */
    unaccounted = 0;
    firstUnaccounted;
    rootRan = 0;
    findings = [];
    findingsOmitted = 0;
    top() {
        return this.frames[this.frames.length - 1];
    }
    /** The open suites and test cases with their depth in `frames`: nearest ones in O(1). */
    openSuites = [];
    openCases = [];
    nearestSuite() {
        return this.openSuites[this.openSuites.length - 1]?.frame;
    }
    /** The innermost open test case, unless a suite opened inside it. */
    nearestCase() {
        const c = this.openCases[this.openCases.length - 1];
        const s = this.openSuites[this.openSuites.length - 1];
        return c && (!s || c.depth > s.depth) ? c.frame : undefined;
    }
    addFinding(f) {
        if (this.findings.length < MAX_FINDINGS_PER_CONTROL)
            this.findings.push(f);
        else
            this.findingsOmitted++;
    }
    open(name, attributes, line) {
        const top = this.top();
        if (top === undefined) {
            this.root = name;
            if (name !== 'testsuites' && name !== 'testsuite') {
                this.frames.push(INERT);
                return;
            }
        }
        if (top?.kind === 'problem' || (top?.kind === 'other' && top.inert)) {
            this.frames.push(INERT);
            return;
        }
        if (name === 'testsuite' || name === 'testsuites') {
            const parent = this.nearestSuite();
            const own = name === 'testsuite' ? (0,visible_text/* nameInvisibles */.wi)(attributes.get('name') ?? '') : '';
            const joined = parent?.path && own ? `${parent.path} › ${own}` : (parent?.path ?? '') || own;
            const path = joined.length > MAX_PATH ? `…${joined.slice(-MAX_PATH)}` : joined;
            const frame = {
                kind: 'suite',
                element: name,
                path,
                line,
                declared: this.declared(name, attributes, line),
                explained: 0,
                childSuites: 0,
                cases: 0,
                ran: 0,
                opaque: false
            };
            this.openSuites.push({ frame, depth: this.frames.length });
            this.frames.push(frame);
        }
        else if (name === 'testcase') {
            const suite = this.nearestSuite();
            if (!suite) {
                this.frames.push(OTHER);
                return;
            }
            const caseName = (0,visible_text/* nameInvisibles */.wi)([attributes.get('classname'), attributes.get('name')]
                .filter(Boolean)
                .join('.')
                .slice(0, MAX_PATH));
            const status = attributes.get('status')?.toLowerCase();
            const result = attributes.get('result')?.toLowerCase();
            const frame = {
                kind: 'case',
                id: suite.path ? `${suite.path} › ${caseName}` : caseName,
                name: caseName,
                suite,
                // Google Test writes tests that did not run with status/result attributes only.
                skipped: status === 'notrun' ||
                    status === 'disabled' ||
                    status === 'skipped' ||
                    result === 'skipped' ||
                    result === 'suppressed',
                flakyRuns: 0,
                reruns: 0
            };
            const file = attributes.get('file');
            const at = Number(attributes.get('line'));
            if (file)
                frame.location = Number.isInteger(at) && at > 0 ? { file, line: at } : { file };
            this.openCases.push({ frame, depth: this.frames.length });
            this.frames.push(frame);
        }
        else if (PROBLEMS.has(name)) {
            const owner = this.nearestCase() ?? this.nearestSuite();
            if (!owner) {
                this.frames.push(INERT);
                return;
            }
            this.frames.push({
                kind: 'problem',
                type: name === 'failure' ? 'failure' : 'error',
                owner,
                message: attributes.get('message') ?? '',
                text: ''
            });
        }
        else if (FLAKY.has(name) || RERUNS.has(name) || name === 'skipped') {
            const c = this.nearestCase();
            if (c) {
                if (name === 'skipped')
                    c.skipped = true;
                else if (FLAKY.has(name))
                    c.flakyRuns++;
                else
                    c.reruns++;
            }
            this.frames.push(INERT);
        }
        else {
            if (top?.kind === 'suite' && !SUITE_PARTS.has(name))
                top.opaque = true;
            // gotestsum records the Go toolchain in each suite's properties: its reruns are trusted.
            if (name === 'property' && attributes.get('name') === 'go.version') {
                const suite = this.nearestSuite();
                if (suite)
                    suite.goTest = true;
            }
            this.frames.push(OTHER);
        }
    }
    declared(element, attributes, line) {
        const out = {};
        for (const key of ['tests', 'failures', 'errors', 'skipped', 'disabled']) {
            const raw = attributes.get(key);
            if (raw === undefined || raw.trim() === '')
                continue;
            if (!/^\s*\d{1,15}\s*$/.test(raw)) {
                this.badCount ??= `${key}="${(0,visible_text/* nameInvisibles */.wi)(raw).slice(0, 40)}" on <${element}> at line ${line} is not a count (a whole number); fix the tool or step that wrote the file`;
                continue;
            }
            out[key] = Number(raw);
        }
        return out;
    }
    close() {
        const frame = this.frames.pop();
        if (!frame)
            return;
        if (frame.kind === 'problem')
            this.closeProblem(frame);
        else if (frame.kind === 'case') {
            this.openCases.pop();
            this.closeCase(frame);
        }
        else if (frame.kind === 'suite') {
            this.openSuites.pop();
            this.closeSuite(frame);
        }
    }
    wantsText() {
        const top = this.top();
        if (top?.kind === 'suite')
            return !top.opaque;
        return top?.kind === 'problem' && top.message.trim() === '' && top.text.length < 2000;
    }
    text(chunk) {
        const top = this.top();
        if (top?.kind === 'problem')
            top.text += chunk;
        else if (top?.kind === 'suite' && chunk.trim() !== '')
            top.opaque = true;
    }
    closeProblem(p) {
        const detail = firstLine(p.message) || firstLine(p.text);
        if (p.owner.kind === 'case') {
            const c = p.owner;
            if (!c.problem)
                c.problem = { type: p.type, detail };
            else if (c.problem.type === 'error' && p.type === 'failure')
                c.problem = { type: 'failure', detail: c.problem.detail || detail };
            return;
        }
        // A failure or error outside any test case (a suite that failed to set up or to load).
        const suite = p.owner;
        this.suiteProblems[p.type]++;
        suite.explained++;
        this.addFinding({
            id: suite.path || `<${suite.element}>`,
            status: 'failed',
            message: `${p.type === 'failure' ? 'failed' : 'errored'} outside any test case${detail ? `: ${detail}` : ''}`
        });
    }
    closeCase(c) {
        this.cases++;
        c.suite.cases++;
        c.suite.explained += c.flakyRuns + c.reruns;
        if (c.problem || c.reruns > 0) {
            c.suite.ran++;
            const type = c.problem?.type ?? 'failure';
            if (type === 'failure')
                this.failed++;
            else
                this.errored++;
            if (c.problem)
                c.suite.explained++;
            const verb = type === 'failure' ? 'failed' : 'errored';
            const how = c.reruns > 0
                ? c.problem
                    ? `${verb} on every run (${c.reruns} reruns)`
                    : `${verb} on ${c.reruns} reruns, with no final result`
                : verb;
            const detail = c.problem?.detail ?? '';
            const f = {
                id: c.id || `testcase ${this.cases}`,
                status: 'failed',
                message: `${how}${detail ? `: ${detail}` : ''}`
            };
            if (c.location)
                f.location = c.location;
            this.addFinding(f);
            if (c.problem && c.reruns === 0 && c.id && c.suite.goTest) {
                c.suite.failedRuns ??= new Map();
                const kept = this.findings[this.findings.length - 1] === f ? f : undefined;
                c.suite.failedRuns.set(c.id, { type, ...(kept ? { finding: kept } : {}) });
            }
        }
        else if (c.skipped) {
            this.skipped++;
        }
        else {
            c.suite.ran++;
            const earlier = c.id ? c.suite.failedRuns?.get(c.id) : undefined;
            if (earlier) {
                // Failed, then passed on a rerun of the same test in the same suite: flaky, not failed
                // (gotestsum --rerun-fails; gotestyourself/gotestsum#281: the run passes).
                c.suite.failedRuns?.delete(c.id);
                if (earlier.type === 'failure')
                    this.failed--;
                else
                    this.errored--;
                const at = earlier.finding ? this.findings.indexOf(earlier.finding) : -1;
                if (at >= 0)
                    this.findings.splice(at, 1);
                this.flakyNames.push(c.name || c.id);
            }
            else if (c.flakyRuns > 0)
                this.flakyNames.push(c.name || c.id);
        }
    }
    closeSuite(s) {
        const d = s.declared;
        const declaredProblems = (d.failures ?? 0) + (d.errors ?? 0);
        const notRun = (d.skipped ?? 0) + (d.disabled ?? 0);
        const parent = this.nearestSuite();
        // A suite of totals only: no test case, no nested suite, no failure element of its own.
        const leaf = s.element === 'testsuite' && s.childSuites === 0 && s.cases === 0 && s.explained === 0;
        let ran = s.ran;
        if (leaf) {
            // Some reporters write only a suite's totals: they are all there is to judge it by. Its
            // failures always count; its tests only when nothing else stands in the suite.
            this.totals.failures += d.failures ?? 0;
            this.totals.errors += d.errors ?? 0;
            if (!s.opaque) {
                this.totals.tests += d.tests ?? 0;
                this.totals.skipped += notRun;
                ran = Math.max(0, (d.tests ?? 0) - notRun);
            }
        }
        else if (!parent && d.tests !== undefined) {
            // The outermost totals bound what ran: mocha-junit-reporter leaves pending tests out of
            // the file and counts them only in <testsuites skipped="…">.
            ran = Math.min(ran, Math.max(0, d.tests - notRun));
        }
        const unaccounted = declaredProblems - s.explained;
        if (unaccounted > 0) {
            if (leaf) {
                this.addFinding({
                    id: s.path || 'testsuite',
                    status: 'failed',
                    message: `${d.failures ?? 0} failed and ${d.errors ?? 0} errored (suite totals; no test cases listed)`
                });
            }
            else {
                this.unaccounted += unaccounted;
                const said = `<${s.element}>${s.path ? ` "${s.path}"` : ''} on line ${s.line} says ${countsSaid(d)}`;
                this.firstUnaccounted ??= said;
                this.addFinding({
                    id: s.path || `<${s.element}>`,
                    status: 'failed',
                    message: s.explained === 0
                        ? `${said}, but no failure or error element accounts for ${unaccounted === 1 ? 'it' : 'them'}: ${unaccounted} failed or errored outside any listed test (e.g. a package that did not build)`
                        : `${said}, but the elements inside account for only ${s.explained}: ${unaccounted} more failed or errored outside any listed test (e.g. a package that did not build)`
                });
            }
        }
        if (parent) {
            parent.explained += Math.max(declaredProblems, s.explained);
            parent.childSuites++;
            parent.ran += ran;
        }
        else {
            this.rootRan = ran;
        }
    }
}
function countsSaid(d) {
    const parts = [];
    for (const key of ['tests', 'failures', 'errors']) {
        const v = d[key];
        if (v !== undefined)
            parts.push(`${key}="${v}"`);
    }
    return parts.join(' ');
}
function firstLine(s) {
    for (const line of s.split('\n')) {
        const t = line.trim();
        if (t)
            return (0,visible_text/* nameInvisibles */.wi)(t.slice(0, MAX_DETAIL));
    }
    return '';
}
function read(text, file) {
    const w = new JunitWalker();
    const scan = scanXml(text, w);
    if (!scan.ok) {
        const where = `line ${scan.line}, column ${scan.column}`;
        const message = (0,visible_text/* nameInvisibles */.wi)(scan.message);
        if (message.endsWith(BINARY_HINT)) {
            const what = message.slice(0, -BINARY_HINT.length);
            return (0,verdict/* invalid */.Gq)(file, `binary data, not JUnit XML (${what} at ${where})`);
        }
        return (0,verdict/* invalid */.Gq)(file, scan.refused
            ? `cannot be read safely at ${where}: ${message}`
            : `not well-formed XML at ${where}: ${message}`);
    }
    if (w.root !== 'testsuites' && w.root !== 'testsuite') {
        return (0,verdict/* invalid */.Gq)(file, `not JUnit XML: the root element is <${(0,visible_text/* nameInvisibles */.wi)(w.root ?? 'none')}>, expected <testsuites> or <testsuite>`);
    }
    // A total that is not a count makes the file unreadable, unless the file fails anyway (mocha's
    // xunit reporter writes skipped="-2" when hooks fail): then its failures stand.
    if (w.badCount && w.failed + w.errored + w.suiteProblems.failure + w.suiteProblems.error === 0)
        return (0,verdict/* invalid */.Gq)(file, w.badCount);
    const ignored = w.badCount ? `; ${w.badCount.replace(/; fix the tool.*$/, '')} (not counted)` : '';
    // Listed test cases, plus suites of totals only by their totals.
    const failures = w.failed + w.totals.failures + w.suiteProblems.failure;
    const errors = w.errored + w.totals.errors + w.suiteProblems.error;
    const tests = w.cases + w.totals.tests;
    const ran = w.rootRan;
    // Totals only: what did not run by the outer totals (mocha-junit-reporter counts pending tests
    // in <testsuites skipped="…"> but not in their suites) counts as skipped too.
    const skipped = Math.max(w.skipped + w.totals.skipped, tests - ran);
    const extra = w.unaccounted;
    const failed = failures + errors + extra;
    const tally = { file, tests, skipped, ran, failed };
    const summary = { tests, failures, errors, skipped };
    if (w.flakyNames.length > 0)
        summary.flaky = w.flakyNames.length;
    if (extra > 0)
        summary.unaccounted = extra;
    const flaky = flakySuffix(w.flakyNames);
    const base = { findings: w.findings, summary, tests: tally };
    const omitted = w.findingsOmitted > 0 ? { findingsOmitted: w.findingsOmitted } : {};
    if (failed > 0) {
        const counted = failures + errors > 0;
        const message = counted
            ? `${file}: ${failures} failed and ${errors} errored of ${tests} tests${extra > 0 ? `; and ${w.firstUnaccounted ?? 'a suite'}: ${extra} more than the elements show` : ''}${flaky}${ignored}`
            : `${file}: ${w.firstUnaccounted ?? 'a suite'}, but no <failure> or <error> element accounts for ${extra === 1 ? 'it' : `${extra} of them`}: something failed outside any listed test (e.g. a package that did not build or a suite that did not load); ${ran} listed tests passed. Fix what the test tool's log reports${flaky}`;
        return { status: 'failed', message, ...base, ...omitted };
    }
    if (ran <= 0) {
        return {
            status: 'failed',
            message: `${file}: no test ran (${tests} tests, ${skipped} skipped); a run without tests proves nothing`,
            ...base,
            findings: []
        };
    }
    return {
        status: 'passed',
        message: `${file}: ${ran} tests passed${skipped > 0 ? `, ${skipped} skipped` : ''}${flaky}`,
        ...base,
        findings: []
    };
}
function flakySuffix(names) {
    if (names.length === 0)
        return '';
    const shown = names.slice(0, MAX_FLAKY_NAMED).join(', ');
    const more = names.length > MAX_FLAKY_NAMED ? `, and ${names.length - MAX_FLAKY_NAMED} more` : '';
    return `; ${names.length} flaky (passed on rerun): ${shown}${more}`;
}

// EXTERNAL MODULE: ./src/generated/validators.js
var validators = __webpack_require__(6161);
;// CONCATENATED MODULE: ./src/parsers/legacy-report.ts



/** The older gate's decision words. */
const DECISION_WORDS = {
    go: 'go',
    'conditional-go': 'conditional-go',
    conditional_go: 'conditional-go',
    'no-go': 'no-go',
    no_go: 'no-go'
};
/** Summary fields the Playbook names, and when each fails the report. */
const SUMMARY_RULES = [
    { field: 'failed_tests', kind: 'count', what: 'tests failed' },
    { field: 'test_execution_complete', kind: 'complete', what: 'test execution did not complete' },
    { field: 'failed_executions', kind: 'count', what: 'executions failed' },
    { field: 'execution_complete', kind: 'complete', what: 'execution did not complete' }
];
/** Lists whose entries are failures, and lists shown but never counted. */
const FAILURE_LISTS = ['breaches', 'failures', 'mismatches', 'violations', 'errors'];
const SHOWN_LISTS = ['warnings', 'notes'];
/** Top-level keys that hold settings, inputs or lists read above: never read as nested items. */
const NOT_ITEMS = new Set([
    'summary',
    'checks',
    'thresholds',
    'inputs',
    'policy',
    'config',
    'settings',
    'environment',
    'exceptions_applied',
    ...FAILURE_LISTS,
    ...SHOWN_LISTS
]);
/**
 * The access checks of the older scripts (verify_github_branch_protection.py): a repository
 * given, a token present, an API call answered. Matched on the whole id (an API call check is
 * `<what>_api_call:<branch>`), never on a substring: required check names can contain "token".
 */
const ACCESS_CHECK = /^(repository_provided|github_token_present|token_present|[a-z_]+_api_call(:[^:]*)?)$/;
/** The one report §2.4 lets be accepted while unverified. */
const BRANCH_PROTECTION_REPORT = /github_branch_protection/;
/**
 * The words the older scripts write as an item's verdict. Other words in a nested `status`
 * (`experimental`, `pending`, `allow`, `skipped`) are lifecycle stages or outcomes, not verdicts.
 */
const NESTED_VERDICTS = new Set([
    'failure',
    'timed_out',
    'cancelled',
    'canceled',
    'passed',
    'pass',
    'ok',
    'success',
    'failed',
    'fail',
    'error',
    'breach',
    'missing',
    'invalid',
    'unverified',
    'unknown'
]);
/** How many nested values are looked at before the report is refused as too large to judge. */
const MAX_NESTED_VALUES = 200_000;
/** Failure counts and item counts (top level and `summary`). */
const FAILED_WORDS = /^(failed|failures|errors|unstable|mismatched|violations|breaches|failed_[a-z_]+|[a-z_]+_failed|failing|errored|(num|total|count|n)_(failed|failures|failing|errors|errored|failed_[a-z_]+)|(failure|error|errored|failing|failed)_(count|total|num))$/;
/** Words that make a failure-sounding field a setting, not a count (`max_failures`). */
const NOT_A_COUNT = /(^|_)(max|min|allowed|threshold|limit|budget|tolerance|expected|target)(_|$)/;
const ITEM_WORDS = /^(total|passed|stable|matched|total_[a-z_]+|[a-z_]+_total|passed_[a-z_]+|[a-z_]+_passed|completed_[a-z_]+)$/;
/** `numFailedTests` (jest's field) → `num_failed_tests`. */
const snake = (k) => k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
/** A failure count, as the older scripts and the test tools they wrapped name one. */
function isFailedCount(k) {
    const s = snake(k);
    return FAILED_WORDS.test(s) && !NOT_A_COUNT.test(s);
}
/** An item count (what failures are counted of); never a failure count itself. */
function isItemCount(k) {
    return ITEM_WORDS.test(snake(k)) && !isFailedCount(k);
}
const PLAYBOOK_FIELDS = new Set(SUMMARY_RULES.map((r) => r.field));
/** Counts that restate a `checks` list; read through the list when it is there. */
const RESTATES_CHECKS = new Set(['total', 'passed', 'failed', 'pass_ratio']);
/**
 * Judges one report of the older scripts. Pure; never throws.
 *
 * @param doc the parsed JSON object (any `contract` but `gonogo.report/v1`, or none)
 * @param ctx file name (for messages) and the commit being gated (a report naming another commit
 *   is stale)
 * @returns the verdict; `conditional` when the older gate decided conditional-go,
 *   `refuseUnverified` when §2.4 forbids accepting this report's `unverified`
 */
function readLegacyReport(doc, ctx) {
    if (doc.contract !== undefined && typeof doc.contract !== 'string')
        return (0,verdict/* invalid */.Gq)(ctx.file, "'contract' must be a string naming the report's kind");
    const contract = typeof doc.contract === 'string' ? doc.contract : undefined;
    const label = contract ? `older report (contract ${contract.slice(0, 80)})` : 'older report';
    const shas = legacyShas(doc);
    if (typeof shas === 'string')
        return (0,verdict/* invalid */.Gq)(ctx.file, shas);
    const reportSha = shas[0];
    const other = ctx.sha ? shas.find((c) => !(0,verdict/* sameCommit */.Kd)(c, ctx.sha)) : undefined;
    if (ctx.sha && other)
        return (0,verdict/* stale */.ez)(ctx.file, other, ctx.sha);
    const r = judge(doc, label);
    if ('invalid' in r)
        return (0,verdict/* invalid */.Gq)(ctx.file, r.invalid);
    const status = (0,core_status/* worstStatus */.A4)(r.signals.map((x) => x.status));
    const deciding = r.signals.filter((x) => x.status === status);
    const notes = [];
    if (r.accessChecks.length > 0 && status === 'unverified')
        notes.push(`could not reach its evidence: ${list(r.accessChecks)} (the reason it is unverified)`);
    if (r.conditional && status === 'passed')
        notes.push(r.conditional);
    if (r.tolerated.length > 0 && status === 'passed')
        notes.push(`the older gate's decision tolerated failed checks: ${list(r.tolerated)}`);
    let refuseUnverified;
    if (status === 'unverified') {
        refuseUnverified = unverifiedRefusal(doc, contract, r.unverifiedInputs);
        if (refuseUnverified)
            notes.push(refuseUnverified);
    }
    if (r.shown.length > 0)
        notes.push(`${r.shown[0]}${r.shown.length > 1 ? '; …' : ''}`);
    if (ctx.sha && !reportSha)
        notes.push('no commit recorded, so staleness was not checked');
    const message = `${ctx.file}: ${status} (${label}: ${deciding
        .slice(0, 4)
        .map((x) => x.why)
        .join('; ')}${deciding.length > 4 ? '; …' : ''}${notes.map((n) => `; ${n}`).join('')})`;
    const kept = keepFindings(r.findings);
    return {
        status,
        message,
        findings: kept.findings,
        summary: r.summary,
        ...(r.conditional && status === 'passed' ? { conditional: r.conditional } : {}),
        ...(refuseUnverified ? { refuseUnverified } : {})
    };
}
function judge(doc, label) {
    const j = {
        signals: [],
        findings: [],
        summary: {},
        accessChecks: [],
        tolerated: [],
        unverifiedInputs: [],
        shown: []
    };
    // 1. Verdict words.
    const words = [];
    for (const field of ['status', 'slo_status']) {
        const v = doc[field];
        if (v === undefined || v === null)
            continue;
        if (typeof v !== 'string')
            return { invalid: `'${field}' must be a string status word` };
        const s = (0,core_status/* normaliseStatusWord */.f)(v);
        if (!s) {
            return {
                invalid: `unknown status word ${JSON.stringify(v.slice(0, 40))} in '${field}'; known words: ${core_status/* LEGACY_STATUS_WORDS */.h$.join(', ')}`
            };
        }
        words.push({ status: s, why: `${field}: ${v}` });
    }
    // 2. The older gate's decision is the verdict of its own report.
    let decision;
    if (doc.decision !== undefined && doc.decision !== null) {
        const raw = typeof doc.decision === 'string' ? doc.decision : undefined;
        const key = raw?.trim().toLowerCase() ?? '';
        const known = Object.hasOwn(DECISION_WORDS, key) ? DECISION_WORDS[key] : undefined;
        if (raw === undefined || known === undefined) {
            return {
                invalid: `unknown decision ${raw !== undefined ? JSON.stringify(raw.slice(0, 40)) : `of type ${typeof doc.decision}`}; expected go, conditional-go or no-go`
            };
        }
        decision = known;
        j.signals.push({
            status: decision === 'no-go' ? 'failed' : 'passed',
            why: `decision: ${raw}`
        });
        // The gate writes `status: failed` with a conditional-go; any other word still counts.
        j.signals.push(...words.filter((w) => !w.why.startsWith('status:')));
        const statusWord = words.find((w) => w.why.startsWith('status:'));
        if (decision === 'go' && statusWord && statusWord.status !== 'passed') {
            j.signals.push({
                status: 'failed',
                why: `decision go but ${statusWord.why}: the older gate writes status passed with every go; regenerate the report`
            });
        }
    }
    else {
        j.signals.push(...words);
    }
    const saysUnverified = words.length > 0 && (0,core_status/* worstStatus */.A4)(words.map((w) => w.status)) === 'unverified';
    // 3. Checks: a list of {check_id, passed} or an object of booleans.
    const checks = readChecks(doc.checks);
    if (typeof checks === 'string')
        return { invalid: checks };
    const failed = [];
    for (const c of checks) {
        if (c.passed)
            continue;
        const access = saysUnverified && !decision && ACCESS_CHECK.test(c.id);
        if (access)
            j.accessChecks.push(c.id);
        else
            failed.push(c.id);
        j.findings.push({
            id: c.id,
            status: access ? 'unverified' : 'failed',
            message: `${access ? 'could not reach evidence' : 'failed'}${c.detail ? `: ${c.detail}` : ''}${c.severity ? ` (severity ${c.severity})` : ''}`
        });
    }
    if (checks.length > 0) {
        j.summary.checks = checks.length;
        j.summary.failed_checks = failed.length;
        // With no verdict word, a list of checks that all passed is a verdict of its own (the
        // counts that restate it are read through it).
        if (words.length === 0 && !decision && failed.length === 0 && j.accessChecks.length === 0)
            j.signals.push({
                status: 'passed',
                why: `checks: ${checks.length} of ${checks.length} passed`
            });
    }
    if (decision === 'conditional-go') {
        j.conditional = `the older gate decided conditional-go${failed.length > 0 ? ` (failed within its profile or under an exception: ${list(failed)})` : ''}`;
    }
    else if (decision === 'go') {
        j.tolerated = failed;
    }
    else if (!decision && failed.length > 0) {
        j.signals.push({
            status: 'failed',
            why: `${failed.length === 1 ? 'check' : `${failed.length} checks`} failed: ${list(failed)}`
        });
    }
    // 4. Summary fields the Playbook names.
    const s = doc.summary;
    if (s !== undefined && s !== null && !(0,verdict/* isRecord */.u4)(s))
        return { invalid: "'summary' must be an object" };
    if ((0,verdict/* isRecord */.u4)(s)) {
        for (const [k, v] of Object.entries(s)) {
            if (typeof v === 'number' && Number.isFinite(v) && v >= 0)
                j.summary[k] = v;
        }
        for (const rule of SUMMARY_RULES) {
            const v = s[rule.field];
            if (v === undefined || v === null)
                continue;
            if (rule.kind === 'count') {
                const bad = countProblem(v);
                if (bad || typeof v !== 'number')
                    return { invalid: `'summary.${rule.field}' ${bad ?? 'must be a number'}` };
                if (v > 0) {
                    j.signals.push({ status: 'failed', why: `summary.${rule.field} = ${v}` });
                    j.findings.push({
                        id: `summary.${rule.field}`,
                        status: 'failed',
                        message: `${v} ${rule.what}`
                    });
                }
            }
            else {
                if (typeof v !== 'boolean')
                    return { invalid: `'summary.${rule.field}' must be true or false` };
                if (!v) {
                    j.signals.push({ status: 'failed', why: `summary.${rule.field} = false` });
                    j.findings.push({ id: `summary.${rule.field}`, status: 'failed', message: rule.what });
                }
            }
        }
        const u = s.unverified;
        if (u !== undefined && u !== null && typeof u !== 'boolean' && typeof u !== 'number')
            return { invalid: "'summary.unverified' must be true or false, or a count" };
        if (u === true)
            j.signals.push({ status: 'unverified', why: 'summary.unverified = true' });
        else if (typeof u === 'number') {
            const bad = countProblem(u);
            if (bad)
                return { invalid: `'summary.unverified' ${bad}` };
            if (u > 0)
                j.signals.push({ status: 'unverified', why: `summary.unverified = ${u}` });
        }
    }
    // 5. Failure lists; warnings and notes are shown only.
    for (const field of FAILURE_LISTS) {
        const items = doc[field];
        if (items === undefined || items === null)
            continue;
        if (!Array.isArray(items)) {
            if (field === 'errors' && typeof items === 'number')
                continue; // a count, read in step 7
            return { invalid: `'${field}' must be a list` };
        }
        if (items.length === 0)
            continue;
        j.summary[field] = items.length;
        const texts = items.map(itemText);
        j.signals.push({
            status: 'failed',
            why: `${field}[] lists ${items.length}: ${texts.slice(0, 2).join('; ')}${items.length > 2 ? '; …' : ''}`
        });
        texts.forEach((t, i) => j.findings.push({ id: `${field}[${i}]`, status: 'failed', message: t || '(no text)' }));
    }
    for (const field of SHOWN_LISTS) {
        const items = doc[field];
        if (!Array.isArray(items) || items.length === 0)
            continue;
        j.summary[field] = items.length;
        j.shown.push(`${field} (not counted): ${items.slice(0, 2).map(itemText).join('; ')}`);
    }
    // 6. Nested items with their own verdict word.
    const nested = nestedVerdicts(doc);
    if (typeof nested === 'string')
        return { invalid: nested };
    for (const n of nested) {
        j.signals.push({ status: n.status, why: `${n.path}: ${n.word}` });
        if (n.status !== 'passed')
            j.findings.push({
                id: n.path,
                status: n.status,
                message: `${n.word}${n.name ? ` (${n.name})` : ''}`
            });
        if (n.status === 'unverified' && n.name)
            j.unverifiedInputs.push(n.name);
    }
    // 7. Counts and ratios (for the older gate's own report too: a failure count still fails).
    const counted = countVerdicts(doc, checks.length > 0, words.length === 0 && !decision);
    if (typeof counted === 'string')
        return { invalid: counted };
    j.signals.push(...counted);
    if (j.signals.length === 0) {
        return {
            invalid: `${label} carries no verdict: looked for 'status', 'slo_status', 'decision', failure counts with a total (top level or in 'summary'), '*_ratio' fields and items with a status; add one, or write a gonogo.report/v1 report`
        };
    }
    return j;
}
/** Why a count is not a count (negative, not finite, not a number); undefined when it is one. */
function countProblem(v) {
    if (typeof v !== 'number')
        return 'must be a number';
    if (!Number.isFinite(v))
        return `must be a finite number, not ${String(v)}`;
    if (v < 0)
        return `must not be negative (${v})`;
    return undefined;
}
/**
 * §2.4: whether an `unverified` report may be accepted with manual evidence. Only the GitHub
 * branch protection report may; a consolidated summary only when every unverified input is that
 * report. Returns the reason it may not, or undefined.
 */
function unverifiedRefusal(doc, contract, unverifiedInputs) {
    const isSummary = Array.isArray(doc.reports);
    if (isSummary) {
        const others = unverifiedInputs.filter((i) => !BRANCH_PROTECTION_REPORT.test(i));
        if (unverifiedInputs.length > 0 && others.length === 0)
            return undefined;
        return `Playbook §2.4: unverified may be accepted only for the GitHub branch protection report, but ${others.length > 0 ? `${list(others)} ${others.length === 1 ? 'is' : 'are'} unverified` : 'no input says which report is unverified'}`;
    }
    if (contract && BRANCH_PROTECTION_REPORT.test(contract))
        return undefined;
    return `Playbook §2.4: unverified may be accepted only for the GitHub branch protection report${contract ? `, not ${contract}` : ''}`;
}
/** `checks` as the scripts write it; a string names what is malformed. */
function readChecks(v) {
    if (v === undefined || v === null)
        return [];
    if (Array.isArray(v)) {
        const out = [];
        for (const [i, c] of v.entries()) {
            if (!(0,verdict/* isRecord */.u4)(c))
                return `'checks[${i}]' must be an object with check_id and passed`;
            const id = typeof c.check_id === 'string' ? c.check_id : typeof c.id === 'string' ? c.id : '';
            let passed;
            if (c.passed !== undefined && c.passed !== null && typeof c.passed !== 'boolean')
                return `'checks[${i}].passed' must be true or false`;
            if (typeof c.passed === 'boolean')
                passed = c.passed;
            if (typeof c.status === 'string') {
                const s = (0,core_status/* normaliseStatusWord */.f)(c.status);
                if (s === undefined)
                    return `unknown status word ${JSON.stringify(c.status.slice(0, 40))} in 'checks[${i}].status'; known words: ${core_status/* LEGACY_STATUS_WORDS */.h$.join(', ')}`;
                // An item that says both passed and not: the worse stands.
                passed = (passed ?? true) && s === 'passed';
            }
            if (passed === undefined)
                return `'checks[${i}]' has no 'passed' (true or false); the older scripts always write it`;
            out.push({
                id: id || `checks[${i}]`,
                passed,
                ...(c.detail !== undefined && c.detail !== null ? { detail: itemText(c.detail) } : {}),
                ...(typeof c.severity === 'string' ? { severity: c.severity } : {})
            });
        }
        return out;
    }
    if ((0,verdict/* isRecord */.u4)(v)) {
        const out = [];
        for (const [k, b] of Object.entries(v)) {
            if (typeof b !== 'boolean')
                return `'checks.${k}' must be true or false`;
            out.push({ id: k, passed: b });
        }
        return out;
    }
    return "'checks' must be a list of {check_id, passed} or an object of booleans";
}
/**
 * Verdict words of nested items (`scenarios[1].status`, `current.status`, `reports[4].status`,
 * `surfaces.api.status`, …) at any depth below the top level, in document order. A `status` or
 * `slo_status` that is not a verdict word is data. Iterative, with a bound on the values read.
 */
function nestedVerdicts(doc) {
    const out = [];
    const stack = [];
    for (const [k, v] of Object.entries(doc).reverse()) {
        if (!NOT_ITEMS.has(k) && typeof v === 'object' && v !== null)
            stack.push({ value: v, path: k });
    }
    let budget = MAX_NESTED_VALUES;
    while (stack.length > 0) {
        if (--budget < 0)
            return `the report nests more than ${MAX_NESTED_VALUES} values below its top level; too large to judge`;
        const { value, path } = stack.pop();
        const children = [];
        if (Array.isArray(value)) {
            value.forEach((v, i) => {
                if (typeof v === 'object' && v !== null)
                    children.push({ value: v, path: `${path}[${i}]` });
            });
        }
        else if ((0,verdict/* isRecord */.u4)(value)) {
            for (const field of ['status', 'slo_status']) {
                const w = value[field];
                if (typeof w !== 'string')
                    continue;
                const s = NESTED_VERDICTS.has(w.trim().toLowerCase()) ? (0,core_status/* normaliseStatusWord */.f)(w) : undefined;
                if (!s)
                    continue;
                const name = itemName(value);
                out.push({ path: `${path}.${field}`, word: w, status: s, ...(name ? { name } : {}) });
            }
            for (const [k, v] of Object.entries(value)) {
                if (typeof v === 'object' && v !== null)
                    children.push({ value: v, path: `${path}.${k}` });
            }
        }
        for (let i = children.length - 1; i >= 0; i--)
            stack.push(children[i]);
    }
    return out;
}
function itemName(o) {
    for (const k of ['contract', 'path', 'report', 'name', 'id', 'check_id', 'capability_id']) {
        const v = o[k];
        if (typeof v === 'string' && v)
            return v.slice(0, 120);
    }
    return undefined;
}
/**
 * Counts and ratios at the top level and in `summary`. A failure count above 0 always fails.
 * With no verdict word (`judgeAll`), the report passes only with 0 failures of at least one item,
 * every `*_ratio` at 1.0 or more, and `passed + failed (+ skipped) == total` where all are given.
 * Returns a message when a count is not a count.
 */
function countVerdicts(doc, hasChecks, judgeAll) {
    const out = [];
    const places = [['', doc]];
    if ((0,verdict/* isRecord */.u4)(doc.summary))
        places.push(['summary.', doc.summary]);
    for (const [prefix, o] of places) {
        // Playbook summary fields are read by their own rules; a checks list by its items.
        const skip = (k) => (prefix === 'summary.' && PLAYBOOK_FIELDS.has(k)) || (hasChecks && RESTATES_CHECKS.has(k));
        const nums = new Map();
        for (const [k, v] of Object.entries(o)) {
            if (skip(k) || !(isFailedCount(k) || isItemCount(k) || k.endsWith('_ratio')))
                continue;
            if (v === null || v === undefined || typeof v === 'boolean' || Array.isArray(v))
                continue;
            if (typeof v === 'object') {
                if (isFailedCount(k))
                    return `'${prefix}${k}' must be a count, not an object`;
                continue;
            }
            const bad = countProblem(v);
            if (bad)
                return `'${prefix}${k}' ${bad}`;
            nums.set(k, v);
        }
        const items = Math.max(0, ...[...nums].filter(([k]) => isItemCount(k)).map(([, n]) => n));
        for (const [k, n] of nums) {
            if (!isFailedCount(k))
                continue;
            if (n > 0)
                out.push({ status: 'failed', why: `${prefix}${k} = ${n}` });
            else if (judgeAll)
                out.push(items > 0
                    ? { status: 'passed', why: `${prefix}${k} = 0 of ${items}` }
                    : { status: 'failed', why: `${prefix}${k} = 0 but no item was counted` });
        }
        for (const [k, n] of nums) {
            if (!k.endsWith('_ratio'))
                continue;
            if (n < 1)
                out.push({ status: 'failed', why: `${prefix}${k} = ${n} (below 1.0)` });
            else if (judgeAll)
                out.push({ status: 'passed', why: `${prefix}${k} = ${n}` });
        }
        const total = nums.get('total');
        const passed = nums.get('passed');
        const failed = nums.get('failed');
        if (judgeAll && total !== undefined && passed !== undefined && failed !== undefined) {
            if (o.skipped !== undefined && o.skipped !== null && countProblem(o.skipped))
                return `'${prefix}skipped' ${countProblem(o.skipped) ?? ''}`;
            const skipped = typeof o.skipped === 'number' ? o.skipped : 0;
            if (passed + failed + skipped !== total)
                out.push({
                    status: 'failed',
                    why: `${prefix}passed (${passed}) + failed (${failed})${skipped ? ` + skipped (${skipped})` : ''} ≠ total (${total}): the counts disagree`
                });
        }
    }
    return out;
}
function list(ids) {
    return `${ids.slice(0, 3).join(', ')}${ids.length > 3 ? `, … (${ids.length})` : ''}`;
}
/** One line of text for a breach, failure or warning entry (strings, or objects as JSON). */
function itemText(v) {
    if (typeof v === 'string')
        return v.split('\n')[0]?.slice(0, 300) ?? '';
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    try {
        return JSON.stringify(v)?.slice(0, 300) ?? '';
    }
    catch {
        return '(unprintable)';
    }
}
/**
 * Every commit id the report names (`subject.sha`, `sha`, `commit`, `git_sha`, `head_sha`): all
 * are compared with the gated commit. A field present that is not a commit id is a message.
 */
function legacyShas(doc) {
    const fields = [
        ['subject.sha', (0,verdict/* isRecord */.u4)(doc.subject) ? doc.subject.sha : undefined],
        ['sha', doc.sha],
        ['commit', doc.commit],
        ['git_sha', doc.git_sha],
        ['head_sha', doc.head_sha]
    ];
    const out = [];
    for (const [name, c] of fields) {
        if (c === undefined || c === null)
            continue;
        if (typeof c !== 'string' || !verdict/* REPORT_SHA_PATTERN */.jg.test(c))
            return `'${name}' must be a commit id (7 to 64 hex digits), not ${JSON.stringify(typeof c === 'string' ? c.slice(0, 40) : typeof c)}; write the commit the report is about`;
        out.push(c);
    }
    return out;
}

// EXTERNAL MODULE: ./src/parsers/schema-errors.ts
var schema_errors = __webpack_require__(3525);
;// CONCATENATED MODULE: ./src/parsers/report-json.ts







/** Our own contracts' prefix: another version of ours is never read as an older script's report. */
const REPORT_CONTRACT_FAMILY = contracts/* REPORT_CONTRACT */._j.slice(0, contracts/* REPORT_CONTRACT */._j.indexOf('/') + 1);
/**
 * Reads a JSON report: the `gonogo.report/v1` contract (schemas/report.v1.schema.json), or a
 * report of the older governance scripts (any other `contract`, or none: see legacy-report.ts).
 * Never throws: malformed JSON or shapes are `invalid`, naming the file and the field; an
 * unexpected error (a bug) is `invalid` naming the file. Any depth is read: the walks over the
 * value are iterative (older-reports.test.ts reads 100,000 levels).
 */
function readJsonReport(text, ctx) {
    try {
        return report_json_read(text, ctx);
    }
    catch (e) {
        const why = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0] ?? ''}` : String(e);
        return (0,verdict/* invalid */.Gq)(ctx.file, `could not be read (${why.slice(0, 200)}); this is a gonogo bug, please report it with the file`);
    }
}
function report_json_read(text, ctx) {
    const parsed = (0,verdict/* parseJson */.qF)(text, ctx.file);
    if (!parsed.ok)
        return parsed.verdict;
    const doc = parsed.value;
    if (!(0,verdict/* isRecord */.u4)(doc))
        return (0,verdict/* invalid */.Gq)(ctx.file, 'a report must be a JSON object');
    // Only gonogo.report/v1 is ours; any other contract, or none, is an older script's report.
    if (doc.contract === contracts/* REPORT_CONTRACT */._j)
        return readContract(doc, ctx);
    if (typeof doc.contract === 'string' && doc.contract.startsWith(REPORT_CONTRACT_FAMILY)) {
        return (0,verdict/* invalid */.Gq)(ctx.file, `unknown contract ${JSON.stringify(doc.contract.slice(0, 80))}; this gate reads ${contracts/* REPORT_CONTRACT */._j}`);
    }
    return readLegacyReport(doc, ctx);
}
function readContract(doc, ctx) {
    if (!(0,validators/* validateReport */.RE)(doc)) {
        const errors = (validators/* validateReport */.RE.errors ?? []).slice(0, 3).map((e) => (0,schema_errors/* formatSchemaError */.t)(e));
        return (0,verdict/* invalid */.Gq)(ctx.file, `does not follow ${contracts/* REPORT_CONTRACT */._j}: ${errors.join('; ')}`);
    }
    const report = doc;
    if (ctx.control && report.control !== ctx.control) {
        return (0,verdict/* invalid */.Gq)(ctx.file, `report is for control '${report.control}', but control '${ctx.control}' reads it; point the control at its own report`);
    }
    if (ctx.repository && report.subject.repository.toLowerCase() !== ctx.repository.toLowerCase()) {
        return (0,verdict/* invalid */.Gq)(ctx.file, `report is about repository '${report.subject.repository}', but the gate checks '${ctx.repository}'`);
    }
    if (ctx.sha && !(0,verdict/* sameCommit */.Kd)(report.subject.sha, ctx.sha))
        return (0,verdict/* stale */.ez)(ctx.file, report.subject.sha, ctx.sha);
    // A report cannot claim passed while one of its own checks failed: take the worst. A report
    // with no checks proves nothing (as makeReport says): at best unverified.
    const status = (0,core_status/* worstStatus */.A4)([
        report.status,
        ...report.checks.map((c) => c.status),
        ...(report.checks.length === 0 ? ['unverified'] : [])
    ]);
    const kept = keepFindings(report.checks);
    const failedChecks = report.checks.filter((c) => c.status === 'failed').length;
    const unverifiedChecks = report.checks.filter((c) => c.status === 'unverified').length;
    const detail = report.checks.length === 0
        ? 'no checks listed'
        : `${report.checks.length} checks, ${failedChecks} failed, ${unverifiedChecks} unverified`;
    return {
        status,
        message: `${ctx.file}: ${status} (${detail})`,
        findings: kept.findings,
        summary: {
            checks: report.checks.length,
            failed_checks: failedChecks,
            unverified_checks: unverifiedChecks
        }
    };
}

;// CONCATENATED MODULE: ./src/parsers/sarif-explain.ts
/**
 * Explains a counted result whose level a `ruleConfigurationOverrides` entry (SARIF 2.1.0
 * §3.20.5) set, when that changes whether it is an error: "rule js/sql-injection raised to error
 * by runs[0].invocations[0].ruleConfigurationOverrides[0]" or "rule CA2101 lowered from error to
 * warning by …". Overrides for the same rule that disagree are named too. `undefined` when the
 * override did not move the result across the error line (or no override applied).
 */
function explain(v) {
    if (v.source !== 'override' || v.override === undefined)
        return undefined;
    const rule = `rule ${v.ruleId ?? '(no id)'}`;
    const by = v.override.hit.path;
    const others = v.override.disagreeing.map((h) => `${h.path} says ${h.level}`);
    const note = others.length ? ` (${others.join(', ')}; the most severe applies)` : '';
    const from = v.defaultLevel ?? 'warning';
    if (v.level === 'error' && from !== 'error') {
        return { kind: 'raised', text: `${rule} raised to error by ${by}${note}` };
    }
    if (v.level !== 'error' && from === 'error') {
        return { kind: 'lowered', text: `${rule} lowered from error to ${v.level} by ${by}${note}` };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/parsers/sarif-level-word.ts
/** SARIF 2.1.0 level words (§3.27.10, §3.50.3) and their order of severity. */
const LEVELS = ['error', 'warning', 'note', 'none'];
const RANK = { none: 0, note: 1, warning: 2, error: 3 };
/** Whether `a` is more severe than `b`. */
function moreSevere(a, b) {
    return RANK[a] > RANK[b];
}

;// CONCATENATED MODULE: ./src/parsers/sarif-shape.ts
/**
 * Shape checks for the SARIF reader: read only own properties, describe any JSON value without
 * recursing into it, and say where a value is wrong as a JSON path (`runs[0].results[3].level`).
 * Pure; nothing here throws except {@link SarifShapeError}, which the reader turns into `invalid`.
 */
/** The SARIF file does not have the shape SARIF 2.1.0 requires at `path`. */
class SarifShapeError extends Error {
    path;
    why;
    constructor(path, why) {
        super(`${path} ${why}`);
        this.path = path;
        this.why = why;
        this.name = 'SarifShapeError';
    }
}
/** Whether `v` is a JSON object (not `null`, not an array). */
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * `obj[key]` when `obj` has that own property, else `undefined`. A key inherited from
 * `Object.prototype` (`constructor`, `toString`, `__proto__`) never reads as a SARIF value.
 */
function own(obj, key) {
    return Object.hasOwn(obj, key) ? obj[key] : undefined;
}
/**
 * A short description of any value for a message: a string quoted as JSON (cut at 80), a number,
 * boolean or null as written, an array or object by its type. Never recurses (a deeply nested
 * array would overflow `JSON.stringify`).
 */
function describe(v) {
    if (typeof v === 'string') {
        const s = v.length > 80 ? `${v.slice(0, 80)}…` : v;
        return JSON.stringify(s);
    }
    if (typeof v === 'number' || typeof v === 'boolean' || v === null)
        return String(v);
    if (v === undefined)
        return 'undefined';
    if (Array.isArray(v))
        return 'an array';
    return 'an object';
}
/** `runs[0]` + `results` → `runs[0].results`; `runs[0].results` + 3 → `runs[0].results[3]`. */
function at(path, key) {
    if (typeof key === 'number')
        return `${path}[${key}]`;
    return path === '' ? key : `${path}.${key}`;
}
/**
 * An own property that must be an object when present; `undefined` when absent.
 * @throws SarifShapeError `<path>.<key> must be an object`.
 */
function optionalObject(obj, key, path) {
    const v = own(obj, key);
    if (v === undefined)
        return undefined;
    if (!isObject(v))
        throw new SarifShapeError(at(path, key), 'must be an object');
    return v;
}
/**
 * An own property that must be an array when present; `undefined` when absent.
 * @throws SarifShapeError `<path>.<key> must be an array`.
 */
function optionalArray(obj, key, path) {
    const v = own(obj, key);
    if (v === undefined)
        return undefined;
    if (!Array.isArray(v))
        throw new SarifShapeError(at(path, key), 'must be an array');
    return v;
}
/**
 * An own property that must be a string when present; `undefined` when absent.
 * @throws SarifShapeError `<path>.<key> must be a string`.
 */
function optionalString(obj, key, path) {
    const v = own(obj, key);
    if (v === undefined)
        return undefined;
    if (typeof v !== 'string')
        throw new SarifShapeError(at(path, key), 'must be a string');
    return v;
}
/**
 * An array index property (SARIF §3.7.4): an integer ≥ -1 when present. `-1`, the schema's
 * default, means "no index" and reads as `undefined`, as does an absent property.
 * @throws SarifShapeError when the value is not such an integer.
 */
function optionalIndex(obj, key, path) {
    const v = own(obj, key);
    if (v === undefined)
        return undefined;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < -1) {
        throw new SarifShapeError(at(path, key), `must be an array index (an integer ≥ -1), not ${describe(v)}`);
    }
    return v === -1 ? undefined : v;
}
/**
 * Element `i` of `list`, which must be an object.
 * @throws SarifShapeError `<path>[i] must be an object`.
 */
function objectAt(list, i, path) {
    const v = list[i];
    if (!isObject(v))
        throw new SarifShapeError(at(path, i), 'must be an object');
    return v;
}
/**
 * An own property that, when present, must be one of `allowed` (SARIF's fixed word lists).
 * @throws SarifShapeError `<path>.<key> "x" is not one of a, b, c`.
 */
function optionalWord(obj, key, path, allowed) {
    const v = own(obj, key);
    if (v === undefined)
        return undefined;
    if (typeof v !== 'string' || !allowed.includes(v)) {
        throw new SarifShapeError(at(path, key), `${describe(v)} is not one of ${allowed.join(', ')}`);
    }
    return v;
}

;// CONCATENATED MODULE: ./src/parsers/sarif-tool.ts
/**
 * The tool of a SARIF run and the rules it describes (SARIF 2.1.0 §3.18 tool, §3.19
 * toolComponent, §3.49 reportingDescriptor), and the lookups that find a rule from a
 * reference: §3.54.2 toolComponent lookup and §3.52.3 reportingDescriptor lookup.
 */


/**
 * Reads `run.tool` (§3.14.6, §3.18): `driver` must be an object, `extensions` an array of
 * objects, each component's `rules` an array of objects with a string `id` (§3.49.3) and an
 * optional `defaultConfiguration.level` (§3.49.14, §3.50.3).
 * @throws SarifShapeError naming the JSON path of the first value that is not so.
 */
function readTool(run, runPath) {
    const toolPath = at(runPath, 'tool');
    const tool = own(run, 'tool');
    if (!isObject(tool))
        throw new SarifShapeError(toolPath, 'must be an object (SARIF 2.1.0 §3.14.6)');
    const driver = own(tool, 'driver');
    if (!isObject(driver)) {
        throw new SarifShapeError(at(toolPath, 'driver'), 'must be an object (SARIF 2.1.0 §3.18.2)');
    }
    const extensions = optionalArray(tool, 'extensions', toolPath) ?? [];
    const extPath = at(toolPath, 'extensions');
    return {
        driver: readComponent(driver, 'driver', at(toolPath, 'driver')),
        extensions: extensions.map((_, i) => readComponent(objectAt(extensions, i, extPath), `extensions[${i}]`, at(extPath, i)))
    };
}
function readComponent(c, key, path) {
    const rules = optionalArray(c, 'rules', path) ?? [];
    const rulesPath = at(path, 'rules');
    const component = {
        key,
        path,
        name: optionalString(c, 'name', path),
        guid: optionalString(c, 'guid', path),
        rules: [],
        byId: new Map(),
        byGuid: new Map()
    };
    for (let i = 0; i < rules.length; i++) {
        const rulePath = at(rulesPath, i);
        const r = objectAt(rules, i, rulesPath);
        const id = optionalString(r, 'id', rulePath);
        if (id === undefined)
            throw new SarifShapeError(at(rulePath, 'id'), 'must be a string (SARIF 2.1.0 §3.49.3)');
        const cfg = optionalObject(r, 'defaultConfiguration', rulePath);
        const rule = {
            index: i,
            id,
            guid: optionalString(r, 'guid', rulePath),
            defaultLevel: cfg
                ? optionalWord(cfg, 'level', at(rulePath, 'defaultConfiguration'), LEVELS)
                : undefined
        };
        component.rules.push(rule);
        const same = component.byId.get(id);
        if (same)
            same.push(i);
        else
            component.byId.set(id, [i]);
        if (rule.guid !== undefined && !component.byGuid.has(rule.guid.toLowerCase()))
            component.byGuid.set(rule.guid.toLowerCase(), i);
    }
    return component;
}
/**
 * §3.54.2 toolComponent lookup. `index` names an extension; else `guid` names the driver or an
 * extension; else `name` (which the spec leaves out of the lookup, but tools such as
 * kubeshop/monokle-core#428 reference extensions by name alone) names the components with that
 * name; else, or when nothing has that name, the driver. `implicit` is true when the reference
 * did not name a component, so a rule id may also be sought in the extensions.
 * @throws SarifShapeError when `index` or `guid` names no component.
 */
function lookupComponents(tool, ref, path) {
    if (ref === undefined)
        return { components: [tool.driver], implicit: true };
    const index = optionalIndex(ref, 'index', path);
    if (index !== undefined) {
        const ext = tool.extensions[index];
        if (!ext) {
            throw new SarifShapeError(at(path, 'index'), `${index} names no tool extension: the run has ${count(tool.extensions.length, 'extension')} (SARIF 2.1.0 §3.54.4)`);
        }
        return { components: [ext], implicit: false };
    }
    const all = [tool.driver, ...tool.extensions];
    const guid = optionalString(ref, 'guid', path);
    if (guid !== undefined) {
        const hits = all.filter((c) => c.guid !== undefined && c.guid.toLowerCase() === guid.toLowerCase());
        if (hits.length === 0) {
            throw new SarifShapeError(at(path, 'guid'), `${describe(guid)} names neither the driver nor an extension (SARIF 2.1.0 §3.54.5)`);
        }
        return { components: hits, implicit: false };
    }
    const name = optionalString(ref, 'name', path);
    const named = name === undefined ? [] : all.filter((c) => c.name === name);
    return named.length > 0
        ? { components: named, implicit: false }
        : { components: [tool.driver], implicit: true };
}
/** "1 rule", "3 rules". */
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
/** Rules of `c` whose id is `id`, else whose id is `id` less its last hierarchical component (§3.52.4). */
function rulesById(c, id) {
    const exact = c.byId.get(id);
    if (exact)
        return exact;
    const cut = id.lastIndexOf('/');
    return cut > 0 ? (c.byId.get(id.slice(0, cut)) ?? []) : [];
}
/**
 * §3.52.3 reportingDescriptor lookup: the rules a `reportingDescriptorReference` names, in the
 * component its `toolComponent` names. By `index` (else `fallback.index`, a result's
 * `ruleIndex`), else by `guid`, else by `id` (else `fallback.id`, a result's `ruleId`). When the
 * reference names no component and the driver has no rule with that id, the extensions are
 * searched too: producers have left `toolComponent` out for extension rules (microsoft/PSRule#949).
 * Several rules with one id (§3.52.5 allows it) are all candidates.
 * @throws SarifShapeError when an explicit index or guid names no rule.
 */
function lookupRule(tool, ref, path, fallback = {}) {
    const { components, implicit } = lookupComponents(tool, optionalObject(ref, 'toolComponent', path), at(path, 'toolComponent'));
    const ownIndex = optionalIndex(ref, 'index', path);
    const index = ownIndex ?? fallback.index;
    const indexPath = ownIndex !== undefined ? at(path, 'index') : (fallback.indexPath ?? at(path, 'index'));
    const guid = optionalString(ref, 'guid', path);
    const id = optionalString(ref, 'id', path) ?? fallback.id;
    const candidates = [];
    if (index !== undefined) {
        for (const component of components) {
            const rule = component.rules[index];
            if (rule)
                candidates.push({ component, rule });
        }
        if (candidates.length === 0) {
            throw new SarifShapeError(indexPath, `${index} names no rule: ${components.map((c) => `${c.path}.rules has ${count(c.rules.length, 'rule')}`).join(', ')} (SARIF 2.1.0 §3.52.5)`);
        }
        return { candidates, components, id };
    }
    if (guid !== undefined) {
        for (const component of components) {
            const i = component.byGuid.get(guid.toLowerCase());
            const rule = i === undefined ? undefined : component.rules[i];
            if (rule)
                candidates.push({ component, rule });
        }
        if (candidates.length === 0) {
            throw new SarifShapeError(at(path, 'guid'), `${describe(guid)} names no rule of ${components.map((c) => c.path).join(' or ')} (SARIF 2.1.0 §3.52.6)`);
        }
        return { candidates, components, id };
    }
    if (id === undefined)
        return { candidates, components, id };
    const searched = [...components];
    const collect = (list) => {
        for (const component of list) {
            for (const i of rulesById(component, id)) {
                const rule = component.rules[i];
                if (rule)
                    candidates.push({ component, rule });
            }
        }
    };
    collect(components);
    if (candidates.length === 0 && implicit) {
        collect(tool.extensions);
        searched.push(...tool.extensions);
    }
    return { candidates, components: searched, id };
}

;// CONCATENATED MODULE: ./src/parsers/sarif-overrides.ts
/**
 * Rule configuration overrides (SARIF 2.1.0 §3.20.5 `invocation.ruleConfigurationOverrides`,
 * §3.51 configurationOverride): how the run reconfigured a rule's level at runtime, raising or
 * lowering its `defaultConfiguration.level`.
 */



/** Key of a described rule: its component and index. */
function ruleKey(componentKey, ruleIndex) {
    return `${componentKey}#${ruleIndex}`;
}
/** Key of a rule known only by id within a component. */
function idKey(componentKey, id) {
    return `${componentKey}@${id}`;
}
function add(map, key, hit) {
    const list = map.get(key);
    if (list)
        list.push(hit);
    else
        map.set(key, [hit]);
}
/**
 * Reads every `invocations[i].ruleConfigurationOverrides[j]` of a run. Each must be an object
 * with a `descriptor` (a reportingDescriptorReference, §3.51.2, looked up per §3.52.3 in the
 * driver or the extension its `toolComponent` names) and a `configuration` object (§3.51.3)
 * whose `level`, when present, is a SARIF level. An override without `level` leaves the rule's
 * default in force (§3.51.3).
 * @throws SarifShapeError naming the path of a malformed override or of a descriptor whose
 *   index or guid names no rule or component.
 */
function readOverrides(invocations, invocationsPath, tool) {
    const out = { byRule: new Map(), byId: new Map() };
    invocations.forEach((inv, i) => {
        const invPath = at(invocationsPath, i);
        const list = optionalArray(inv, 'ruleConfigurationOverrides', invPath) ?? [];
        const listPath = at(invPath, 'ruleConfigurationOverrides');
        for (let j = 0; j < list.length; j++) {
            const path = at(listPath, j);
            const o = objectAt(list, j, listPath);
            const descriptor = own(o, 'descriptor');
            if (!isObject(descriptor)) {
                throw new SarifShapeError(at(path, 'descriptor'), 'must be an object (SARIF 2.1.0 §3.51.2)');
            }
            const configuration = own(o, 'configuration');
            if (!isObject(configuration)) {
                throw new SarifShapeError(at(path, 'configuration'), 'must be an object (SARIF 2.1.0 §3.51.3)');
            }
            const found = lookupRule(tool, descriptor, at(path, 'descriptor'));
            if (found.candidates.length === 0 && found.id === undefined) {
                throw new SarifShapeError(at(path, 'descriptor'), 'names no rule: give its index, guid or id (SARIF 2.1.0 §3.52)');
            }
            const level = optionalWord(configuration, 'level', at(path, 'configuration'), LEVELS);
            if (level === undefined)
                continue;
            const hit = { level, path, invocation: i };
            for (const c of found.candidates)
                add(out.byRule, ruleKey(c.component.key, c.rule.index), hit);
            if (found.candidates.length === 0 && found.id !== undefined) {
                for (const c of found.components)
                    add(out.byId, idKey(c.key, found.id), hit);
            }
        }
    });
    return out;
}

;// CONCATENATED MODULE: ./src/parsers/sarif-result.ts
/**
 * What one SARIF result counts for: its level (SARIF 2.1.0 §3.27.9 kind, §3.27.10 level),
 * whether it is suppressed (§3.27.23, §3.35.3) and whether it is gone since the baseline
 * (§3.27.24 `baselineState: absent`).
 */




/** SARIF 2.1.0 result kinds (§3.27.9); any other value is not SARIF, so the file is invalid. */
const KINDS = ['pass', 'open', 'informational', 'notApplicable', 'review', 'fail'];
const SUPPRESSION_STATUSES = ['accepted', 'underReview', 'rejected'];
const BASELINE_STATES = ['new', 'unchanged', 'updated', 'absent'];
/**
 * Judges `runs[r].results[i]`.
 *
 * Level (§3.27.10): the result's own `level`; else `none` when `kind` (§3.27.9) is other than
 * `fail`; else, for the rule the result references (§3.27.5–§3.27.7, looked up per §3.52.3 in the
 * driver or the extension its `rule.toolComponent` names), a `ruleConfigurationOverrides` level
 * (§3.20.5, §3.51) from the invocation `provenance.invocationIndex` names (§3.27.29, §3.48.6),
 * or from any invocation when it names none; else the rule's `defaultConfiguration.level`; else
 * `warning`. Overrides may raise or lower. When several overrides or rules apply and disagree,
 * the most severe level counts (fail closed).
 *
 * @throws SarifShapeError naming the path of a value SARIF does not allow: a kind, level,
 *   suppression status or baseline state outside the spec's words, a rule reference whose
 *   index or guid names nothing, `rule.index` ≠ `ruleIndex`, or `rule.id` ≠ `ruleId` when no
 *   index or guid decides between them.
 */
function judgeResult(r, path, run) {
    const kind = optionalWord(r, 'kind', path, KINDS);
    const ownLevel = optionalWord(r, 'level', path, LEVELS);
    const suppressed = isSuppressed(r, path);
    const absent = optionalWord(r, 'baselineState', path, BASELINE_STATES) === 'absent';
    const invocation = invocationOf(r, path, run.invocationCount);
    const ruleId = optionalString(r, 'ruleId', path);
    const ruleIndex = optionalIndex(r, 'ruleIndex', path);
    const ref = optionalObject(r, 'rule', path) ?? {};
    const refPath = at(path, 'rule');
    const refIndex = optionalIndex(ref, 'index', refPath);
    const refId = optionalString(ref, 'id', refPath);
    if (refIndex !== undefined && ruleIndex !== undefined && refIndex !== ruleIndex) {
        throw new SarifShapeError(at(refPath, 'index'), `${refIndex} differs from ruleIndex ${ruleIndex}; they must be equal (SARIF 2.1.0 §3.27.7)`);
    }
    const decided = refIndex !== undefined || ruleIndex !== undefined || own(ref, 'guid') !== undefined;
    if (refId !== undefined && ruleId !== undefined && refId !== ruleId && !decided) {
        throw new SarifShapeError(at(refPath, 'id'), `${describe(refId)} differs from ruleId ${describe(ruleId)} and no index decides which rule is meant (SARIF 2.1.0 §3.27.7)`);
    }
    const found = lookupRule(run.tool, ref, refPath, {
        index: ruleIndex,
        indexPath: at(path, 'ruleIndex'),
        id: ruleId
    });
    const shownId = ruleId ?? refId ?? found.candidates[0]?.rule.id;
    const base = { suppressed, absent, ruleId: shownId };
    if (ownLevel !== undefined) {
        return {
            ...base,
            level: ownLevel,
            source: 'result',
            defaultLevel: undefined,
            override: undefined
        };
    }
    if (kind !== undefined && kind !== 'fail') {
        return { ...base, level: 'none', source: 'kind', defaultLevel: undefined, override: undefined };
    }
    const inForce = (hits) => (hits ?? []).filter((h) => invocation === undefined || h.invocation === invocation);
    if (found.candidates.length === 0) {
        const hits = found.id === undefined
            ? []
            : found.components.flatMap((c) => inForce(run.overrides.byId.get(idKey(c.key, found.id))));
        const override = pick(hits);
        return override
            ? {
                ...base,
                level: override.hit.level,
                source: 'override',
                defaultLevel: undefined,
                override
            }
            : {
                ...base,
                level: 'warning',
                source: 'fallback',
                defaultLevel: undefined,
                override: undefined
            };
    }
    let best;
    for (const c of found.candidates) {
        const v = candidateLevel(c, inForce(run.overrides.byRule.get(ruleKey(c.component.key, c.rule.index))));
        const verdict = { ...base, ...v };
        if (best === undefined || moreSevere(verdict.level, best.level))
            best = verdict;
    }
    return best;
}
function candidateLevel(c, hits) {
    const override = pick(hits);
    if (override) {
        return {
            level: override.hit.level,
            source: 'override',
            defaultLevel: c.rule.defaultLevel,
            override
        };
    }
    if (c.rule.defaultLevel !== undefined) {
        return {
            level: c.rule.defaultLevel,
            source: 'default',
            defaultLevel: c.rule.defaultLevel,
            override: undefined
        };
    }
    return { level: 'warning', source: 'fallback', defaultLevel: undefined, override: undefined };
}
/** The most severe of several overrides (the first among equals), and those that disagree with it. */
function pick(hits) {
    let hit;
    for (const h of hits)
        if (hit === undefined || moreSevere(h.level, hit.level))
            hit = h;
    if (hit === undefined)
        return undefined;
    const level = hit.level;
    return { hit, disagreeing: hits.filter((h) => h.level !== level) };
}
/** `provenance.invocationIndex` (§3.27.29, §3.48.6), checked against the run's invocations. */
function invocationOf(r, path, n) {
    const provenance = optionalObject(r, 'provenance', path);
    if (!provenance)
        return undefined;
    const pPath = at(path, 'provenance');
    const i = optionalIndex(provenance, 'invocationIndex', pPath);
    if (i !== undefined && i >= n) {
        throw new SarifShapeError(at(pPath, 'invocationIndex'), `${i} names no invocation: the run has ${count(n, 'invocation')} (SARIF 2.1.0 §3.48.6)`);
    }
    return i;
}
/**
 * §3.27.23: an absent or `null` `suppressions`, or an empty array, means not suppressed. A
 * non-empty array is examined by its statuses (§3.35.3): the result is suppressed when no
 * suppression is `underReview` or `rejected`, that is, each is `accepted` or gives no status
 * (an in-source suppression such as ESLint's `eslint-disable`, written without a status). This
 * follows the SARIF editors' guidance (microsoft/sarif-tutorials, "Determining suppression
 * status"): one rejected or pending request among accepted ones keeps the result.
 * @throws SarifShapeError when `suppressions` is not an array of objects or a status is not a
 *   §3.35.3 word.
 */
function isSuppressed(r, path) {
    const list = own(r, 'suppressions');
    if (list === undefined || list === null)
        return false;
    const listPath = at(path, 'suppressions');
    if (!Array.isArray(list))
        throw new SarifShapeError(listPath, 'must be an array or null (SARIF 2.1.0 §3.27.23)');
    let suppressed = list.length > 0;
    for (let i = 0; i < list.length; i++) {
        const status = optionalWord(objectAt(list, i, listPath), 'status', at(listPath, i), SUPPRESSION_STATUSES);
        if (status === 'underReview' || status === 'rejected')
            suppressed = false;
    }
    return suppressed;
}

;// CONCATENATED MODULE: ./src/parsers/sarif.ts








/**
 * Reads a SARIF 2.1.0 log (OASIS SARIF 2.1.0, errata 01) and says whether it holds an error.
 *
 * Input: the file's text (a leading U+FEFF byte order mark is skipped) and where it came from.
 * Output, never thrown:
 * - `passed`: every run completed and no counted result is at level `error`;
 * - `failed`: a counted result is at level `error` (finding per error, with file, line and
 *   column), or a run has no results (absent or `null`: the analysis did not run or did not
 *   finish, §3.14.23), or an invocation says `executionSuccessful: false` (§3.20.14), or the
 *   log has no runs;
 * - `stale`: a run's `versionControlProvenance[].revisionId` (§3.14.12, §3.23.5) names another
 *   commit than `ctx.sha`;
 * - `invalid`: not JSON, not a JSON object, `version` other than `2.1.0`, or a value the reader
 *   depends on has a shape SARIF does not allow; the message names the file and the JSON path,
 *   e.g. `runs[0].invocations[1].ruleConfigurationOverrides[0].descriptor.index`.
 * Several runs: invalid, then stale, then failed wins. Arrays and objects nested deeper than
 * MAX_JSON_DEPTH (256; a SARIF log nests about 12) are refused before parsing.
 *
 * A result's level is its own, else `none` for a `kind` other than `fail` (§3.27.9), else the
 * run's `ruleConfigurationOverrides` for its rule (§3.20.5, §3.51), else its rule's
 * `defaultConfiguration.level` in the driver or the extension `rule.toolComponent` names
 * (§3.49.14, §3.52.3, §3.54.2), else `warning` (§3.27.10). Suppressed results (§3.27.23: each
 * suppression accepted or without status) and results with `baselineState: absent` (§3.27.24)
 * are not counted. The message says when an override raised a rule to error or lowered it from
 * error, naming the override's path.
 */
function readSarif(text, ctx) {
    try {
        return sarif_read(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, ctx);
    }
    catch (e) {
        if (e instanceof SarifShapeError)
            return (0,verdict/* invalid */.Gq)(ctx.file, e.message);
        // Not expected: a shape the checks above missed. Fail closed with a readable message.
        const why = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0] ?? ''}` : describe(e);
        return (0,verdict/* invalid */.Gq)(ctx.file, `could not be read as SARIF (${why.slice(0, 200)}); please report this as a gonogo bug`);
    }
}
function sarif_read(text, ctx) {
    const parsed = (0,verdict/* parseJson */.qF)(text, ctx.file, json_error/* MAX_JSON_DEPTH */.KX);
    if (!parsed.ok)
        return parsed.verdict;
    const doc = parsed.value;
    if (!isObject(doc))
        return (0,verdict/* invalid */.Gq)(ctx.file, 'SARIF must be a JSON object');
    const version = own(doc, 'version');
    if (version !== '2.1.0') {
        return (0,verdict/* invalid */.Gq)(ctx.file, version === undefined
            ? `no 'version': not a SARIF log (SARIF 2.1.0 §3.13.2 requires "version": "2.1.0")`
            : `SARIF version ${describe(version)} is not supported; expected "2.1.0"`);
    }
    const runs = own(doc, 'runs');
    if (!Array.isArray(runs))
        return (0,verdict/* invalid */.Gq)(ctx.file, "'runs' must be an array");
    if (runs.length === 0) {
        return {
            status: 'failed',
            message: `${ctx.file}: no runs: the analysis did not run`,
            findings: [],
            summary: { runs: 0 }
        };
    }
    const counts = {
        runs: runs.length,
        results: 0,
        error: 0,
        warning: 0,
        note: 0,
        none: 0,
        suppressed: 0
    };
    const findings = [];
    const explanations = { raised: new Set(), lowered: new Set() };
    const incomplete = [];
    let staleRevision;
    for (let ri = 0; ri < runs.length; ri++) {
        const runPath = at('runs', ri);
        const run = objectAt(runs, ri, 'runs');
        const revision = runRevision(run);
        if (ctx.sha && revision && !(0,verdict/* sameCommit */.Kd)(revision, ctx.sha))
            staleRevision ??= revision;
        const tool = readTool(run, runPath);
        const invocationsPath = at(runPath, 'invocations');
        const invocationList = optionalArray(run, 'invocations', runPath) ?? [];
        const invocations = invocationList.map((_, i) => objectAt(invocationList, i, invocationsPath));
        const context = {
            tool,
            overrides: readOverrides(invocations, invocationsPath, tool),
            invocationCount: invocations.length
        };
        // §3.14.23: absent and null results both mean the tool did not run or did not finish.
        const results = own(run, 'results');
        if (results === undefined || results === null) {
            incomplete.push(`${runPath} has no results: the analysis did not complete`);
        }
        else if (!Array.isArray(results)) {
            throw new SarifShapeError(at(runPath, 'results'), 'must be an array');
        }
        invocations.forEach((inv, i) => {
            const ok = own(inv, 'executionSuccessful');
            if (ok !== undefined && typeof ok !== 'boolean') {
                throw new SarifShapeError(at(at(invocationsPath, i), 'executionSuccessful'), 'must be true or false');
            }
            if (ok === false) {
                incomplete.push(`${runPath} reports an unsuccessful tool execution (executionSuccessful: false)`);
            }
        });
        const list = Array.isArray(results) ? results : [];
        const resultsPath = at(runPath, 'results');
        for (let i = 0; i < list.length; i++) {
            const path = at(resultsPath, i);
            const r = objectAt(list, i, resultsPath);
            const v = judgeResult(r, path, context);
            if (v.suppressed || v.absent) {
                counts.suppressed++;
                continue;
            }
            counts.results++;
            counts[v.level]++;
            const why = explain(v);
            if (why)
                explanations[why.kind].add(why.text);
            if (v.level === 'error')
                findings.push(toFinding(r, i, v.ruleId, ctx.root));
        }
    }
    if (staleRevision !== undefined && ctx.sha)
        return (0,verdict/* stale */.ez)(ctx.file, staleRevision, ctx.sha);
    const kept = keepFindings(findings);
    const omitted = kept.omitted > 0 ? { findingsOmitted: kept.omitted } : {};
    if (incomplete.length > 0) {
        return {
            status: 'failed',
            message: `${ctx.file}: ${[...new Set(incomplete)].join('; ')}`,
            findings: kept.findings,
            ...omitted,
            summary: { ...counts }
        };
    }
    return {
        status: counts.error > 0 ? 'failed' : 'passed',
        message: `${ctx.file}: ${summarise(counts, explanations)}`,
        findings: kept.findings,
        ...omitted,
        summary: { ...counts }
    };
}
/** "2 errors (rule X raised to error by P), 1 warnings, 0 notes in 1 runs (1 suppressed; …)". */
function summarise(c, explanations) {
    const raised = distinct(explanations.raised);
    const lowered = distinct(explanations.lowered);
    const tail = [...(c.suppressed ? [`${c.suppressed} suppressed`] : []), ...lowered];
    return (`${c.error} errors${raised.length ? ` (${raised.join('; ')})` : ''}, ${c.warning} warnings, ` +
        `${c.note} notes in ${c.runs} runs${tail.length ? ` (${tail.join('; ')})` : ''}`);
}
/** Texts in first-seen order, at most three and a count of the rest. */
function distinct(texts) {
    const unique = [...texts];
    return unique.length <= 3 ? unique : [...unique.slice(0, 3), `${unique.length - 3} more`];
}
function runRevision(run) {
    const vcp = own(run, 'versionControlProvenance');
    if (!Array.isArray(vcp))
        return undefined;
    for (const v of vcp) {
        const id = isObject(v) ? own(v, 'revisionId') : undefined;
        if (typeof id === 'string' && verdict/* REPORT_SHA_PATTERN */.jg.test(id))
            return id;
    }
    return undefined;
}
function toFinding(r, index, ruleId, root) {
    const message = own(r, 'message');
    const text = isObject(message) ? own(message, 'text') : undefined;
    const f = {
        id: ruleId ?? `result ${index}`,
        status: 'failed',
        message: typeof text === 'string' ? (text.split('\n')[0]?.slice(0, 500) ?? '') : ''
    };
    const locations = own(r, 'locations');
    const loc = Array.isArray(locations) && isObject(locations[0]) ? locations[0] : undefined;
    const phys = loc ? own(loc, 'physicalLocation') : undefined;
    const art = isObject(phys) ? own(phys, 'artifactLocation') : undefined;
    const region = isObject(phys) ? own(phys, 'region') : undefined;
    const uri = isObject(art) ? own(art, 'uri') : undefined;
    if (typeof uri === 'string') {
        const line = isObject(region) ? own(region, 'startLine') : undefined;
        const column = isObject(region) ? own(region, 'startColumn') : undefined;
        f.location = {
            file: relativeUri(uri, root),
            ...(typeof line === 'number' && line ? { line } : {}),
            ...(typeof column === 'number' && column ? { column } : {})
        };
    }
    return f;
}
/** `file:///home/runner/work/r/r/src/a.js` → `src/a.js` when it lies in the workspace. */
function relativeUri(uri, root) {
    let file = uri.replace(/^file:\/\//, '');
    try {
        file = decodeURIComponent(file);
    }
    catch {
        /* keep it as written */
    }
    if (root) {
        const prefix = root.endsWith('/') ? root : `${root}/`;
        if (file.startsWith(prefix))
            return file.slice(prefix.length);
    }
    return file.replace(/^\.\//, '');
}

;// CONCATENATED MODULE: ./src/io/byte-budget.ts
/**
 * Bounds the bytes held at once by concurrent reads: each read reserves its file's size before it
 * opens the file and releases it once the text is parsed to a small verdict. Reservations are
 * granted in the order they are asked for; one larger than the whole budget waits until nothing
 * else is held and then runs alone, so no read waits forever.
 *
 * With a 64 MiB budget and 50 MiB report files, at most one such file (plus smaller ones up to
 * the budget) is in memory at a time, however many files a glob matches and however many reads
 * run in parallel.
 */
class ByteBudget {
    limit;
    held = 0;
    highWater = 0;
    waiting = [];
    /** @param limit the most bytes held at once (a positive integer) */
    constructor(limit) {
        this.limit = limit;
    }
    /** The most bytes held at once so far (for tests and benchmarks). */
    get peak() {
        return this.highWater;
    }
    /**
     * Waits until `bytes` fit, holds them and returns the function that gives them back (calling it
     * twice gives back once).
     */
    async acquire(bytes) {
        const n = Math.max(0, Math.floor(bytes));
        if (this.waiting.length > 0 || !this.fits(n)) {
            await new Promise((grant) => this.waiting.push({ bytes: n, grant }));
        }
        else
            this.take(n);
        return this.releaser(n);
    }
    /**
     * Holds `bytes` at once when they fit and nobody waits (the release function), else undefined
     * and nothing is held: then `acquire` waits its turn. Spares a promise per small file.
     */
    tryAcquire(bytes) {
        const n = Math.max(0, Math.floor(bytes));
        if (this.waiting.length > 0 || !this.fits(n))
            return undefined;
        this.take(n);
        return this.releaser(n);
    }
    releaser(n) {
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            this.held -= n;
            this.wake();
        };
    }
    fits(n) {
        return this.held === 0 || this.held + n <= this.limit;
    }
    take(n) {
        this.held += n;
        this.highWater = Math.max(this.highWater, this.held);
    }
    wake() {
        for (;;) {
            const next = this.waiting[0];
            if (!next || !this.fits(next.bytes))
                return;
            this.waiting.shift();
            this.take(next.bytes);
            next.grant();
        }
    }
}
/** Bytes of report files held in memory at once while a gate reads its sources (64 MiB). */
const DEFAULT_BYTES_IN_FLIGHT = 64 * 1024 * 1024;

;// CONCATENATED MODULE: ./src/io/report-file.ts

const READ_FAILURE_STATUS = {
    missing: 'missing',
    escapes: 'invalid',
    'too-large': 'invalid',
    'not-a-file': 'invalid',
    unreadable: 'invalid'
};
/**
 * One report file → its verdict: its bytes are read (holding a share of `budget` from before the
 * file is opened until its text is parsed, so many large files never sit in memory together),
 * decoded by byte-order mark and declaration (decode-text.ts), read by the source's reader, and
 * every invisible character in the messages is named. The text is dropped before this returns:
 * what stays is the verdict (findings capped by the reader).
 *
 * Never throws: a read refusal is `missing`/`invalid` with the workspace's message, bytes that do
 * not decode are `invalid`, and a reader that throws (a bug) is `invalid` naming the file.
 *
 * @param file workspace-relative path
 */
async function judgeReportFile(ws, file, o) {
    let release;
    try {
        const read = await ws.readBytes(file, o.maxBytes, {
            reserve: (bytes) => {
                release = o.budget.tryAcquire(bytes);
                return release
                    ? undefined
                    : o.budget.acquire(bytes).then((r) => {
                        release = r;
                    });
            }
        });
        if (!read.ok) {
            return {
                status: READ_FAILURE_STATUS[read.reason],
                message: read.message,
                findings: [],
                summary: {}
            };
        }
        const decoded = decodeText(read.data, o.syntax);
        if (!decoded.ok)
            return refused(file, decoded.message);
        let verdict;
        try {
            verdict = o.reader(decoded.text, { ...o.ctx, file });
        }
        catch (e) {
            const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
            return refused(file, `could not be read (${why.slice(0, 200)}); this is a gonogo bug, please report it with the file`);
        }
        return withNamedInvisibles(verdict);
    }
    catch (e) {
        // The workspace reports its refusals as results; anything else is an I/O failure.
        const why = e instanceof Error ? e.message : String(e);
        return refused(file, `cannot be read (${why.slice(0, 200)})`);
    }
    finally {
        release?.();
    }
}
function refused(file, why) {
    return {
        status: 'invalid',
        message: `${file}: ${(0,visible_text/* nameInvisibles */.wi)(why)}`,
        findings: [],
        summary: {}
    };
}
const ANY_INVISIBLE = /[^\x20-\x7E\t\n\r]/;
/** The verdict with every invisible character in its message and findings named. */
function withNamedInvisibles(v) {
    const clean = (s) => (ANY_INVISIBLE.test(s) ? (0,visible_text/* nameInvisibles */.wi)(s) : s);
    // Only what holds an invisible character is copied; most verdicts come back as they are.
    const findings = v.findings.map((f) => ANY_INVISIBLE.test(f.id) || ANY_INVISIBLE.test(f.message)
        ? { ...f, id: clean(f.id), message: clean(f.message) }
        : f);
    const message = clean(v.message);
    return message === v.message && findings.every((f, i) => f === v.findings[i])
        ? v
        : { ...v, message, findings };
}

// EXTERNAL MODULE: ./src/io/workspace.ts
var workspace = __webpack_require__(2645);
;// CONCATENATED MODULE: ./src/io/sources.ts












const READERS = {
    report: readJsonReport,
    junit: readJunit,
    sarif: readSarif
};
/** The read-log scope of one control's sources and `allow_unverified` evidence. */
function controlScope(id) {
    return `control:${id}`;
}
/** The read-log scope of the unclaimed reports' fingerprints. */
const UNCLAIMED_SCOPE = 'unclaimed';
/** Reads every control's source files and the evidence behind `allow_unverified`. */
async function gatherEvidence(ws, policy, opts) {
    const limits = { ...core_policy/* DEFAULT_LIMITS */.dR, ...policy.limits };
    const evidence = new Map();
    const unverifiedEvidence = new Map();
    const claimed = new Set();
    const budget = opts.bytesInFlight instanceof ByteBudget
        ? opts.bytesInFlight
        : new ByteBudget(opts.bytesInFlight ?? DEFAULT_BYTES_IN_FLIGHT);
    // Every folder is listed once for this gate: a control's glob and the unclaimed-reports scan
    // below see the same listing.
    const listings = new Map();
    // With a read log, each control's reads are noted under its own scope (see read-log.ts).
    const within = (scope, fn) => ws.log ? ws.log.within(scope, fn) : fn();
    await (0,map_limit/* mapLimit */.s)(policy.controls, opts.concurrency ?? 16, (control) => within(controlScope(control.id), async () => {
        const ev = await controlEvidence(ws, control, opts, limits, budget, listings);
        for (const f of ev.files)
            claimed.add(f);
        evidence.set(control.id, ev);
        if (control.allow_unverified) {
            const file = control.allow_unverified.evidence;
            // Recorded with its digest when the run is logged: the bundle then carries it.
            const present = ws.log
                ? ((await ws.fingerprint(file))?.size ?? 0) > 0
                : await ws.hasFile(file);
            unverifiedEvidence.set(control.id, present);
        }
    }));
    let unclaimedReports = [];
    try {
        const inReports = await ws.glob(`${opts.reportsDir.replace(/\/+$/, '')}/**/*.json`, limits.max_files_per_source, listings);
        unclaimedReports = inReports.files.filter((f) => !claimed.has(f));
    }
    catch {
        unclaimedReports = [];
    }
    // The summary names them, so a logged run records their digests too (a replay lists the same).
    if (ws.log && unclaimedReports.length > 0) {
        await within(UNCLAIMED_SCOPE, () => (0,map_limit/* mapLimit */.s)(unclaimedReports, opts.concurrency ?? 16, (f) => ws.fingerprint(f)));
    }
    return { evidence, unverifiedEvidence, unclaimedReports };
}
async function controlEvidence(ws, control, opts, limits, budget, listings) {
    const { kind, pattern } = (0,core_policy/* sourceOf */.vz)(control, opts.reportsDir);
    const base = { kind, pattern, findings: [], findingsOmitted: 0, summary: {} };
    if (kind === 'builtin')
        return builtinEvidence(pattern, opts, base);
    let files;
    try {
        const found = await ws.glob(pattern, limits.max_files_per_source, listings);
        if (found.truncated) {
            return {
                ...base,
                status: 'invalid',
                message: `${(0,visible_text/* visibleLine */.P8)(pattern)}: matches more than ${limits.max_files_per_source} files (limits.max_files_per_source); narrow the pattern`,
                files: []
            };
        }
        files = found.files;
    }
    catch (e) {
        if (e instanceof workspace/* PathEscapeError */.ZU)
            return { ...base, status: 'invalid', message: e.message, files: [] };
        throw e;
    }
    if (files.length === 0) {
        return {
            ...base,
            status: 'missing',
            message: `${(0,visible_text/* visibleLine */.P8)(pattern)}: no ${kind === 'report' ? 'report' : kind === 'junit' ? 'JUnit XML' : 'SARIF'} file found; the job that produces it did not run or wrote elsewhere`,
            files: []
        };
    }
    const ctx = {
        root: ws.root,
        ...(opts.sha ? { sha: opts.sha } : {}),
        ...(opts.repository ? { repository: opts.repository } : {}),
        // One report named for one control must be that control's; a glob may gather several.
        ...(picomatch_default().scan(pattern).isGlob ? {} : { control: control.id })
    };
    // Read in parallel, kept in file order (the output must not depend on which read ends first).
    // Each read holds its bytes only until its verdict is made; findings past the cap are dropped
    // in file order as verdicts settle, so a source of many failing files stays small too.
    const verdicts = new Array(files.length);
    const settle = findingsSettler(verdicts);
    await (0,map_limit/* mapLimit */.s)([...files.keys()], opts.concurrency ?? 16, async (i) => {
        verdicts[i] = await judgeReportFile(ws, files[i], {
            syntax: kind === 'junit' ? 'xml' : 'json',
            reader: READERS[kind],
            ctx,
            maxBytes: limits.max_report_bytes,
            budget
        });
        settle();
    });
    return combine(kind, pattern, files, verdicts, settle.dropped());
}
/**
 * Keeps, in file order, only the findings `keepFindings` could still keep (the first
 * MAX_FINDINGS_PER_CONTROL failed and the first as many others), counting the rest; called after
 * each verdict lands in `verdicts`. The kept findings and their count equal those of keeping all.
 */
function findingsSettler(verdicts) {
    let next = 0;
    let failed = 0;
    let others = 0;
    let dropped = 0;
    const settle = () => {
        while (next < verdicts.length && verdicts[next] !== undefined) {
            const v = verdicts[next];
            const keep = [];
            for (const f of v.findings) {
                if (f.status === 'passed')
                    continue;
                const room = f.status === 'failed' ? failed++ : others++;
                if (room < MAX_FINDINGS_PER_CONTROL)
                    keep.push(f);
                else
                    dropped++;
            }
            if (keep.length !== v.findings.length)
                verdicts[next] = { ...v, findings: keep };
            next++;
        }
    };
    return Object.assign(settle, { dropped: () => dropped });
}
/** Several files feed one control: the worst status wins; counts add up. */
function combine(kind, pattern, files, fileVerdicts, findingsDropped = 0) {
    // JUnit: "no test ran" is judged over all the source's files, not file by file.
    const verdicts = kind === 'junit' ? judgeTogether(fileVerdicts) : fileVerdicts;
    const status = (0,core_status/* worstStatus */.A4)(verdicts.map((v) => v.status));
    const worst = verdicts.filter((v) => v.status === status);
    const message = verdicts.length === 1
        ? (verdicts[0]?.message ?? '')
        : `${worst.length} of ${verdicts.length} files ${status}: ${worst
            .slice(0, 3)
            .map((v) => v.message)
            .join('; ')}${worst.length > 3 ? '; …' : ''}`;
    const kept = keepFindings(verdicts.flatMap((v) => v.findings));
    const summary = verdicts.reduce((acc, v) => addSummaries(acc, v.summary), { files: 0 });
    summary.files = files.length;
    // A passing source with one file that decided only a conditional go keeps that limit.
    const conditional = status === 'passed' ? verdicts.find((v) => v.conditional)?.conditional : undefined;
    const refuseUnverified = status === 'unverified' ? verdicts.find((v) => v.refuseUnverified)?.refuseUnverified : undefined;
    return {
        status,
        message,
        kind,
        pattern,
        files,
        findings: kept.findings,
        findingsOmitted: kept.omitted + findingsDropped + verdicts.reduce((n, v) => n + (v.findingsOmitted ?? 0), 0),
        summary,
        ...(conditional ? { conditional } : {}),
        ...(refuseUnverified ? { refuseUnverified } : {})
    };
}
async function builtinEvidence(name, opts, base) {
    if (!opts.runBuiltin) {
        return {
            ...base,
            status: 'invalid',
            message: `built-in check '${name}' cannot run here`,
            files: []
        };
    }
    let report;
    try {
        report = await opts.runBuiltin(name);
    }
    catch (e) {
        // A check must report its problems; one that throws has proved nothing.
        return {
            ...base,
            status: 'invalid',
            message: `built-in check '${name}' failed to run: ${e instanceof Error ? e.message : String(e)}`,
            files: []
        };
    }
    // The report is gonogo's own, made for this control: only its content and commit are judged.
    const v = readJsonReport(JSON.stringify(report), {
        file: `builtin:${name}`,
        ...(opts.sha ? { sha: opts.sha } : {})
    });
    return {
        ...base,
        status: v.status,
        message: v.message,
        findings: v.findings,
        summary: v.summary,
        files: []
    };
}

// EXTERNAL MODULE: ./src/io/check-facts.ts + 8 modules
var check_facts = __webpack_require__(3476);
// EXTERNAL MODULE: ./src/io/git.ts
var git = __webpack_require__(7500);
// EXTERNAL MODULE: ./src/render/cli-findings.ts
var cli_findings = __webpack_require__(6133);
// EXTERNAL MODULE: ./src/core/claims.ts
var claims = __webpack_require__(1674);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/summary-markdown.ts




const HEADLINE = {
    go: '✅ gonogo: GO',
    'conditional-go': '⚠️ gonogo: CONDITIONAL GO',
    'no-go': '⛔ gonogo: NO-GO'
};
const OUTCOME = {
    passed: '✅ passed',
    conditional: '🟠 conditional go',
    'accepted-unverified': '🟡 unverified (accepted)',
    waived: '🟠 waived',
    failed: '❌ failed'
};
/** The executive summary as Markdown: headline, counts, blocker register, claim matrix. */
function renderSummaryMarkdown(s, opts) {
    let rows = opts.maxRows;
    for (;;) {
        const md = render(s, { ...opts, maxRows: rows });
        if (md.length <= opts.maxChars || rows <= 1)
            return md.length <= opts.maxChars ? md : truncate(md, opts.maxChars);
        rows = Math.floor(rows / 2);
    }
}
function truncate(md, max) {
    const note = '\n\n_… truncated: the full summary is in executive-summary.json._\n';
    return md.slice(0, max - note.length) + note;
}
function render(s, opts) {
    const out = [];
    if (opts.marker)
        out.push(opts.marker);
    out.push(`## ${HEADLINE[s.decision]}`, '');
    const p = s.profile;
    out.push(`**Decision:** \`${s.decision}\` · **Profile:** ${(0,render_escape/* code */.aY)(p.name, 64)} (max high ${p.max_high}, max medium ${p.max_medium}; ${(0,render_escape/* escapeText */.X1)(p.selected_by, 40)}) · **Commit:** ${(0,render_escape/* code */.aY)(s.subject.sha.slice(0, 12) || 'unknown', 16)} · **Effective time:** ${s.effective_time}`, '');
    for (const n of opts.notes ?? [])
        out.push(`> ${(0,render_escape/* escapeText */.X1)(n, 500)}`, '');
    const c = s.counts;
    out.push('| Controls | Passed | Failed | Waived | Unverified (accepted) | High | Medium | Low (waived) |', '|---:|---:|---:|---:|---:|---:|---:|---:|', `| ${c.controls} | ${c.passed} | ${c.failed} | ${c.waived} | ${c.accepted_unverified} | ${c.high} | ${c.medium} | ${c.low} |`, '');
    out.push('### Blocker register', '');
    if (s.blockers.length === 0)
        out.push('No blockers.', '');
    else {
        out.push('| Severity | Control | Kind | Reason | Owner | Runbook |', '|---|---|---|---|---|---|');
        for (const b of s.blockers.slice(0, opts.maxRows))
            out.push(blockerRow(b, opts));
        more(out, s.blockers.length, opts.maxRows, 'blockers');
        out.push('');
    }
    if (s.warnings.length > 0) {
        out.push('### Warnings', '');
        for (const w of s.warnings.slice(0, opts.maxRows))
            out.push(`- ${(0,render_escape/* code */.aY)(w.control, 64)}: ${(0,render_escape/* escapeText */.X1)(w.message, 300)}`);
        more(out, s.warnings.length, opts.maxRows, 'warnings');
        out.push('');
    }
    if (s.claims && s.claims.claims.length > 0) {
        out.push('### Claims by tier', '');
        out.push('| Tier | Claim | Grade | Level | Controls | Blocker |', '|---:|---|---|---|---|---|');
        for (const g of s.claims.claims.slice(0, opts.maxRows)) {
            // Each control that keeps the claim from proven says why (waived, unverified, failed…);
            // a long list shows those first, so one row stays small enough for a PR comment.
            const noted = g.controls.map((c) => ({ id: c.id, note: (0,claims/* controlNote */.aT)(c) }));
            const shown = noted.length > CLAIM_CONTROLS
                ? [...noted.filter((c) => c.note), ...noted.filter((c) => !c.note)].slice(0, CLAIM_CONTROLS)
                : noted;
            const listed = shown.map((c) => `${(0,render_escape/* code */.aY)(c.id, 64)}${c.note ? ` (${c.note})` : ''}`);
            if (noted.length > shown.length)
                listed.push(`… and ${noted.length - shown.length} more`);
            const controls = listed.join(', ');
            out.push(`| ${g.tier} | ${(0,render_escape/* code */.aY)(g.id, 32)} ${(0,render_escape/* escapeText */.X1)((0,visible_text/* visibleLine */.P8)(g.title), 120)} | ${GRADE[g.grade]} | ${g.level} | ${controls} | ${g.blocker ? `high: ${g.blocker_class ?? 'unresolved-tier-0'}` : '—'} |`);
        }
        more(out, s.claims.claims.length, opts.maxRows, 'claims');
        if (s.claims.unclaimed_controls.length > 0)
            out.push('', `Controls no claim names: ${s.claims.unclaimed_controls
                .slice(0, 50)
                .map((id) => (0,render_escape/* code */.aY)(id, 64))
                .join(', ')}${s.claims.unclaimed_controls.length > 50 ? ', …' : ''}`);
        out.push('');
    }
    out.push('### Claim matrix', '');
    out.push('| Control | Severity | Status | Evidence | Waiver | Owner | Runbook |', '|---|---|---|---|---|---|---|');
    const ordered = [...s.controls].sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : 1));
    for (const r of ordered.slice(0, opts.maxRows))
        out.push(controlRow(r, opts));
    more(out, ordered.length, opts.maxRows, 'controls');
    out.push('');
    const withFindings = ordered.filter((r) => r.findings.length > 0 && r.outcome !== 'passed');
    if (withFindings.length > 0) {
        out.push('<details><summary>Findings</summary>', '');
        for (const r of withFindings.slice(0, opts.maxRows)) {
            out.push(`**${(0,render_escape/* escapeText */.X1)(r.id, 64)}**`, '');
            for (const f of r.findings.slice(0, 10)) {
                const loc = f.location
                    ? ` (${(0,render_escape/* code */.aY)(`${f.location.file}${f.location.line ? `:${f.location.line}` : ''}`, 120)})`
                    : '';
                out.push(`- ${f.status === 'failed' ? '❌' : '🟡'} ${(0,render_escape/* escapeText */.X1)((0,cli_findings.ruleOf)(f), 120)}${loc}: ${(0,render_escape/* escapeText */.X1)(f.message, 300)}${f.remediation ? ` — ${(0,render_escape/* escapeText */.X1)(f.remediation, 200)}` : ''}${f.unlock ? ` (unlock: ${(0,render_escape/* escapeText */.X1)(f.unlock, 120)})` : ''}`);
            }
            const hidden = r.findings.length - 10 + r.findings_omitted;
            if (hidden > 0)
                out.push(`- … and ${hidden} more`);
            out.push('');
        }
        out.push('</details>', '');
    }
    if (s.unclaimed_reports.length > 0) {
        out.push(`<details><summary>Reports no control reads (${s.unclaimed_reports.length})</summary>`, '');
        for (const f of s.unclaimed_reports.slice(0, opts.maxRows))
            out.push(`- ${(0,render_escape/* code */.aY)(f, 200)}`);
        more(out, s.unclaimed_reports.length, opts.maxRows, 'reports');
        out.push('', '</details>', '');
    }
    out.push(`<sub>${s.generator.name} ${s.generator.version} · ${s.contract}</sub>`, '');
    return out.join('\n');
}
function rank(r) {
    return r.outcome === 'failed'
        ? 0
        : r.outcome === 'waived'
            ? 1
            : r.outcome === 'accepted-unverified' || r.outcome === 'conditional'
                ? 2
                : 3;
}
function more(out, total, shown, what) {
    if (total > shown)
        out.push('', `_… and ${total - shown} more ${what} (see executive-summary.json)._`);
}
function cell(text, max = 200) {
    return text ? (0,render_escape/* escapeText */.X1)(text, max) : '—';
}
/** Controls listed per claim in the Markdown matrix (all of them: executive-summary.json). */
const CLAIM_CONTROLS = 20;
const GRADE = { proven: '✅ proven', partial: '🟡 partial', 'not-proven': '❌ not proven' };
function blockerRow(b, opts) {
    return `| ${b.severity} | ${(0,render_escape/* code */.aY)(b.control, 64)} | ${b.kind}${b.class ? ` (${b.class})` : ''} | ${cell(b.reason, 300)} | ${cell(b.owner, 60)} | ${b.runbook ? (0,render_escape/* safeLink */.o3)('runbook', b.runbook, opts.blobBase) : '—'} |`;
}
function controlRow(r, opts) {
    // A single file is shown with the start of its SHA-256 (all digests: executive-summary.json).
    const digest = r.evidence.inputs?.find((i) => i.path === r.evidence.files[0])?.sha256;
    const evidence = r.evidence.files.length === 1
        ? `${(0,render_escape/* code */.aY)(r.evidence.files[0] ?? '', 120)}${digest ? ` · sha256 ${(0,render_escape/* code */.aY)(digest.slice(0, 12), 16)}` : ''}`
        : r.evidence.files.length > 1
            ? `${r.evidence.files.length} files (${(0,render_escape/* code */.aY)(r.evidence.pattern, 100)})`
            : `${r.status}: ${(0,render_escape/* code */.aY)(r.evidence.pattern, 100)}`;
    const waiver = r.waiver
        ? `${cell(r.waiver.owner, 40)} until ${r.waiver.expires}${r.waiver.state === 'expiring' ? ' (expiring)' : ''}`
        : '—';
    const status = r.outcome === 'failed' ? `${OUTCOME.failed} (${r.status})` : OUTCOME[r.outcome];
    return `| ${(0,render_escape/* code */.aY)(r.id, 64)} | ${r.severity} | ${status} | ${evidence} | ${waiver} | ${cell(r.owner, 60)} | ${r.runbook ? (0,render_escape/* safeLink */.o3)('runbook', r.runbook, opts.blobBase) : '—'} |`;
}

;// CONCATENATED MODULE: ./src/io/fact-usage.ts
/**
 * `facts` for one built-in check, watched: every file it hashes through `files.hash` is noted in
 * `log` (reads through `files.readText`/`workflows` are noted by the Workspace itself), and every
 * call to a fact that is not a file read — git history, processes, the Actions API, `opaTest`,
 * `writeOutput`, and any fact added later — is named in the returned usage. With `refuse` those
 * calls reject instead ("not available in a replay"), so a replay never runs a command, reads
 * git, calls the network or writes into the bundle.
 *
 * @returns the watched facts and the usage they fill in as the check runs
 */
function watchFacts(facts, o) {
    const other = new Set();
    const note = (name) => {
        other.add(name);
        if (o.refuse)
            throw new Error(`${name} is not available in a replay (only the bundled files are)`);
    };
    const files = {
        ...facts.files,
        hash: async (p) => {
            const h = await facts.files.hash(p);
            const rel = facts.files.relative(p);
            if (h.ok && rel !== undefined)
                o.log?.record({ path: rel, size: h.size, sha256: h.sha256 });
            return h;
        },
        writeOutput: async (p, content) => {
            note('files.writeOutput');
            return facts.files.writeOutput(p, content);
        },
        opaTest: async (dir, opts) => {
            note('files.opaTest');
            return facts.files.opaTest(dir, opts);
        }
    };
    const watched = { files };
    for (const [key, value] of Object.entries(facts)) {
        if (key === 'files' || value === undefined)
            continue;
        watched[key] = watchObject(key, value, note);
    }
    return { facts: watched, usage: { other } };
}
/** `target` with every method call noted as `name` first (properties pass through). */
function watchObject(name, target, note) {
    return new Proxy(target, {
        get(t, key, receiver) {
            const v = Reflect.get(t, key, receiver);
            if (typeof v !== 'function')
                return v;
            return (...args) => {
                note(name);
                return v.apply(t, args);
            };
        }
    });
}

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(6698);
;// CONCATENATED MODULE: ./src/io/read-log.ts


/**
 * Every file one gate run read, with the digest of the bytes it read, and which part of the run
 * read it (a control's sources, a built-in check, the policy): what `bundle create` copies into
 * the bundle's `evidence/` and what `bundle verify --replay` decides again from. The part is
 * carried by an AsyncLocalStorage scope ({@link within}), so reads deep inside a built-in check
 * are attributed without threading a parameter through every reader.
 *
 * A file read twice with different bytes changed while the gate ran: it is named by
 * {@link changed}, and the gate refuses to write a decision that no file set could replay.
 */
class ReadLog {
    scope = new external_node_async_hooks_.AsyncLocalStorage();
    byPath = new Map();
    byScope = new Map();
    changedPaths = new Set();
    refused = new Map();
    /** Runs `fn` with its reads attributed to `scope` (nested scopes replace the outer one). */
    within(scope, fn) {
        return this.scope.run(scope, fn);
    }
    /** Notes one read; called by Workspace and the facts given to built-in checks. */
    record(r) {
        const seen = this.byPath.get(r.path);
        if (seen === undefined)
            this.byPath.set(r.path, { path: r.path, size: r.size, sha256: r.sha256 });
        else if (seen.sha256 !== r.sha256 || seen.size !== r.size)
            this.changedPaths.add(r.path);
        const scope = this.scope.getStore() ?? '';
        let paths = this.byScope.get(scope);
        if (paths === undefined)
            this.byScope.set(scope, (paths = new Set()));
        paths.add(r.path);
    }
    /**
     * Notes a file the run tried to read and was refused (a link out of the workspace, not a
     * regular file, over its size limit, unreadable): a replay must meet the same refusal, since the
     * bundle cannot hold the file.
     */
    recordRefusal(r) {
        if (!this.refused.has(r.path))
            this.refused.set(r.path, { ...r });
    }
    /** The refusals, sorted by path. */
    refusals() {
        return [...this.refused.values()].sort((a, b) => (0,bundle_manifest/* comparePaths */.cD)(a.path, b.path));
    }
    /** Every file read, sorted by path (UTF-16 code units), each once. */
    all() {
        return [...this.byPath.values()].sort((a, b) => (0,bundle_manifest/* comparePaths */.cD)(a.path, b.path));
    }
    /** The files read within `scope`, sorted by path. */
    inScope(scope) {
        const paths = this.byScope.get(scope);
        if (paths === undefined)
            return [];
        return [...paths].sort(bundle_manifest/* comparePaths */.cD).map((p) => this.byPath.get(p));
    }
    /** Files read more than once with different bytes, sorted. */
    changed() {
        return [...this.changedPaths].sort(bundle_manifest/* comparePaths */.cD);
    }
}

;// CONCATENATED MODULE: ./src/gate/run-gate.ts





















/** Built-in check reports are written next to the summary as report-<name>.json. */
const BUILTIN_REPORT_PREFIX = 'report-';
/** GitHub's job summary limit is 1 MiB per step. */
const JOB_SUMMARY_MAX_CHARS = 1000 * 1000;
/** Policy → evidence → decision → Markdown → files. Everything a run of the gate does but GitHub I/O. */
async function runGate(o) {
    // A summary from an earlier run must never be mistaken for this run's, even if this one fails.
    await Promise.all([contracts/* SUMMARY_JSON */.qJ, contracts/* SUMMARY_MD */.Hr].map((f) => (0,promises_.unlink)(external_node_path_default().join(external_node_path_default().resolve(o.output), f)).catch((e) => {
        if (e.code !== 'ENOENT')
            throw e;
    })));
    const ws = await workspace.Workspace.open(o.workspace);
    // Every file read is noted with its digest (the summary's `inputs`; read-log.ts).
    const log = new ReadLog();
    ws.log = log;
    ws.replayRefusals = o.replay?.refusals;
    const policy = await log.within(POLICY_SCOPE, () => (0,policy_file.loadPolicy)(ws, o.config));
    if (ws.relative(o.reports) === undefined || external_node_path_default().isAbsolute(o.reports)) {
        throw new errors/* ConfigurationError */.j1(`reports folder '${o.reports}' is outside the workspace; give a path relative to the repository root`);
    }
    await checkReportsFolder(ws, o.reports);
    // The gate's own output inside the reports folder would be read back as reports next run (its
    // built-in reports are rewritten after being read): refused.
    const outRel = ws.relative(external_node_path_default().resolve(o.output));
    const reportsRel = ws.relative(o.reports) ?? o.reports;
    if (outRel !== undefined &&
        !external_node_path_default().isAbsolute(outRel) &&
        (reportsRel === '' || outRel === reportsRel || outRel.startsWith(`${reportsRel}/`)))
        throw new errors/* ConfigurationError */.j1(`output folder '${outRel}' is inside the reports folder '${reportsRel || '.'}': the gate would read its own summary and built-in reports back as reports; choose an output folder outside it`);
    let profile;
    try {
        profile = selectProfile(policy, {
            event: o.event,
            branch: o.branch,
            ...(o.profile ? { override: o.profile } : {})
        });
    }
    catch (e) {
        if (e instanceof ProfileSelectionError)
            throw new errors/* ConfigurationError */.j1(`${o.config}: ${e.message}`);
        throw e;
    }
    const builtinReports = new Map();
    const builtinRuns = new Map();
    const builtinUse = new Map();
    // One facts object for the run, made when the first built-in runs: the checks share it.
    let facts;
    // Built-ins judge the checkout itself: without --sha their subject is HEAD (a report must name
    // a commit); other reports are then still not checked for staleness.
    let builtinSha;
    const gathered = await gatherEvidence(ws, policy, {
        reportsDir: o.reports,
        ...(o.sha ? { sha: o.sha } : {}),
        ...(o.repository ? { repository: o.repository } : {}),
        // The promise is cached, not the result: two controls naming one check share one run.
        runBuiltin: (name) => {
            const cached = builtinRuns.get(name);
            if (cached)
                return cached;
            const recorded = o.replay?.reports.get(name);
            const p = log.within(builtinScope(name), async () => {
                if (recorded) {
                    // Replayed from its report: the files it read are noted again from the bundle.
                    await Promise.all(recorded.files.map((f) => ws.fingerprint(f)));
                    builtinUse.set(name, {
                        sha: recorded.sha,
                        files: [...recorded.files],
                        other: [...recorded.other]
                    });
                    builtinReports.set(name, recorded.report);
                    return recorded.report;
                }
                const check = await (0,registry/* loadBuiltin */.Y)(name);
                facts ??= (0,check_facts/* createCheckFacts */.S)(ws, o.github);
                const watched = watchFacts(facts, { log, refuse: o.replay !== undefined });
                const sha = o.replay?.shas.get(name) ??
                    (o.sha || (await (builtinSha ??= (0,git/* headSha */.x)(ws.root).then(orNullCommit))));
                builtinUse.set(name, { usage: watched.usage, sha });
                const report = await check({
                    facts: watched.facts,
                    policy,
                    settings: policy.checks?.[name],
                    subject: { repository: o.repository, sha, ref: o.ref },
                    effectiveTime: o.effectiveTime,
                    ...(o.baseRef ? { baseRef: o.baseRef } : {}),
                    log: o.log ?? (() => undefined)
                });
                builtinReports.set(name, report);
                return report;
            });
            builtinRuns.set(name, p);
            return p;
        }
    });
    const changed = log.changed();
    if (changed.length > 0) {
        throw new errors/* ConfigurationError */.j1(`${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ` and ${changed.length - 5} more` : ''}: changed while the gate read ${changed.length === 1 ? 'it' : 'them'} (two reads gave different bytes); run the gate again when nothing writes to the workspace`);
    }
    const inputs = gateInputs(o, policy.controls, gathered.evidence, log, ws.relative(o.reports) || '.', builtinReports, builtinUse);
    const summary = (0,decision/* decide */.LD)({
        controls: policy.controls,
        waivers: policy.waivers ?? [],
        profile,
        effectiveTime: o.effectiveTime,
        subject: { repository: o.repository, sha: o.sha, ref: o.ref, event: o.event },
        evidence: gathered.evidence,
        unverifiedEvidence: gathered.unverifiedEvidence,
        unclaimedReports: gathered.unclaimedReports,
        inputs,
        ...(policy.claims ? { claims: policy.claims } : {})
    });
    const maxRows = policy.comment?.max_rows ?? 50;
    const markdown = renderSummaryMarkdown(summary, {
        maxRows: Math.max(maxRows, 500),
        maxChars: JOB_SUMMARY_MAX_CHARS,
        ...(o.blobBase ? { blobBase: o.blobBase } : {})
    });
    const [summaryPath, markdownPath] = (await (0,atomic_write/* writeAllOrNothing */.P)(external_node_path_default().resolve(o.output), [
        { name: contracts/* SUMMARY_JSON */.qJ, content: `${(0,canonical_json/* stableStringify */.J)(summary)}\n` },
        { name: contracts/* SUMMARY_MD */.Hr, content: markdown },
        // The reports the gate computed itself travel with its summary (evidence for the bundle).
        ...[...builtinReports]
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([name, r]) => ({
            name: `${BUILTIN_REPORT_PREFIX}${name}.json`,
            content: builtinReportText(r)
        }))
    ]));
    return {
        summary,
        markdown,
        summaryPath,
        markdownPath,
        maxRows,
        builtinReports: [...builtinReports.values()],
        policy
    };
}
/**
 * A built-in's subject without a commit (a folder that is not a git repository, or before its
 * first commit): git's null object id, so its report is valid and says it judged no commit.
 */
function orNullCommit(sha) {
    return sha || '0'.repeat(40);
}
/** Read-log scope of the policy file. */
const POLICY_SCOPE = 'policy';
/** Read-log scope of one built-in check's reads. */
function builtinScope(name) {
    return `builtin:${name}`;
}
/** The bytes the gate writes for a built-in's report (`report-<name>.json`). */
function builtinReportText(report) {
    return `${(0,canonical_json/* stableStringify */.J)(report)}\n`;
}
/**
 * The summary's `inputs` from the run's read log (and each control's evidence gets the digests of
 * the files read for it): what `bundle create` copies and `bundle verify --replay` decides from.
 */
function gateInputs(o, controls, evidence, log, reportsRel, reports, use) {
    const all = log.all();
    const policyRel = log.inScope(POLICY_SCOPE)[0];
    if (policyRel === undefined)
        throw new Error('the policy file was not noted as read');
    for (const c of controls) {
        const ev = evidence.get(c.id);
        if (ev === undefined)
            continue;
        const src = (0,core_policy/* sourceOf */.vz)(c, o.reports);
        const read = [
            ...log.inScope(controlScope(c.id)),
            ...(src.kind === 'builtin' ? log.inScope(builtinScope(src.pattern)) : [])
        ];
        const byPath = new Map(read.map((r) => [r.path, r.sha256]));
        ev.inputs = [...byPath.keys()].sort(bundle_manifest/* comparePaths */.cD).map((p) => ({
            path: p,
            sha256: byPath.get(p)
        }));
    }
    const builtins = [...reports.keys()].sort(bundle_manifest/* comparePaths */.cD).map((name) => {
        const u = use.get(name);
        const replay = u?.usage && u.usage.other.size === 0 ? 'files' : 'report';
        return {
            name,
            replay,
            sha: u?.sha ?? '',
            report_sha256: (0,bundle_copy/* sha256Hex */.fg)(builtinReportText(reports.get(name))),
            files: u?.files ?? log.inScope(builtinScope(name)).map((r) => r.path),
            other_facts: u?.usage ? [...u.usage.other].sort(bundle_manifest/* comparePaths */.cD) : (u?.other ?? [])
        };
    });
    return {
        policy: policyRel,
        reports: reportsRel,
        branch: o.branch,
        profile_override: o.profile ?? null,
        builtins,
        files: all,
        ...(log.refusals().length > 0 ? { unread: log.refusals() } : {})
    };
}
/**
 * The reports folder may be missing (no report yet), but what is there must be a folder inside
 * the workspace: a file, FIFO or link out of the workspace is a mistake named here, not an empty
 * folder.
 */
async function checkReportsFolder(ws, reports) {
    const abs = await ws.confine(reports);
    if (abs === undefined)
        throw new errors/* ConfigurationError */.j1(`reports folder '${reports}' leads outside the workspace through a symbolic link; give a folder inside the repository`);
    let st;
    try {
        st = await (0,promises_.stat)(abs);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            return;
        throw new errors/* ConfigurationError */.j1(`reports folder '${reports}' cannot be read (${code ?? 'error'})`);
    }
    if (!st.isDirectory())
        throw new errors/* ConfigurationError */.j1(`reports folder '${reports}' is not a folder`);
}


/***/ }),

/***/ 7869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ writeAllOrNothing)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8198);



/**
 * Writes a set of files all or nothing: each goes to a temporary name first and is renamed into
 * place only when every one was written, so a failure never leaves half an output behind.
 *
 * Every registered secret (the token, a signing key: src/core/secrets.ts) is replaced by `***`
 * in the content before it is written. Without a secret in the text the bytes are exactly the
 * content given, so outputs stay deterministic, and anything hashing a written file (the bundle
 * manifest) hashes what is on disk.
 */
async function writeAllOrNothing(dir, files) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const staged = [];
    try {
        for (const f of files) {
            const final = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, f.name);
            const tmp = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, `.${f.name}.${process.pid}.tmp`);
            staged.push({ tmp, final });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .scrubSecrets */ .Zg)(f.content), { encoding: 'utf8', mode: 0o644 });
        }
        for (const s of staged)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(s.tmp, s.final);
    }
    catch (e) {
        await Promise.all(staged.map((s) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(s.tmp, { force: true })));
        throw e;
    }
    return staged.map((s) => s.final);
}


/***/ }),

/***/ 426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JC: () => (/* binding */ copyEvidence),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   lV: () => (/* binding */ copyExact),
/* harmony export */   oD: () => (/* binding */ openSource)
/* harmony export */ });
/* unused harmony exports sourceError, MAX_SCRUB_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8198);
/* harmony import */ var _hash_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2145);







// Copying files into a bundle's stage: shared by the reports, summaries and evidence copies.
/**
 * Opens a report for copying: its folder's real path (cached per folder) must lie inside the
 * workspace; the file itself is opened without following a link (O_NOFOLLOW) and must be a regular
 * file by fstat. A link in the last component is followed only to a target inside the workspace,
 * which is then opened without following another link.
 *
 * @throws ConfigurationError naming `rel`: broken link, link out of the workspace, not a regular
 *   file, unreadable
 */
function openSource(abs, rel, realRoot, realDirs) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(abs);
    let realDir = realDirs.get(dir);
    if (realDir === undefined) {
        try {
            realDir = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(dir);
        }
        catch {
            realDir = null;
        }
        realDirs.set(dir, realDir);
    }
    if (realDir === null)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: cannot be read (a broken symbolic link?)`);
    if (!isWithin(realRoot, realDir))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: symbolic link that leads outside the workspace`);
    try {
        return (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .openRegularFile */ .ZU)(abs);
    }
    catch (e) {
        if (e.code !== 'ELOOP')
            throw sourceError(rel, e);
    }
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(abs);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: cannot be read (a broken symbolic link?)`);
    }
    if (!isWithin(realRoot, real))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: symbolic link that leads outside the workspace`);
    try {
        return (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .openRegularFile */ .ZU)(real);
    }
    catch (e) {
        throw sourceError(rel, e);
    }
}
function sourceError(rel, e) {
    if (e instanceof _hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .NotRegularFileError */ .iZ)
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: not a regular file`);
    const code = e.code;
    if (code === 'ELOOP')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: symbolic link that changed while it was read`);
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: cannot be read (a broken symbolic link?)`);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: cannot be read (${code ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e)})`);
}
/** Lower-case hex SHA-256 of bytes, or of a string's UTF-8 encoding. */
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** Files larger than this are copied as they are, like binary evidence (see copyEvidence). */
const MAX_SCRUB_BYTES = 256 * 1024 * 1024;
/**
 * Copies a report or summary into the stage. When a secret is registered, a UTF-8 text file
 * (every report format the bundle carries: JSON, SARIF, JUnit XML, Markdown) is copied with the
 * secret masked, so an error text that echoed the token does not travel in the bundle. Binary
 * files, text in another encoding (UTF-16) and files over {@link MAX_SCRUB_BYTES} are evidence
 * whose bytes gonogo does not rewrite: they are copied unchanged. Without a secret the copy is
 * byte-exact.
 *
 * The source is read once, from the descriptor that was checked (see openSource); the bytes are
 * hashed as they are written to a new file in the stage (O_EXCL), so the size and SHA-256 returned
 * for the manifest are exactly those of the staged copy. Files up to 1 MiB are copied with
 * synchronous calls, larger ones streamed in 1 MiB chunks (the next read overlapping the write).
 *
 * @returns size (bytes) and SHA-256 (hex) of what was written to `dest`
 */
async function copyEvidence(source, dest) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    if ((0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .hasSecrets */ .kH)() && source.size <= MAX_SCRUB_BYTES) {
        const chunks = [];
        await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .pumpFd */ .rV)(source.fd, source.size, (chunk) => void chunks.push(Buffer.from(chunk)));
        const data = Buffer.concat(chunks);
        const scrubbed = (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .scrubBytes */ .Jv)(data);
        if (scrubbed.length <= _hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .SYNC_READ_BYTES */ .N9)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(dest, scrubbed, { flag: 'wx' });
        else
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(dest, scrubbed, { flag: 'wx' });
        return { size: scrubbed.length, sha256: hash.update(scrubbed).digest('hex') };
    }
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(dest, 'wx');
    try {
        // A small file is read, hashed and written with synchronous calls; a large one streamed.
        const size = source.size <= _hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .SYNC_READ_BYTES */ .N9
            ? (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .pumpFdSync */ .oo)(source.fd, (chunk) => {
                hash.update(chunk);
                writeAllSync(out, chunk);
            })
            : await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .pumpFd */ .rV)(source.fd, source.size, async (chunk) => {
                hash.update(chunk);
                await writeAll(out, chunk);
            });
        return { size, sha256: hash.digest('hex') };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(out);
    }
}
function writeAllSync(fd, data) {
    for (let at = 0; at < data.length;)
        at += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, data, at, data.length - at);
}
async function writeAll(fd, data) {
    for (let at = 0; at < data.length;)
        at += await new Promise((resolve, reject) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.write)(fd, data, at, data.length - at, null, (e, n) => (e ? reject(e) : resolve(n))));
}
/** Whether `inner` is `outer` or lies inside it (path text only). */
function isWithin(outer, inner) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(outer, inner);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(rel));
}
/**
 * Copies evidence byte for byte (what the gate's digests describe): unlike {@link copyEvidence},
 * nothing is masked. So that a secret never travels in a bundle, a file of at most
 * {@link MAX_SCRUB_BYTES} that holds a registered secret is refused instead.
 *
 * @param rel the file as named in messages
 * @returns size (bytes) and SHA-256 (hex) of what was written to `dest`
 * @throws ConfigurationError naming `rel` when it holds a secret
 */
async function copyExact(source, dest, rel) {
    if (!(0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .hasSecrets */ .kH)() || source.size > MAX_SCRUB_BYTES)
        return copyEvidence(source, dest);
    const chunks = [];
    await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .pumpFd */ .rV)(source.fd, source.size, (chunk) => void chunks.push(Buffer.from(chunk)));
    const data = Buffer.concat(chunks);
    if (!(0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .scrubBytes */ .Jv)(data).equals(data))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: holds a secret (the token or signing key); evidence is bundled byte for byte, so remove the secret from the file and run the gate again`);
    if (data.length <= _hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .SYNC_READ_BYTES */ .N9)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(dest, data, { flag: 'wx' });
    else
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(dest, data, { flag: 'wx' });
    return { size: data.length, sha256: sha256Hex(data) };
}


/***/ }),

/***/ 3476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ createCheckFacts)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/io/atomic-write.ts
var atomic_write = __webpack_require__(7869);
;// CONCATENATED MODULE: ./src/io/git-history.ts

/**
 * The git commands the built-in checks run in the workspace (the {@link GitHistory} facts), each
 * with a time limit. Every failure comes back as a value (`ok: false` with why), never as an
 * exception.
 */
const GIT_TIMEOUT_MS = 60_000;
const MAX_GIT_OUTPUT = 64 * 1024 * 1024;
const env = () => ({
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C'
});
function git(cwd, args, timeoutMs = GIT_TIMEOUT_MS) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, timeout: timeoutMs, maxBuffer: MAX_GIT_OUTPUT, env: env(), encoding: 'utf8' }, (err, stdout, stderr) => {
            if (!err)
                return resolve({ ok: true, stdout });
            const e = err;
            if (e.code === 'ENOENT')
                return resolve({ ok: false, reason: 'no-git', message: 'git is not on PATH' });
            if (e.killed || e.signal === 'SIGTERM')
                return resolve({
                    ok: false,
                    reason: 'timeout',
                    message: `git ${args[0] ?? ''} did not finish within ${Math.round(timeoutMs / 1000)} s`
                });
            const first = stderr.trim().split('\n')[0] ?? '';
            resolve({
                ok: false,
                reason: 'failed',
                message: `git ${args[0] ?? ''} failed${first ? `: ${first.slice(0, 200)}` : ''}`
            });
        });
    });
}
/** Whether the workspace is a git checkout, where it sits in it, and whether history is cut. */
async function repoState(cwd, timeoutMs = GIT_TIMEOUT_MS) {
    const inside = await git(cwd, ['rev-parse', '--is-inside-work-tree', '--show-prefix'], timeoutMs);
    if (!inside.ok) {
        if (inside.reason === 'no-git' || inside.reason === 'timeout')
            return { ok: false, reason: inside.reason, message: inside.message };
        return { ok: false, reason: 'not-a-repo', message: 'the workspace is not a git checkout' };
    }
    const [flag, prefix] = inside.stdout.split('\n');
    if (flag?.trim() !== 'true')
        return { ok: false, reason: 'not-a-repo', message: 'the workspace is not a git work tree' };
    const shallow = await git(cwd, ['rev-parse', '--is-shallow-repository'], timeoutMs);
    return {
        ok: true,
        prefix: (prefix ?? '').trim(),
        // When git cannot say, assume shallow: a shallow boundary is never taken for a real change.
        shallow: !shallow.ok || shallow.stdout.trim() === 'true'
    };
}
/** The first of `candidates` that names a commit, with its id. */
async function resolveCommit(cwd, candidates, timeoutMs = GIT_TIMEOUT_MS) {
    for (const ref of candidates) {
        if (ref.startsWith('-'))
            continue;
        const r = await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], timeoutMs);
        if (r.ok && r.stdout.trim() !== '')
            return { ref, sha: r.stdout.trim() };
    }
    return undefined;
}
/**
 * The contents of `paths` (repository-relative) at `commit`, through one `git cat-file --batch`:
 * a Buffer per path, or undefined where the path did not exist at that commit.
 */
function readAtCommit(cwd, commit, paths, timeoutMs = GIT_TIMEOUT_MS) {
    return new Promise((resolve) => {
        const files = new Map();
        const wanted = paths.filter((p) => !p.includes('\n'));
        if (wanted.length === 0)
            return resolve({ ok: true, files });
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], { cwd, env: env() });
        const chunks = [];
        let size = 0;
        let settled = false;
        const finish = (r) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve(r);
        };
        const timer = setTimeout(() => {
            child.kill();
            finish({
                ok: false,
                message: `git cat-file did not finish within ${Math.round(timeoutMs / 1000)} s`
            });
        }, timeoutMs);
        child.on('error', (e) => finish({
            ok: false,
            message: e.code === 'ENOENT' ? 'git is not on PATH' : `git cat-file: ${e.message}`
        }));
        child.stdout.on('data', (d) => {
            size += d.length;
            if (size > MAX_GIT_OUTPUT * 4) {
                child.kill();
                finish({ ok: false, message: 'git cat-file output is too large' });
                return;
            }
            chunks.push(d);
        });
        child.stdin.on('error', () => {
            /* the child died; its exit is reported */
        });
        child.on('close', (code) => {
            if (code !== 0)
                return finish({ ok: false, message: `git cat-file exited with ${code}` });
            const out = Buffer.concat(chunks);
            let pos = 0;
            for (const p of wanted) {
                const nl = out.indexOf(10, pos);
                if (nl < 0)
                    return finish({ ok: false, message: 'git cat-file output ended early' });
                const header = out.subarray(pos, nl).toString('utf8');
                pos = nl + 1;
                const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
                if (!m) {
                    files.set(p, undefined);
                    continue;
                }
                const n = Number(m[2]);
                files.set(p, m[1] === 'blob' ? out.subarray(pos, pos + n) : undefined);
                pos += n + 1;
            }
            finish({ ok: true, files });
        });
        child.stdin.end(wanted.map((p) => `${commit}:${p}\n`).join(''));
    });
}
/**
 * The {@link GitHistory} facts over the git checkout at `cwd` (the workspace root): `git rev-parse`,
 * `merge-base`, `diff --name-status --no-renames --relative -z`, `cat-file --batch` and
 * `log -1 --format=%cI%x00%H%x00%P`, each within its time limit (default {@link GIT_TIMEOUT_MS}).
 */
function createGitHistory(cwd) {
    return {
        state: (timeoutMs = GIT_TIMEOUT_MS) => repoState(cwd, timeoutMs),
        resolveCommit: (candidates, timeoutMs = GIT_TIMEOUT_MS) => resolveCommit(cwd, candidates, timeoutMs),
        mergeBase: async (a, b, timeoutMs = GIT_TIMEOUT_MS) => {
            const r = await git(cwd, ['merge-base', a, b], timeoutMs);
            return r.ok ? { ok: true, sha: r.stdout.trim() } : r;
        },
        changedFiles: async (base, head, pathspec, timeoutMs = GIT_TIMEOUT_MS) => {
            const r = await git(cwd, ['diff', '--name-status', '--no-renames', '--relative', '-z', base, head, '--', pathspec], timeoutMs);
            if (!r.ok)
                return r;
            const changes = [];
            const parts = r.stdout.split('\0');
            for (let i = 0; i + 1 < parts.length; i += 2) {
                const st = parts[i] ?? '';
                const file = parts[i + 1] ?? '';
                changes.push({
                    file,
                    status: st.startsWith('A') ? 'added' : st.startsWith('D') ? 'deleted' : 'modified'
                });
            }
            return { ok: true, changes };
        },
        readAt: (commit, paths, timeoutMs = GIT_TIMEOUT_MS) => readAtCommit(cwd, commit, paths, timeoutMs),
        lastCommit: async (p, timeoutMs = GIT_TIMEOUT_MS) => {
            const r = await git(cwd, ['log', '-1', '--format=%cI%x00%H%x00%P', '--', p], timeoutMs);
            if (!r.ok)
                return r;
            const [date, sha, parents] = r.stdout.trim().split('\0');
            if (!date || !sha)
                return { ok: true };
            return {
                ok: true,
                commit: {
                    date,
                    sha,
                    parents: (parents ?? '')
                        .trim()
                        .split(' ')
                        .filter((x) => x !== '')
                }
            };
        }
    };
}

// EXTERNAL MODULE: ./src/io/workflows.ts
var workflows = __webpack_require__(2886);
// EXTERNAL MODULE: ./src/io/workspace.ts
var workspace = __webpack_require__(2645);
;// CONCATENATED MODULE: ./src/io/repo-facts.ts









/** Files up to this size are hashed from one read; larger ones are streamed. */
const WHOLE_READ_BYTES = 8 * 1024 * 1024;
/** The most `opa test` output kept (bytes). */
const MAX_OPA_OUTPUT = 256 * 1024 * 1024;
/**
 * The repository facts over a confined workspace (files) and git (history). Every path goes
 * through `Workspace` (`relative`, `confine`, `readText`, `glob`): this is the one place the
 * built-in checks' paths are confined to the checkout.
 */
function createRepoFacts(ws) {
    return { files: workspaceFiles(ws), git: createGitHistory(ws.root) };
}
/** {@link RepoFiles} over `ws`. */
function workspaceFiles(ws) {
    const kind = async (p) => {
        const rel = ws.relative(p);
        if (rel === undefined || external_node_path_default().isAbsolute(p))
            return { kind: 'outside' };
        const abs = await ws.confine(rel);
        if (abs === undefined)
            return { kind: 'link-out', rel };
        try {
            const st = await (0,promises_.stat)(abs);
            return { kind: st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other', rel };
        }
        catch {
            return { kind: 'missing', rel };
        }
    };
    return {
        relative: (p) => ws.relative(p),
        kind,
        readText: (p, maxBytes, limitName) => ws.readText(p, maxBytes, limitName),
        hasFile: (p) => ws.hasFile(p),
        glob: async (pattern, limit) => {
            try {
                return { ok: true, ...(await ws.glob(pattern, limit)) };
            }
            catch (e) {
                if (e instanceof workspace/* PathEscapeError */.ZU)
                    return { ok: false, message: e.message };
                throw e;
            }
        },
        workflows: async () => {
            const limits = { maxBytes: workflows/* MAX_WORKFLOW_BYTES */.lp, maxFiles: workflows/* MAX_WORKFLOW_FILES */.z };
            let listed;
            try {
                listed = await (0,workflows/* listWorkflows */.Dl)(ws);
            }
            catch {
                return { ok: false, ...limits };
            }
            const files = await (0,workflows/* readWorkflowFiles */.BV)(ws, listed.paths);
            return { ok: true, files, truncated: listed.truncated, ...limits };
        },
        hash: async (p) => {
            const k = await kind(p);
            return hashFile(ws, k);
        },
        writeOutput: (p, content) => writeOutput(ws, p, content),
        opaTest: (dir, opts) => opaTest(ws.root, dir, opts)
    };
}
async function hashFile(ws, k) {
    if (k.kind === 'outside' || k.kind === 'link-out')
        return { ok: false, error: 'is a symbolic link that leads outside the workspace' };
    if (k.kind === 'missing')
        return { ok: false, error: 'is a dangling symbolic link or was removed while being read' };
    const abs = external_node_path_default().join(ws.root, k.rel);
    let handle;
    try {
        handle = await (0,promises_.open)(abs, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (e) {
        return {
            ok: false,
            error: `cannot be opened (${e.code ?? 'error'})`
        };
    }
    try {
        const st = await handle.stat();
        if (!st.isFile())
            return { ok: false, error: 'is not a regular file' };
        if (st.size <= WHOLE_READ_BYTES) {
            const buf = await handle.readFile();
            return { ok: true, sha256: (0,external_node_crypto_.createHash)('sha256').update(buf).digest('hex'), size: buf.length };
        }
        const h = (0,external_node_crypto_.createHash)('sha256');
        let size = 0;
        for await (const chunk of handle.createReadStream({ autoClose: false })) {
            h.update(chunk);
            size += chunk.length;
        }
        return { ok: true, sha256: h.digest('hex'), size };
    }
    catch (e) {
        return { ok: false, error: `cannot be read (${e.code ?? 'error'})` };
    }
    finally {
        await handle.close();
    }
}
/** The output file's folder must stay inside (the nearest existing one resolves inside). */
async function writeOutput(ws, p, content) {
    const rel = ws.relative(p);
    if (rel === undefined || external_node_path_default().isAbsolute(p) || rel === '')
        return { ok: false, reason: 'outside' };
    const dir = external_node_path_default().posix.dirname(rel);
    if ((await ws.confine(dir)) === undefined)
        return { ok: false, reason: 'link-out', rel };
    const abs = external_node_path_default().join(ws.root, rel);
    try {
        await (0,atomic_write/* writeAllOrNothing */.P)(external_node_path_default().dirname(abs), [{ name: external_node_path_default().basename(abs), content }]);
    }
    catch (e) {
        return {
            ok: false,
            reason: 'failed',
            rel,
            code: e.code ?? e.message
        };
    }
    return { ok: true, rel };
}
/*
 * `opa test` is a command run over the repository's files. It lives here until the Processes
 * facts (core/facts-runtime.ts) offer a general command runner; then it can move there.
 */
function opaTest(cwd, dir, { opa, timeoutMs }) {
    const seconds = Math.round(timeoutMs / 1000);
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(opa, ['test', '--coverage', '--format=json', dir.startsWith('-') ? `./${dir}` : dir], { cwd, timeout: timeoutMs, maxBuffer: MAX_OPA_OUTPUT, encoding: 'utf8' }, (err, stdout, stderr) => {
            const e = err;
            if (e?.code === 'ENOENT')
                return resolve({ kind: 'missing' });
            if (e && (e.killed || e.signal === 'SIGTERM'))
                return resolve({ kind: 'timeout', seconds });
            const exitCode = e ? (typeof e.code === 'number' ? e.code : 1) : 0;
            resolve({ kind: 'ran', exitCode, stdout, stderr });
        });
    });
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/core/facts-runtime.ts
var facts_runtime = __webpack_require__(9389);
;// CONCATENATED MODULE: ./src/io/processes.ts
/**
 * The one place built-in checks' child processes are started: interpreters over text
 * (workflow-lint), the repository's build command in a process group (replay-determinism, through
 * io/replay-sandbox.ts) and the git read a replay needs. Implements `Processes` of
 * core/facts-runtime.ts.
 */





/** How long to wait for pipes to close after the process group is gone. */
const DRAIN_MS = 2000;
/** `git log` for the head commit time. */
const processes_GIT_TIMEOUT_MS = 10_000;
const SECRET_NAMES = /^(INPUT_|ACTIONS_)|TOKEN|SECRET|PASSWORD|PRIVATE_KEY|CREDENTIAL/i;
/** The environment minus anything that looks like a credential or an action input. */
function withoutSecrets(env) {
    return Object.fromEntries(Object.entries(env).filter(([k]) => !SECRET_NAMES.test(k)));
}
/**
 * Runs `command` with `/bin/sh -c` in its own process group. On timeout the whole group is killed
 * (SIGKILL); after a normal exit, whatever the command left running in its group is killed too,
 * so nothing keeps writing outputs while they are hashed. stdin and stdout are ignored; the last
 * {@link STDERR_TAIL_BYTES} bytes of stderr are kept. Never rejects.
 */
function runShellCommand(o) {
    return new Promise((resolve) => {
        let tail = Buffer.alloc(0);
        let timedOut = false;
        let settled = false;
        const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', o.command], {
            cwd: o.cwd,
            env: o.env,
            detached: true,
            stdio: ['ignore', 'ignore', 'pipe']
        });
        const killGroup = () => {
            if (child.pid === undefined)
                return;
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                // The group is already gone.
            }
        };
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup();
        }, o.timeoutMs);
        child.stderr?.on('data', (chunk) => {
            tail = Buffer.concat([tail, chunk]);
            if (tail.length > facts_runtime/* STDERR_TAIL_BYTES */.g1 * 2)
                tail = tail.subarray(tail.length - facts_runtime/* STDERR_TAIL_BYTES */.g1);
        });
        const finish = (r) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            const t = tail.subarray(Math.max(0, tail.length - facts_runtime/* STDERR_TAIL_BYTES */.g1)).toString('utf8');
            resolve({ ...r, timedOut, stderrTail: t });
        };
        child.on('error', (e) => {
            finish({ exitCode: null, signal: null, error: e.message });
        });
        child.on('exit', (code, signal) => {
            killGroup();
            // A grandchild that left the group may still hold stderr open: do not wait for it forever.
            const drain = setTimeout(() => {
                child.stderr?.destroy();
                finish({ exitCode: code, signal });
            }, DRAIN_MS);
            child.on('close', () => {
                clearTimeout(drain);
                finish({ exitCode: code, signal });
            });
        });
    });
}
/**
 * Runs a tool (no shell) from the OS temporary folder, never from the workspace: a PR could
 * otherwise plant `json.py` (Python puts the working directory on sys.path) and run code inside
 * the gate. Credentials and action inputs are removed from its environment. Never rejects.
 */
function runTool(command, args, o) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(command, [...args], {
            timeout: o.timeoutMs,
            killSignal: 'SIGKILL',
            maxBuffer: facts_runtime/* TOOL_MAX_OUTPUT_BYTES */.w2,
            encoding: 'utf8',
            cwd: external_node_os_default().tmpdir(),
            env: withoutSecrets(process.env)
        }, (error, stdout, stderr) => {
            const e = error;
            const exitCode = e ? (typeof e.code === 'number' ? e.code : null) : 0;
            const run = { exitCode, stdout, stderr };
            if (e) {
                if (e.code === 'ENOENT' || e.code === 'EACCES')
                    run.failure = { kind: 'missing' };
                else if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
                    run.failure = { kind: 'output-limit' };
                else if (e.killed)
                    run.failure = { kind: 'timeout' };
                else if (typeof e.code === 'string')
                    run.failure = { kind: 'failed', message: e.message };
            }
            resolve(run);
        });
    });
}
/** A private folder under the OS temporary folder for a tool's input files. */
async function openToolScratch() {
    let dir;
    try {
        dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'gonogo-workflow-lint-'));
    }
    catch (e) {
        return { error: `cannot create a temporary folder (${errno(e)})` };
    }
    return {
        write: async (name, text) => {
            if (name.includes('/') || name.includes('\\') || name === '' || name.startsWith('.'))
                return { error: `cannot write ${name} (not a plain file name)` };
            const file = external_node_path_default().join(dir, name);
            try {
                await (0,promises_.writeFile)(file, text, 'utf8');
                return { path: file };
            }
            catch (e) {
                return { error: `cannot write ${name} (${errno(e)})` };
            }
        },
        dispose: () => (0,promises_.rm)(dir, { recursive: true, force: true }).catch(() => undefined)
    };
}
/** `git log -1 --format=%ct HEAD` in `root`: seconds, or undefined (no git, no repository). */
async function headCommitTime(root) {
    const r = await new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['log', '-1', '--format=%ct', 'HEAD'], { cwd: root, timeout: processes_GIT_TIMEOUT_MS, encoding: 'utf8' }, (error, stdout) => resolve({ ok: error === null, stdout }));
    });
    if (!r.ok)
        return undefined;
    const text = r.stdout.trim();
    const t = Number(text);
    return Number.isInteger(t) && t >= 0 && text !== '' ? t : undefined;
}
function errno(e) {
    return e.code ?? (e instanceof Error ? e.message : 'error');
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/promotion.ts
var promotion = __webpack_require__(9918);
// EXTERNAL MODULE: ./src/io/local-state.ts
var local_state = __webpack_require__(995);
;// CONCATENATED MODULE: ./src/io/promotion-history.ts
/**
 * The promotion-history fact of `CheckFacts` (core/facts-runtime.ts `PromotionHistory`), over the
 * existing promotion stores: the CLI's state folder through `LocalStateStore` (io/local-state.ts),
 * confined to the workspace, with each record file's modification time as its completion; GitHub
 * deployments (io/deployment-history.ts, loaded on first use) with their `created_at` and their
 * first `success` status's `created_at`.
 */






/**
 * The promotion history readable from `ws` (the state folder) and, when `github` is given, from
 * the repository's deployments. Every answer is a value: a folder outside the workspace, an
 * unreadable folder or an API error is `ok: false` with what to do.
 */
function createPromotionHistory(ws, github) {
    let client;
    const sources = github ? ['deployments', 'local'] : ['local'];
    return {
        sources,
        read: async (q) => {
            if (!promotion/* ENVIRONMENT_NAME */.YR.test(q.environment)) {
                return {
                    ok: false,
                    source: q.source,
                    describe: q.source === 'local' ? q.folder : 'deployments',
                    reason: `'${q.environment}' is not an environment name`,
                    unlock: 'name environments as GitHub does (letters, digits, ., _ and -)'
                };
            }
            if (q.source === 'local')
                return readLocal(ws, q.folder, q.environment);
            if (!github) {
                return {
                    ok: false,
                    source: 'deployments',
                    describe: 'deployments',
                    reason: 'no GitHub token, so the deployments could not be read',
                    unlock: `${facts_runtime/* DEPLOYMENTS_READ_UNLOCK */.$5}; locally, set GITHUB_TOKEN and GITHUB_REPOSITORY`,
                    permission: 'deployments: read'
                };
            }
            try {
                const m = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(720), __webpack_require__.e(972)]).then(__webpack_require__.bind(__webpack_require__, 972));
                client ??= Promise.resolve(m.deploymentClient(github));
                return await m.readDeploymentHistory(await client, github, q.environment);
            }
            catch (e) {
                return {
                    ok: false,
                    source: 'deployments',
                    describe: `deployments of ${github.owner}/${github.repo}`,
                    reason: `the GitHub client could not be started (${(0,errors/* errorMessage */.gJ)(e)})`,
                    unlock: 're-run the job; if it persists, report it'
                };
            }
        }
    };
}
/**
 * The records of `environment` under the workspace folder `folder`, as `LocalStateStore` reads
 * them. The folder and the environment's folder must stay inside the workspace (links
 * included); a record file that is not a regular file (a symbolic link) breaks the history there.
 */
async function readLocal(ws, folder, environment) {
    const describe = ws.relative(folder) ?? folder;
    const fail = (reason, unlock) => ({
        ok: false,
        source: 'local',
        describe,
        reason,
        unlock
    });
    const root = await ws.confine(folder);
    const envDir = await ws.confine(`${describe}/${environment}`);
    if (root === undefined || envDir === undefined) {
        return fail(`${describe}/${environment} is outside the workspace (or a link leads out of it)`, 'point checks.rollback-drill.state at the state folder inside the repository');
    }
    let chain;
    try {
        chain = await new local_state/* LocalStateStore */.M(root, describe).history(environment);
    }
    catch (e) {
        // The store names absolute paths; reports name workspace paths (the same on every machine).
        return fail((0,errors/* errorMessage */.gJ)(e).split(root).join(describe), `make ${describe}/${environment} readable to the gate`);
    }
    const entries = [];
    for (const entry of chain) {
        const name = external_node_path_default().posix.basename(entry.where);
        let completedAt;
        let record = entry.record;
        try {
            const st = await (0,promises_.lstat)(external_node_path_default().join(envDir, name));
            if (st.isFile())
                completedAt = Math.trunc(st.mtimeMs);
            else
                record = { unreadable: 'not a regular file (a symbolic link?)' };
        }
        catch (e) {
            record = { unreadable: `cannot be read (${e.code ?? 'error'})` };
        }
        entries.push({
            where: entry.where,
            record,
            ...(completedAt !== undefined ? { completedAt } : {})
        });
    }
    return { ok: true, source: 'local', describe, entries };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/io/output-hashes.ts
/** Digests of a replay's outputs (moved from checks/replay-determinism). */






const SKIP_DIRS = new Set(['.git', 'node_modules']);
/**
 * Hashes every file under `dir` that matches one of `globs` (dot files included). The walk
 * starts at each glob's fixed prefix, skips `.git` and `node_modules` below it, and never
 * follows a symbolic link: a link output is compared by its target text.
 */
async function hashOutputs(dir, globs) {
    const isMatch = picomatch_default()([...globs], { dot: true });
    const matched = new Set();
    let truncated = false;
    const special = [];
    let realDir;
    try {
        realDir = await (0,promises_.realpath)(dir);
    }
    catch {
        // The build removed or renamed its own working folder: nothing to hash, which fails the check.
        return {
            digests: {},
            truncated: false,
            unreadable: [{ path: '.', detail: 'the working folder is gone after the run' }]
        };
    }
    const bases = [
        ...new Set(globs.map((g) => {
            const scan = picomatch_default().scan(g);
            return scan.isGlob ? scan.base : g;
        }))
    ].sort();
    const walk = async (rel) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(external_node_path_default().join(dir, rel), { withFileTypes: true });
        }
        catch {
            // A base that is a file (a glob without wildcards) or does not exist.
            if (rel !== '' && isMatch(rel))
                matched.add(rel);
            return;
        }
        for (const e of entries) {
            if (truncated)
                return;
            const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
            if (e.isDirectory()) {
                if (!SKIP_DIRS.has(e.name))
                    await walk(childRel);
            }
            else if (isMatch(childRel)) {
                if (!e.isFile() && !e.isSymbolicLink()) {
                    special.push({ path: childRel, detail: 'not a regular file (a FIFO, socket or device)' });
                    continue;
                }
                if (matched.size >= facts_runtime/* MAX_OUTPUTS */.MV) {
                    truncated = true;
                    return;
                }
                matched.add(childRel);
            }
        }
    };
    for (const b of bases) {
        const rel = b === '.' ? '' : b.replace(/\/+$/, '');
        if (rel !== '' && !(await staysInside(realDir, external_node_path_default().join(dir, rel)))) {
            special.push({
                path: rel,
                detail: 'a symbolic link that leads outside the working directory'
            });
            continue;
        }
        await walk(rel);
    }
    const digests = {};
    const unreadable = [...special];
    for (const rel of [...matched].sort()) {
        const r = await digestOf(external_node_path_default().join(dir, rel));
        if (r.ok)
            digests[rel] = r.digest;
        else if (r.detail !== 'missing')
            unreadable.push({ path: rel, detail: r.detail });
    }
    unreadable.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { digests, unreadable, truncated };
}
/** False when `abs` exists but resolves outside `realDir` (through a link the command made). */
async function staysInside(realDir, abs) {
    try {
        const rel = external_node_path_default().relative(realDir, await (0,promises_.realpath)(abs));
        return rel !== '..' && !rel.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(rel);
    }
    catch {
        return true;
    }
}
async function digestOf(abs) {
    try {
        const st = await (0,promises_.lstat)(abs);
        if (st.isSymbolicLink())
            return { ok: true, digest: `link:${await (0,promises_.readlink)(abs)}` };
        if (!st.isFile())
            return { ok: false, detail: 'not a regular file' };
    }
    catch (e) {
        const c = e.code;
        if (c === 'ENOENT')
            return { ok: false, detail: 'missing' };
        return { ok: false, detail: `cannot be read (${c ?? 'error'})` };
    }
    return new Promise((resolve) => {
        const h = (0,external_node_crypto_.createHash)('sha256');
        const s = (0,external_node_fs_.createReadStream)(abs);
        s.on('data', (chunk) => h.update(chunk));
        s.on('error', (e) => resolve({ ok: false, detail: `cannot be read (${e.code ?? 'error'})` }));
        s.on('end', () => resolve({ ok: true, digest: `sha256:${h.digest('hex')}` }));
    });
}

;// CONCATENATED MODULE: ./src/io/workspace-copy.ts
/** Copies the workspace for a replay without ever leaving it (moved from checks/replay-determinism). */




/** Files copied at once. */
const COPY_CONCURRENCY = 32;
/**
 * Copies the workspace into `dest` without ever leaving it: a symbolic link is recreated (as a
 * relative link inside the copy) only when it resolves inside the workspace; a link that leads
 * out, a FIFO, a socket or a device is skipped and listed. File modes and modification times are
 * kept; on copy-on-write file systems files are reflinked.
 */
async function copyWorkspace(root, dest, opts) {
    const realRoot = await (0,promises_.realpath)(root);
    const facts = {
        files: 0,
        bytes: 0,
        links: 0,
        skipped: [],
        skippedCount: 0,
        git: 'absent'
    };
    const skipped = [];
    const skip = (e) => {
        skipped.push(e);
    };
    const files = [];
    const links = [];
    const walk = async (rel) => {
        const srcDir = external_node_path_default().join(realRoot, rel);
        const dstDir = external_node_path_default().join(dest, rel);
        await (0,promises_.mkdir)(dstDir, { recursive: true });
        let entries;
        try {
            entries = await (0,promises_.readdir)(srcDir, { withFileTypes: true });
        }
        catch (e) {
            skip({ path: rel || '.', reason: 'unreadable', detail: code(e) });
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
            const src = external_node_path_default().join(srcDir, e.name);
            const dst = external_node_path_default().join(dstDir, e.name);
            if (rel === '' && e.name === '.git') {
                if (!e.isDirectory()) {
                    facts.git = 'link-file';
                    continue;
                }
                if (!opts.copyGit) {
                    facts.git = 'excluded';
                    continue;
                }
                facts.git = 'copied';
            }
            if (e.isDirectory()) {
                await walk(childRel);
            }
            else if (e.isFile()) {
                try {
                    const st = await (0,promises_.lstat)(src);
                    files.push({ src, dst, rel: childRel, size: st.size, atime: st.atime, mtime: st.mtime });
                }
                catch (err) {
                    skip({ path: childRel, reason: 'unreadable', detail: code(err) });
                }
            }
            else if (e.isSymbolicLink()) {
                const target = await linkInside(realRoot, src);
                if (target === undefined) {
                    let raw = '';
                    try {
                        raw = await (0,promises_.readlink)(src);
                    }
                    catch {
                        raw = '?';
                    }
                    skip({
                        path: childRel,
                        reason: 'link-out',
                        detail: `symbolic link to ${raw} leads outside the workspace`
                    });
                }
                else {
                    links.push({
                        dst,
                        target: external_node_path_default().relative(external_node_path_default().dirname(dst), external_node_path_default().join(dest, target)) || '.'
                    });
                }
            }
            else {
                skip({
                    path: childRel,
                    reason: 'special-file',
                    detail: 'not a regular file, folder or link (a FIFO, socket or device)'
                });
            }
        }
    };
    await walk('');
    let next = 0;
    const worker = async () => {
        while (next < files.length) {
            const f = files[next++];
            if (f === undefined)
                return;
            try {
                await (0,promises_.copyFile)(f.src, f.dst, external_node_fs_.constants.COPYFILE_FICLONE);
                await (0,promises_.utimes)(f.dst, f.atime, f.mtime);
                facts.files++;
                facts.bytes += f.size;
            }
            catch (err) {
                skip({ path: f.rel, reason: 'unreadable', detail: code(err) });
            }
        }
    };
    await Promise.all(Array.from({ length: COPY_CONCURRENCY }, () => worker()));
    for (const l of links) {
        await (0,promises_.symlink)(l.target, l.dst);
        facts.links++;
    }
    skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    facts.skipped = skipped.slice(0, facts_runtime/* MAX_SKIPPED_LISTED */.Eo);
    facts.skippedCount = skipped.length;
    return facts;
}
/**
 * Where a link leads, relative to the workspace, when it stays inside; undefined when it leads
 * out. A dangling link is judged by its text alone.
 */
async function linkInside(realRoot, linkPath) {
    let resolved;
    try {
        resolved = await (0,promises_.realpath)(linkPath);
    }
    catch {
        try {
            resolved = external_node_path_default().resolve(external_node_path_default().dirname(linkPath), await (0,promises_.readlink)(linkPath));
        }
        catch {
            return undefined;
        }
    }
    const rel = external_node_path_default().relative(realRoot, resolved);
    if (rel === '..' || rel.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(rel))
        return undefined;
    return rel;
}
function code(e) {
    return `cannot be read (${e.code ?? 'error'})`;
}

;// CONCATENATED MODULE: ./src/io/replay-sandbox.ts
/**
 * A disposable copy of the workspace for replaying the repository's build (replay-determinism):
 * one private temporary folder, the copy always at `<tmp>/workspace`, the command run there in
 * its own process group, outputs hashed, the copy removed. Implements `ReplaySandbox` of
 * core/facts-runtime.ts.
 */





/** Variables through which a step writes to the workflow; a replay must not touch them. */
const WORKFLOW_FILE_VARIABLES = [
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STEP_SUMMARY',
    'GITHUB_STATE'
];
/**
 * Creates the sandbox under `tempRoot` for the workspace at `root`; `error` when the temporary
 * folder cannot be made (`cannot create a temporary folder: <message>`).
 */
async function openReplaySandbox(o) {
    let base;
    try {
        base = await (0,promises_.mkdtemp)(external_node_path_default().join(o.tempRoot, 'gonogo-replay-'));
    }
    catch (e) {
        return { error: `cannot create a temporary folder: ${e.message}` };
    }
    const copyDir = external_node_path_default().join(base, 'workspace');
    // The temp path differs on every run: keep it out of the report (determinism).
    const scrub = (t) => t.split(copyDir).join('<copy>').split(base).join('<tmp>');
    return {
        copyWorkspace: async ({ copyGit }) => {
            try {
                return { ok: true, copy: await copyWorkspace(o.root, copyDir, { copyGit }) };
            }
            catch (e) {
                return { ok: false, error: e.message.split(base).join('<tmp>') };
            }
        },
        run: async (r) => {
            // The command comes from the repository (a PR can change it): it gets no credentials.
            // Tokens, action inputs and the runner's internal channels are removed; `env` can still
            // pass what a build really needs.
            const env = { ...withoutSecrets(process.env), ...r.env };
            for (const k of WORKFLOW_FILE_VARIABLES)
                delete env[k];
            const outcome = await runShellCommand({
                command: r.command,
                cwd: external_node_path_default().join(copyDir, r.workingDirectory),
                env,
                timeoutMs: r.timeoutMs
            });
            return { ...outcome, stderrTail: scrub(outcome.stderrTail) };
        },
        hashOutputs: (workingDirectory, globs) => hashOutputs(external_node_path_default().join(copyDir, workingDirectory), globs),
        removeCopy: async () => {
            await removeTree(copyDir);
            return !(await exists(copyDir));
        },
        dispose: () => removeTree(base)
    };
}
/** Removes a folder a build wrote, even where it left read-only folders behind. Never throws. */
async function removeTree(dir) {
    try {
        await (0,promises_.rm)(dir, { recursive: true, force: true, maxRetries: 2 });
        return;
    }
    catch {
        await makeWritable(dir);
    }
    await (0,promises_.rm)(dir, { recursive: true, force: true, maxRetries: 2 }).catch(() => undefined);
}
async function makeWritable(dir) {
    try {
        await (0,promises_.chmod)(dir, 0o700);
        for (const e of await (0,promises_.readdir)(dir, { withFileTypes: true }))
            if (e.isDirectory())
                await makeWritable(external_node_path_default().join(dir, e.name));
    }
    catch {
        // Best effort.
    }
}
async function exists(p) {
    try {
        await (0,promises_.stat)(p);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/io/runtime-facts.ts





/**
 * The real processes for a workspace: tools run from the OS temporary folder (io/processes.ts),
 * replays in copies under `tempRoot` (default `$RUNNER_TEMP`, else the OS temporary folder; see
 * io/replay-sandbox.ts), HEAD's commit time from git in the workspace.
 */
function createProcesses(ws, o = {}) {
    return {
        runTool: runTool,
        toolScratch: openToolScratch,
        openReplay: () => openReplaySandbox({
            root: ws.root,
            tempRoot: o.tempRoot ?? process.env.RUNNER_TEMP ?? external_node_os_default().tmpdir()
        }),
        headCommitTime: () => headCommitTime(ws.root)
    };
}
/**
 * Processes run in (a copy of) the workspace; the Actions history (github/actions-history.ts)
 * when GitHub is reachable, i.e. when `github` is given; the promotion history
 * (io/promotion-history.ts): the workspace's state folder, and the deployments with `github`;
 * the incident history (github/incidents.ts) with `github`.
 */
function createRuntimeFacts(ws, github) {
    return {
        processes: createProcesses(ws),
        ...(github ? { actions: lazyActionsHistory(github), incidents: lazyIncidents(github) } : {}),
        promotions: createPromotionHistory(ws, github)
    };
}
/**
 * The incident issues and releases (github/incidents.ts), with the GitHub client loaded only
 * when the incidents check first reads them.
 */
function lazyIncidents(github) {
    return {
        read: async (q) => {
            try {
                const [m, c] = await Promise.all([
                    Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(720), __webpack_require__.e(128)]).then(__webpack_require__.bind(__webpack_require__, 128)),
                    Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(720)]).then(__webpack_require__.bind(__webpack_require__, 6720))
                ]);
                const client = () => Promise.resolve(c.createClient(github.token, {
                    baseUrl: github.apiUrl,
                    ...(github.timeoutMs !== undefined ? { timeoutMs: github.timeoutMs } : {}),
                    ...(github.deadline
                        ? { deadline: github.deadline }
                        : github.deadlineMs !== undefined
                            ? { deadlineMs: github.deadlineMs }
                            : {})
                }));
                return await m.createIncidentHistory(github, client).read(q);
            }
            catch (e) {
                // Only loading can throw here (the reader itself answers every API error).
                return {
                    ok: false,
                    reason: `the GitHub client could not be loaded: ${e instanceof Error ? e.message : String(e)}`,
                    unlock: 'reinstall gonogo',
                    permission: facts_runtime/* ISSUES_READ_PERMISSION */.ol
                };
            }
        }
    };
}
/**
 * The Actions history, with the GitHub client (Octokit and its plugins, about 30 ms to load)
 * loaded only when a reader first asks something: most gates run no check that reads the API.
 */
function lazyActionsHistory(github) {
    return {
        open: (o) => {
            let reader;
            const real = () => (reader ??= Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(720), __webpack_require__.e(733)]).then(__webpack_require__.bind(__webpack_require__, 8733)).then((m) => m.createActionsHistory(github).open(o)));
            let loaded;
            return {
                get requests() {
                    return loaded?.requests ?? 0;
                },
                defaultBranch: async () => (loaded = await real()).defaultBranch(),
                workflowRuns: async (q) => (loaded = await real()).workflowRuns(q)
            };
        }
    };
}

;// CONCATENATED MODULE: ./src/io/check-facts.ts


/** The facts a built-in check receives, over the real workspace, git, processes and API. */
function createCheckFacts(ws, github) {
    return { ...createRepoFacts(ws), ...createRuntimeFacts(ws, github) };
}


/***/ }),

/***/ 7500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ currentBranch),
/* harmony export */   x: () => (/* binding */ headSha)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_contracts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3348);



const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** The checked-out branch of a repository, or '' (detached HEAD, not a repository, no git). */
async function currentBranch(cwd) {
    try {
        const { stdout } = await run('git', ['rev-parse', '--abbrev-ref', 'HEAD'], {
            cwd,
            timeout: 10_000
        });
        const b = stdout.trim();
        return b === 'HEAD' ? '' : b;
    }
    catch {
        return '';
    }
}
/** The commit checked out, or '' when there is none to be had. */
async function headSha(cwd) {
    try {
        const { stdout } = await run('git', ['rev-parse', 'HEAD'], { cwd, timeout: 10_000 });
        return _core_contracts_js__WEBPACK_IMPORTED_MODULE_2__/* .SHA_PATTERN */ .yw.test(stdout.trim()) ? stdout.trim() : '';
    }
    catch {
        return '';
    }
}


/***/ }),

/***/ 2145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ hashStream),
/* harmony export */   N9: () => (/* binding */ SYNC_READ_BYTES),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   iZ: () => (/* binding */ NotRegularFileError),
/* harmony export */   oo: () => (/* binding */ pumpFdSync),
/* harmony export */   rV: () => (/* binding */ pumpFd),
/* harmony export */   sb: () => (/* binding */ READ_NOFOLLOW),
/* harmony export */   vF: () => (/* binding */ hashRegularFile)
/* harmony export */ });
/* unused harmony export hashFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Flags for opening a file to read it: read-only, never following a symbolic link in the last
 * component (ELOOP instead, where the platform has O_NOFOLLOW), never blocking on a named pipe
 * (O_NONBLOCK: a FIFO opens at once and is refused by fstat, see {@link openRegularFile}), never
 * taking a terminal as the controlling one.
 */
const READ_NOFOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY |
    node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK |
    (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0) |
    (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOCTTY ?? 0);
/**
 * Files up to this size are read with synchronous calls on their descriptor (a few microseconds
 * each; thousands of small files are the common case); larger ones with asynchronous reads, so a
 * big file does not hold up the event loop.
 */
const SYNC_READ_BYTES = 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;
/** Spare chunk buffers (a few, reused across files, so reading thousands allocates none). */
const spareBuffers = [];
function takeBuffer() {
    return spareBuffers.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES);
}
function giveBuffer(b) {
    if (spareBuffers.length < 4)
        spareBuffers.push(b);
}
/** A path that is not a regular file (a FIFO, device, folder or socket), refused after open. */
class NotRegularFileError extends Error {
    file;
    constructor(file) {
        super(`${file}: not a regular file`);
        this.file = file;
    }
}
/**
 * Opens `file` with {@link READ_NOFOLLOW} and checks by fstat on the descriptor (the same file
 * that will be read, whatever happens to the path meanwhile) that it is a regular file.
 *
 * @returns the descriptor (the caller closes it) and the size fstat gave, in bytes
 * @throws the open error (ELOOP for a symbolic link, ENOENT, EACCES …), or NotRegularFileError
 */
function openRegularFile(file) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, READ_NOFOLLOW);
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        if (!st.isFile())
            throw new NotRegularFileError(file);
        return { fd, size: st.size };
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        throw e;
    }
}
/**
 * Reads an open descriptor from its current position to the end, handing each chunk to `onChunk`
 * in order. A chunk's buffer is reused once `onChunk` has returned (or its promise settled): copy
 * it to keep it. Files of at most {@link SYNC_READ_BYTES} (by `sizeHint`) are read with
 * synchronous calls; larger ones with asynchronous reads, the next chunk read while `onChunk`
 * handles the last (double buffering).
 *
 * @param sizeHint the size fstat gave (bytes); a file that grows meanwhile is still read to its end
 * @returns the number of bytes read
 */
async function pumpFd(fd, sizeHint, onChunk) {
    let total = 0;
    if (sizeHint <= SYNC_READ_BYTES) {
        // Read into one pooled buffer until it is full or the file ends (the read that returns 0
        // lands in the buffer's free space: no allocation per file).
        const buf = takeBuffer();
        try {
            let filled = 0;
            for (;;) {
                const n = node_fs__WEBPACK_IMPORTED_MODULE_1___default().readSync(fd, buf, filled, buf.length - filled, null);
                if (n === 0)
                    break;
                filled += n;
                if (filled === buf.length) {
                    total += filled;
                    await onChunk(buf);
                    filled = 0;
                }
            }
            if (filled > 0) {
                total += filled;
                await onChunk(buf.subarray(0, filled));
            }
            return total;
        }
        finally {
            giveBuffer(buf);
        }
    }
    const readInto = (b) => new Promise((resolve, reject) => node_fs__WEBPACK_IMPORTED_MODULE_1___default().read(fd, b, 0, b.length, null, (e, n) => (e ? reject(e) : resolve(n))));
    let current = takeBuffer();
    let spare = takeBuffer();
    try {
        let n = await readInto(current);
        while (n > 0) {
            total += n;
            const next = readInto(spare);
            try {
                await onChunk(n === current.length ? current : current.subarray(0, n));
            }
            catch (e) {
                await next.catch(() => 0);
                throw e;
            }
            n = await next;
            [current, spare] = [spare, current];
        }
        return total;
    }
    finally {
        giveBuffer(current);
        giveBuffer(spare);
    }
}
/** SHA-256 and byte count of a stream, read chunk by chunk (never held whole in memory). */
async function hashStream(stream) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of stream) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        size += buf.length;
        hash.update(buf);
    }
    return { size, sha256: hash.digest('hex') };
}
/**
 * Reads a descriptor synchronously from its position to the end into one pooled buffer, handing
 * each chunk to `onChunk` (the buffer is reused after it returns; copy to keep).
 *
 * @returns the number of bytes read
 */
function pumpFdSync(fd, onChunk) {
    const buf = takeBuffer();
    try {
        let total = 0;
        let filled = 0;
        for (;;) {
            const n = node_fs__WEBPACK_IMPORTED_MODULE_1___default().readSync(fd, buf, filled, buf.length - filled, null);
            if (n === 0)
                break;
            filled += n;
            if (filled === buf.length) {
                total += filled;
                onChunk(buf);
                filled = 0;
            }
        }
        if (filled > 0) {
            total += filled;
            onChunk(buf.subarray(0, filled));
        }
        return total;
    }
    finally {
        giveBuffer(buf);
    }
}
/**
 * SHA-256 and size of a regular file, opened as {@link openRegularFile} does (no link followed,
 * no FIFO waited on, fstat on the descriptor read). A file of at most {@link SYNC_READ_BYTES} is
 * read and hashed synchronously and the result returned as is (no promise: verifying thousands of
 * small files costs no event-loop turn each); a larger one returns a promise.
 *
 * @param keepUpTo when given, the bytes are returned as `data` too if there are at most that many
 * @throws (synchronously) the open error or NotRegularFileError; a read error rejects or throws
 */
function hashRegularFile(file, keepUpTo) {
    const { fd, size: sizeHint } = openRegularFile(file);
    if (sizeHint > SYNC_READ_BYTES)
        return hashLarge(fd, sizeHint, keepUpTo);
    try {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const keep = keeper(keepUpTo);
        const size = pumpFdSync(fd, (chunk) => {
            hash.update(chunk);
            keep.add(chunk);
        });
        return keep.done({ size, sha256: hash.digest('hex') });
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
async function hashLarge(fd, sizeHint, keepUpTo) {
    try {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const keep = keeper(keepUpTo);
        const size = await pumpFd(fd, sizeHint, (chunk) => {
            hash.update(chunk);
            keep.add(chunk);
        });
        return keep.done({ size, sha256: hash.digest('hex') });
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** Keeps copies of chunks while they total at most `max` bytes (nothing when max is undefined). */
function keeper(max) {
    const kept = [];
    let bytes = 0;
    return {
        add: (chunk) => {
            if (max === undefined)
                return;
            bytes += chunk.length;
            if (bytes <= max)
                kept.push(Buffer.from(chunk));
            else
                kept.length = 0;
        },
        done: (h) => max !== undefined && h.size <= max ? { ...h, data: Buffer.concat(kept, h.size) } : h
    };
}
/**
 * SHA-256 and size of a regular file, as a promise: {@link hashRegularFile}. A link swapped in
 * fails with ELOOP and a FIFO with NotRegularFileError; neither is read.
 *
 * @param keepUpTo when given, the file's bytes are returned as `data` too if it has at most that
 *   many bytes
 */
async function hashFile(file, keepUpTo) {
    return hashRegularFile(file, keepUpTo);
}


/***/ }),

/***/ 995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ LocalStateStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _parsers_json_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1639);
/* harmony import */ var _core_canonical_json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(484);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_promotion_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9918);







const RECORD_FILE = /^(\d{6,})\.json$/;
const MAX_RECORD_BYTES = 1024 * 1024;
/**
 * The CLI's promotion records: `<state>/<environment>/000001.json`, … one file per record.
 * A record is written to a temporary file and hard-linked to its numbered name: the link fails
 * if the name exists, so of two promotions racing for number N exactly one gets it, and no
 * reader ever sees half a record.
 */
class LocalStateStore {
    root;
    describe;
    constructor(root, label = root) {
        this.root = root;
        this.describe = label;
    }
    dir(environment) {
        if (!_core_promotion_js__WEBPACK_IMPORTED_MODULE_5__/* .ENVIRONMENT_NAME */ .YR.test(environment))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`'${environment}' is not an environment name`);
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.root, environment);
    }
    label(environment, name) {
        return `${this.describe}/${environment}/${name}`;
    }
    async history(environment) {
        const dir = this.dir(environment);
        let names;
        try {
            names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir);
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return [];
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${this.describe}: cannot read ${dir} (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e)})`);
        }
        const files = names.filter((n) => RECORD_FILE.test(n)).sort();
        const entries = [];
        for (const name of files) {
            const where = this.label(environment, name);
            let text;
            try {
                text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name), 'utf8');
            }
            catch (e) {
                entries.push({ where, record: { unreadable: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e) } });
                continue;
            }
            if (text.length > MAX_RECORD_BYTES) {
                entries.push({ where, record: { unreadable: `larger than ${MAX_RECORD_BYTES} bytes` } });
                continue;
            }
            // Depth bounded before parsing (json-error.ts): a record nests 4 levels.
            const parsed = (0,_parsers_json_error_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBoundedJson */ .Rj)(text);
            entries.push({
                where,
                record: parsed.ok ? parsed.value : { unreadable: parsed.message }
            });
        }
        return entries;
    }
    async append(record) {
        const dir = this.dir(record.environment);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
        const name = `${String(record.sequence).padStart(6, '0')}.json`;
        const final = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name);
        const tmp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `.${name}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}.tmp`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, `${(0,_core_canonical_json_js__WEBPACK_IMPORTED_MODULE_6__/* .stableStringify */ .J)(record)}\n`, { mode: 0o644, flag: 'wx' });
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(tmp, final);
        }
        catch (e) {
            if (e.code === 'EEXIST') {
                return {
                    ok: false,
                    message: `another promotion recorded ${record.environment} #${record.sequence} first (${this.label(record.environment, name)}); run again to promote on top of it`
                };
            }
            throw e;
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        }
        return { ok: true, where: this.label(record.environment, name) };
    }
    /** A refused promotion leaves no file: the state holds accepted records only. */
    async refuse() {
        /* nothing to record locally: the report says why */
    }
}


/***/ }),

/***/ 9707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ON: () => (/* binding */ parsePolicy),
/* harmony export */   loadPolicy: () => (/* binding */ loadPolicy)
/* harmony export */ });
/* unused harmony exports MAX_POLICY_BYTES, MAX_POLICY_DEPTH, MAX_POLICY_ITEMS, MAX_POLICY_NODES */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2721);
/* harmony import */ var _generated_validators_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6161);




/** A policy file is read up to this size (characters of text; bytes when loaded). */
const MAX_POLICY_BYTES = 1024 * 1024;
const MAX_MESSAGES = 10;
/**
 * How deep collections may nest in a policy file. The deepest the schema goes is 6 levels
 * (`branches.<name>.required_checks[i].context`); the `yaml` library recurses per level and
 * overflows the stack at a few hundred, so depth is measured before the document is built.
 */
const MAX_POLICY_DEPTH = 32;
/** Entries one list or mapping of a policy file may hold (controls, waivers, profiles, …). */
const MAX_POLICY_ITEMS = 1000;
/** YAML nodes (collections, keys and values) a policy file may hold in all. */
const MAX_POLICY_NODES = 50_000;
/** Nodes YAML aliases may expand to (the `yaml` library's guard against "billion laughs"). */
const MAX_ALIAS_COUNT = 100;
/** Loads `.github/gonogo.yml`: YAML with positions, the schema, then cross-references. */
async function loadPolicy(ws, file) {
    const read = await ws.readText(file, MAX_POLICY_BYTES, 'for a policy file');
    if (!read.ok) {
        const hint = read.reason === 'missing' ? '; create it (see README "The policy file") or pass --config' : '';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`policy file ${read.message}${hint}`);
    }
    return parsePolicy(read.text, ws.relative(file) ?? file);
}
/**
 * Parses and validates policy text; every problem names file:line:column, the key, and what is
 * allowed. Any text yields a policy or a {@link ConfigurationError}, never another exception:
 * size ({@link MAX_POLICY_BYTES}), nesting ({@link MAX_POLICY_DEPTH}), entries per list or mapping
 * ({@link MAX_POLICY_ITEMS}) and nodes in all ({@link MAX_POLICY_NODES}) are measured on the YAML
 * syntax tree before the document is built; aliases may expand to {@link MAX_ALIAS_COUNT} nodes
 * and may not refer to a node that contains them (a circular structure); duplicate keys are YAML
 * errors; keys such as `__proto__` are data, refused by the schema where not allowed.
 *
 * @param text the file's text (decoded)
 * @param file the path named in messages
 * @throws ConfigurationError naming file:line:column and what to do
 */
function parsePolicy(text, file) {
    try {
        return parsePolicyText(text, file);
    }
    catch (e) {
        if (e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1)
            throw e;
        // A reader never throws anything else: whatever escaped the YAML library or the schema.
        const why = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}: could not be read as a policy (${why.slice(0, 200)}); check that it is the YAML policy file described in README "The policy file"`);
    }
}
function parsePolicyText(text, file) {
    if (text.includes('\u0000')) {
        // UTF-16 read as UTF-8: every other character is NUL.
        const nuls = text.split('\u0000').length - 1;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(nuls * 2 >= text.length * 0.8
            ? `${file}: saved as UTF-16; save it as UTF-8 (GitHub and gonogo read YAML as UTF-8)`
            : `${file}: binary data, not YAML`);
    }
    if (text.length > MAX_POLICY_BYTES)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}: ${text.length} characters; a policy file may hold at most ${MAX_POLICY_BYTES}, so it is not read — is this the policy file?`);
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const at = (offset) => {
        const p = lines.linePos(offset);
        return `${file}:${p.line}:${p.col}`;
    };
    // Flow nesting is refused on the lexer's stream, before any tree is built.
    const flow = flowTooDeep(text);
    if (flow) {
        lines.addNewLine(0);
        for (const m of text.matchAll(/\n/g))
            lines.addNewLine(m.index + 1);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${at(flow.offset)}: ${flow.message}`);
    }
    // One parse: its syntax tree is measured, then composed into the document (as parseDocument
    // does, with the same options and the same "one document" error).
    const tokens = [...new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(lines.addNewLine).parse(text)];
    const shape = measureTokens(tokens);
    if (shape)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${at(shape.offset)}: ${shape.message}`);
    const doc = composeOne(tokens, text.length);
    if (doc.errors.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(doc.errors
            .slice(0, MAX_MESSAGES)
            .map((e) => e.code === 'MULTIPLE_DOCS'
            ? `${at(e.pos[0])}: a second YAML document (after \`---\`); the policy is one document: remove the separator or the second part`
            : `${at(e.pos[0])}: YAML syntax: ${e.message.split('\n')[0] ?? ''}`)
            .join('\n'));
    }
    const circular = circularAlias(doc);
    if (circular !== undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${at(circular.offset)}: the alias *${circular.name} stands for a node that contains it (a circular structure); write the value out instead`);
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(/alias count/i.test(why)
            ? `${file}: its aliases (*name) expand past the YAML reader's alias limit (maxAliasCount ${MAX_ALIAS_COUNT}), a resource-exhaustion pattern ("billion laughs"); write the values out or use fewer aliases`
            : `${file}: ${why.slice(0, 200)}`);
    }
    if (!(0,_generated_validators_js__WEBPACK_IMPORTED_MODULE_3__/* .validatePolicy */ .tE)(value)) {
        const messages = (_generated_validators_js__WEBPACK_IMPORTED_MODULE_3__/* .validatePolicy */ .tE.errors ?? [])
            .filter((e) => !isNoise(e))
            .map((e) => describe(e, doc, at));
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(uniqueSorted(messages).slice(0, MAX_MESSAGES).join('\n'));
    }
    const policy = value;
    const problems = (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .checkPolicyReferences */ .l7)(policy);
    if (problems.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(problems
            .map((p) => `${at(nodeAt(doc, p.path)?.range?.[0] ?? 0)}: ${keyPath(p.path)}: ${p.message}`)
            .join('\n'));
    }
    return policy;
}
/**
 * The first document composed from the parser's `tokens` of a text `length` characters long,
 * exactly as the yaml library's `parseDocument(text, { uniqueKeys: true, prettyErrors: false })`
 * composes it (yaml 2.x public-api.js), a second document noted as its `MULTIPLE_DOCS` error.
 */
function composeOne(tokens, length) {
    const composer = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Composer */ .Dk({ prettyErrors: false, uniqueKeys: true });
    let doc;
    for (const d of composer.compose(tokens, true, length)) {
        if (!doc)
            doc = d;
        else {
            doc.errors.push(new yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLParseError */ .XT([d.range[0], d.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
            break;
        }
    }
    // compose(…, true) always ends with a document, an empty one for an empty text.
    return doc;
}
/** The lexer's control tokens, which stand for no text of the file. */
const CONTROL_TOKENS = new Set(['\x02', '\x18', '\x1f']);
/**
 * Flow collections (`[`, `{`) nested past {@link MAX_POLICY_DEPTH}, found on the lexer's token
 * stream as it goes (a megabyte of `[` is refused at the 33rd, not after building its tree).
 */
function flowTooDeep(text) {
    // Nesting never exceeds the number of `[` and `{` in the text: when that is within the limit
    // (most policies), the lexer pass is not needed.
    let openers = 0;
    for (let i = text.indexOf('['); i !== -1 && openers <= MAX_POLICY_DEPTH; i = text.indexOf('[', i + 1))
        openers++;
    for (let i = text.indexOf('{'); i !== -1 && openers <= MAX_POLICY_DEPTH; i = text.indexOf('{', i + 1))
        openers++;
    if (openers <= MAX_POLICY_DEPTH)
        return undefined;
    let depth = 0;
    let offset = 0;
    for (const tok of new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG().lex(text)) {
        if (tok === '[' || tok === '{') {
            if (++depth > MAX_POLICY_DEPTH)
                return {
                    offset,
                    message: `lists and mappings nest more than ${MAX_POLICY_DEPTH} deep here; a policy file nests at most ${MAX_POLICY_DEPTH} levels — flatten it`
                };
        }
        else if (tok === ']' || tok === '}')
            depth = Math.max(0, depth - 1);
        if (!CONTROL_TOKENS.has(tok))
            offset += tok.length;
    }
    return undefined;
}
function measureTokens(tokens) {
    let nodes = 0;
    const stack = [];
    for (const token of tokens)
        stack.push({ token: token, depth: 0 });
    while (stack.length > 0) {
        const { token, depth } = stack.pop();
        const offset = token.offset ?? 0;
        if (++nodes > MAX_POLICY_NODES)
            return {
                offset,
                message: `the file holds more than ${MAX_POLICY_NODES} YAML values; a policy file may hold at most ${MAX_POLICY_NODES} — is this the policy file?`
            };
        if (token.type === 'document') {
            if (token.value)
                stack.push({ token: token.value, depth });
            continue;
        }
        const items = token.items;
        if (!Array.isArray(items))
            continue;
        if (depth + 1 > MAX_POLICY_DEPTH)
            return {
                offset,
                message: `lists and mappings nest more than ${MAX_POLICY_DEPTH} deep here; a policy file nests at most ${MAX_POLICY_DEPTH} levels — flatten it`
            };
        if (items.length > MAX_POLICY_ITEMS)
            return {
                offset,
                message: `this list or mapping holds ${items.length} entries; a policy file allows at most ${MAX_POLICY_ITEMS} per list or mapping — split or shorten it`
            };
        for (const item of items) {
            for (const part of [item.key, item.value]) {
                if (part && typeof part === 'object')
                    stack.push({ token: part, depth: depth + 1 });
            }
        }
    }
    return undefined;
}
/** An alias inside the very node its anchor names (`a: &x [*x]`), which would make a cycle. */
function circularAlias(doc) {
    let found;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Alias(_key, alias) {
            const target = alias.resolve(doc);
            const r = target?.range;
            const a = alias.range?.[0];
            if (r && a !== undefined && a >= r[0] && a < r[2]) {
                found = { offset: a, name: alias.source };
                return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
            }
            return undefined;
        }
    });
    return found;
}
/** `if`/`$ref` wrappers repeat what the real error says. */
function isNoise(e) {
    return e.keyword === 'if' || e.keyword === '$ref' || e.keyword === 'propertyNames';
}
function uniqueSorted(messages) {
    const lineOf = (m) => Number(/:(\d+):\d+:/.exec(m)?.[1] ?? 0);
    return [...new Set(messages)].sort((a, b) => lineOf(a) - lineOf(b) || (a < b ? -1 : 1));
}
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function keyPath(p) {
    if (p.length === 0)
        return '(top level)';
    return p.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
function nodeAt(doc, p) {
    const n = p.length === 0 ? doc.contents : doc.getIn(p, true);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(n) ? n : undefined;
}
/** The key node of `key` in the map at `p` (to point at an unknown key itself). */
function keyNode(doc, p, key) {
    const map = nodeAt(doc, p);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return undefined;
    for (const item of map.items) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) && item.key.value === key)
            return item.key;
    }
    return undefined;
}
function describe(e, doc, at) {
    const p = pointerToPath(e.instancePath);
    const params = e.params;
    const parent = (e.parentSchema ?? {});
    const node = nodeAt(doc, p);
    const pos = (n) => at(n?.range?.[0] ?? node?.range?.[0] ?? 0);
    // An error about a key's name (a `propertyNames` schema): at the key itself.
    if (e.propertyName !== undefined) {
        const key = e.propertyName;
        const what = typeof parent.description === 'string' ? `: ${parent.description}` : '';
        return `${pos(keyNode(doc, p, key))}: ${keyPath([...p, key])}: '${key}' is not an allowed key here${what}`;
    }
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const allowed = Object.keys(parent.properties ?? {});
            return `${pos(keyNode(doc, p, key))}: ${keyPath([...p, key])}: unknown key '${key}'; allowed keys here: ${allowed.join(', ')}`;
        }
        case 'required':
            return `${pos(node)}: ${keyPath(p)}: missing required key '${String(params.missingProperty)}'`;
        case 'enum':
            return `${pos(node)}: ${keyPath(p)}: ${JSON.stringify(valueAt(doc, p))} is not allowed; allowed: ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'const':
            return `${pos(node)}: ${keyPath(p)}: must be ${JSON.stringify(params.allowedValue)}`;
        case 'type':
            return `${pos(node)}: ${keyPath(p)}: must be ${article(String(params.type))}, found ${typeName(valueAt(doc, p))}`;
        case 'pattern':
            return `${pos(node)}: ${keyPath(p)}: ${JSON.stringify(valueAt(doc, p))} does not match ${String(parent.description ?? params.pattern)}`;
        case 'maxProperties':
        case 'minProperties':
            return `${pos(node)}: ${keyPath(p)}: ${typeof parent.description === 'string' ? parent.description : (e.message ?? e.keyword)}`;
        default: {
            const hint = typeof parent.description === 'string' ? ` (${parent.description})` : '';
            return `${pos(node)}: ${keyPath(p)}: ${e.message ?? e.keyword}${hint}`;
        }
    }
}
function valueAt(doc, p) {
    const n = nodeAt(doc, p);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n) ? n.value : n?.toJSON();
}
function typeName(v) {
    if (v === null || v === undefined)
        return 'nothing';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'number' && !Number.isFinite(v))
        return `a number too large to hold (${v})`;
    return `${typeof v} ${JSON.stringify(v)}`;
}
function article(t) {
    const names = {
        object: 'a mapping',
        array: 'a list',
        integer: 'an integer',
        string: 'a string',
        number: 'a number',
        boolean: 'true or false'
    };
    return names[t] ?? t;
}


/***/ }),

/***/ 2886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BV: () => (/* binding */ readWorkflowFiles),
/* harmony export */   Dl: () => (/* binding */ listWorkflows),
/* harmony export */   L9: () => (/* binding */ readWorkflows),
/* harmony export */   lp: () => (/* binding */ MAX_WORKFLOW_BYTES),
/* harmony export */   xs: () => (/* binding */ WORKFLOWS_DIR),
/* harmony export */   z: () => (/* binding */ MAX_WORKFLOW_FILES)
/* harmony export */ });
/* harmony import */ var _core_map_limit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3075);

const WORKFLOWS_DIR = '.github/workflows';
/** Each workflow file is read up to this size. */
const MAX_WORKFLOW_BYTES = 1024 * 1024;
/** More workflow files than this is not a repository we can vouch for. */
const MAX_WORKFLOW_FILES = 1000;
/**
 * The repository's workflow paths (`.github/workflows/*.yml` and `*.yaml`, not in subfolders, as
 * GitHub reads them), sorted, at most {@link MAX_WORKFLOW_FILES}; `truncated` when there were more.
 * Throws when the folder is (or lies behind) a symbolic link out of the workspace.
 */
async function listWorkflows(ws) {
    const paths = new Set();
    let truncated = false;
    for (const ext of ['yml', 'yaml']) {
        const r = await ws.glob(`${WORKFLOWS_DIR}/*.${ext}`, MAX_WORKFLOW_FILES);
        truncated ||= r.truncated;
        for (const f of r.files)
            paths.add(f);
    }
    const sorted = [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return {
        paths: sorted.slice(0, MAX_WORKFLOW_FILES),
        truncated: truncated || sorted.length > MAX_WORKFLOW_FILES
    };
}
/**
 * Reads workflow files (a few at once; the result keeps the order of `paths`). A file that cannot
 * be read is kept with its `readError`, so what it might produce is reported as unknown rather
 * than silently missing.
 */
function readWorkflowFiles(ws, paths) {
    // Each read is several system calls (confinement, stat, open): keep some in flight.
    return (0,_core_map_limit_js__WEBPACK_IMPORTED_MODULE_0__/* .mapLimit */ .s)(paths, READS_IN_FLIGHT, async (path) => {
        const r = await ws.readText(path, MAX_WORKFLOW_BYTES, 'for a workflow file');
        return r.ok ? { path, text: r.text } : { path, text: '', readError: r.message };
    });
}
/** The repository's workflows ({@link listWorkflows}, then {@link readWorkflowFiles}). */
async function readWorkflows(ws) {
    return readWorkflowFiles(ws, (await listWorkflows(ws)).paths);
}
/** Workflow files read at once (order of the result does not depend on it). */
const READS_IN_FLIGHT = 16;



/***/ }),

/***/ 2645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Workspace: () => (/* binding */ Workspace),
/* harmony export */   ZU: () => (/* binding */ PathEscapeError)
/* harmony export */ });
/* unused harmony exports isPlainRelative, formatBytes */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _hash_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2145);







const SKIP_DIRS = new Set(['.git', 'node_modules']);
/**
 * The repository checkout. Every path the policy names is resolved here, and none may leave it:
 * not with `..`, not as an absolute path, not through a symbolic link.
 */
class Workspace {
    root;
    realRoot;
    /**
     * Each folder files were read from: whether its real path (every link on the way resolved) lies
     * inside the workspace, or it could not be resolved.
     */
    realDirs = new Map();
    /** When set, every file read (and every {@link fingerprint}) is noted with its digest. */
    log;
    /**
     * Replaying a bundle: files the original run was refused (workspace-relative path → refusal).
     * Each reads as refused again, and globs list it where it matches, as the original tree did.
     */
    replayRefusals;
    constructor(root, realRoot) {
        this.root = root;
        this.realRoot = realRoot;
    }
    static async open(root) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_4___default().resolve(root);
        let real;
        try {
            real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.realpath)(abs);
        }
        catch {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`workspace ${abs} does not exist; run from the repository root or pass --workspace`);
        }
        let isDir = false;
        try {
            isDir = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.stat)(real)).isDirectory();
        }
        catch {
            isDir = false;
        }
        if (!isDir)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`workspace ${abs} is not a folder; run from the repository root or pass --workspace`);
        return new Workspace(abs, real);
    }
    /** Workspace-relative POSIX path of `p` if it stays inside, else undefined. */
    relative(p) {
        // Already a plain relative POSIX path (what globs and policies give): it is its own answer.
        if (POSIX && isPlainRelative(p))
            return p;
        if (p.includes('\0'))
            return undefined;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_4___default().resolve(this.root, p);
        const rel = node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(this.root, abs);
        if (!isInside(rel))
            return undefined;
        return rel.split((node_path__WEBPACK_IMPORTED_MODULE_4___default().sep)).join('/');
    }
    /**
     * The absolute path of a workspace-relative `p` (which may not exist yet) when neither its text
     * nor any symbolic link on the way out of it leaves the workspace; undefined otherwise.
     */
    async confine(p) {
        const rel = this.relative(p);
        if (rel === undefined)
            return undefined;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(this.root, ...rel.split('/'));
        let probe = abs;
        for (;;) {
            try {
                return (await this.insideReal(probe)) ? abs : undefined;
            }
            catch {
                const up = node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(probe);
                if (up === probe)
                    return undefined;
                probe = up;
            }
        }
    }
    async insideReal(abs) {
        return isInside(node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(this.realRoot, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.realpath)(abs)));
    }
    /**
     * Reads a text file of at most `maxBytes` as UTF-8, without a leading byte-order mark (YAML 1.2
     * §5.2 and RFC 8259 §8.1 let a reader ignore it); every refusal is a reason and a message.
     */
    async readText(p, maxBytes, limitName = 'for a report (limits.max_report_bytes)') {
        const r = await this.readBytes(p, maxBytes, { limitName });
        if (!r.ok)
            return r;
        const text = r.data.toString('utf8');
        return {
            ok: true,
            text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text,
            bytes: r.data.length
        };
    }
    /**
     * Reads a file of at most `maxBytes` as bytes (report files are decoded by their own rules, see
     * decode-text.ts); every refusal is a reason and a message naming the file.
     *
     * The checks cost one open, one fstat and the reads per file: the file's folder is resolved
     * once per Workspace (its real path, every link on the way, must lie inside); the file is opened
     * without following a link in its last component (O_NOFOLLOW: a link is then resolved and
     * followed only to a target inside) and without blocking (O_NONBLOCK: a FIFO opens at once);
     * fstat on that descriptor then refuses what is not a regular file or is over the limit, before
     * `reserve` and before any byte is read. Files up to 1 MiB are read with synchronous calls.
     */
    async readBytes(p, maxBytes, { limitName = 'for a report (limits.max_report_bytes)', reserve } = {}) {
        const rel = this.relative(p);
        if (rel === undefined || node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(p)) {
            return {
                ok: false,
                reason: 'escapes',
                message: `${p}: path is outside the workspace; use a path relative to the repository root`
            };
        }
        const refusedBefore = this.replayRefusals?.get(rel);
        if (refusedBefore)
            return this.noted(rel, {
                ok: false,
                reason: refusedBefore.reason,
                message: refusedBefore.message
            });
        const abs = rel === '' ? this.root : POSIX ? joinPlain(this.root, rel) : node_path__WEBPACK_IMPORTED_MODULE_4___default().join(this.root, rel);
        // The folder the file is in: resolved once per folder (symbolic links on the way included)
        // and confined to the workspace; the last component is never followed by open() below.
        const dir = rel === '' ? 'inside' : this.realDir(POSIX ? posixDirname(abs) : node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(abs));
        if (dir === 'missing')
            return { ok: false, reason: 'missing', message: `${rel}: file not found` };
        if (dir === 'escapes')
            return escapes(rel);
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync)(abs, _hash_file_js__WEBPACK_IMPORTED_MODULE_5__/* .READ_NOFOLLOW */ .sb);
        }
        catch (e) {
            const code = e.code;
            if (code === 'ELOOP')
                return this.noted(rel, await this.readThroughLink(abs, rel, maxBytes, limitName, reserve));
            return openFailure(rel, code);
        }
        return this.noted(rel, await readOpened(fd, rel, maxBytes, limitName, reserve));
    }
    /** `r` as it is, after noting a successful read in the log (when there is one). */
    noted(rel, r) {
        if (this.log && r.ok) {
            this.log.record({
                path: rel,
                size: r.data.length,
                // One-shot hash (Node 21.7+): no Hash object per file of a 10,000-report gate.
                sha256: oneShotSha256(r.data)
            });
        }
        else if (this.log && !r.ok && r.reason !== 'missing' && rel !== '') {
            this.log.recordRefusal({ path: rel, reason: r.reason, message: r.message });
        }
        return r;
    }
    /**
     * Size and SHA-256 of a regular file inside the workspace (confined like {@link readBytes}: no
     * link out, no FIFO waited on, fstat on the descriptor hashed), noted in the log; undefined when
     * there is no such file. Streams: any size. For files the gate relies on without parsing them
     * (`allow_unverified` evidence, unclaimed reports).
     */
    async fingerprint(p) {
        const rel = this.relative(p);
        if (rel === undefined || rel === '' || node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(p))
            return undefined;
        const refuse = (reason, why) => {
            this.log?.recordRefusal({ path: rel, reason, message: `${rel}: ${why}` });
            return undefined;
        };
        const before = this.replayRefusals?.get(rel);
        if (before)
            return refuse(before.reason, before.message.slice(rel.length + 2));
        const abs = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(this.root, ...rel.split('/'));
        const dir = this.realDir(node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(abs));
        if (dir === 'escapes')
            return refuse('escapes', 'symbolic link that leads outside the workspace');
        if (dir === 'missing')
            return undefined;
        let h;
        try {
            h = await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_5__/* .hashRegularFile */ .vF)(abs);
        }
        catch (e) {
            const code = e.code;
            if (e instanceof _hash_file_js__WEBPACK_IMPORTED_MODULE_5__/* .NotRegularFileError */ .iZ)
                return refuse('not-a-file', 'not a regular file');
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return undefined;
            if (code !== 'ELOOP')
                return refuse('unreadable', `cannot be read (${code ?? 'error'})`);
            let real;
            try {
                real = node_fs__WEBPACK_IMPORTED_MODULE_2__.realpathSync.native(abs);
            }
            catch {
                return undefined; // a dangling link: nothing there
            }
            if (!isInside(node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(this.realRoot, real)))
                return refuse('escapes', 'symbolic link that leads outside the workspace');
            try {
                h = await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_5__/* .hashRegularFile */ .vF)(real);
            }
            catch (e2) {
                if (e2 instanceof _hash_file_js__WEBPACK_IMPORTED_MODULE_5__/* .NotRegularFileError */ .iZ)
                    return refuse('not-a-file', 'not a regular file');
                return refuse('unreadable', `cannot be read (${e2.code ?? 'error'})`);
            }
        }
        this.log?.record({ path: rel, size: h.size, sha256: h.sha256 });
        return { size: h.size, sha256: h.sha256 };
    }
    /**
     * Whether the real path of the folder `absDir` lies inside the workspace, or it cannot be
     * resolved (cached: each folder is resolved once per Workspace, however many files are read
     * from it).
     */
    realDir(absDir) {
        let verdict = this.realDirs.get(absDir);
        if (verdict === undefined) {
            try {
                const real = node_fs__WEBPACK_IMPORTED_MODULE_2__.realpathSync.native(absDir);
                verdict = isInside(node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(this.realRoot, real)) ? 'inside' : 'escapes';
            }
            catch {
                verdict = 'missing';
            }
            this.realDirs.set(absDir, verdict);
        }
        return verdict;
    }
    /**
     * The last component is a symbolic link: followed only when its target lies inside the
     * workspace, and the target is opened without following another link (a link swapped in
     * between is refused, not read).
     */
    async readThroughLink(abs, rel, maxBytes, limitName, reserve) {
        let real;
        try {
            real = node_fs__WEBPACK_IMPORTED_MODULE_2__.realpathSync.native(abs);
        }
        catch {
            return { ok: false, reason: 'missing', message: `${rel}: file not found` };
        }
        if (!isInside(node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(this.realRoot, real)))
            return escapes(rel);
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync)(real, _hash_file_js__WEBPACK_IMPORTED_MODULE_5__/* .READ_NOFOLLOW */ .sb);
        }
        catch (e) {
            const code = e.code;
            if (code === 'ELOOP')
                return escapes(rel);
            return openFailure(rel, code);
        }
        return readOpened(fd, rel, maxBytes, limitName, reserve);
    }
    /** True when `p` is a regular, non-empty file inside the workspace. */
    async hasFile(p) {
        const rel = this.relative(p);
        if (rel === undefined || node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(p))
            return false;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(this.root, rel);
        try {
            if (!(await this.insideReal(abs)))
                return false;
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.stat)(abs);
            return st.isFile() && st.size > 0;
        }
        catch {
            return false;
        }
    }
    /**
     * Workspace-relative files matching a path or glob, sorted. Directories behind symbolic links
     * are not entered; `.git` and `node_modules` are skipped. Throws when the pattern escapes.
     * With `listings`, a folder listed by an earlier glob of the same task is not listed again.
     */
    async glob(pattern, limit, listings) {
        const scan = picomatch__WEBPACK_IMPORTED_MODULE_6___default().scan(pattern);
        if (!scan.isGlob) {
            const rel = this.relative(pattern);
            if (rel === undefined || node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(pattern))
                throw new PathEscapeError(pattern);
            try {
                // Anything there (a directory, a link out) is read and refused with its own reason.
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(this.root, rel));
                return { files: [rel], truncated: false };
            }
            catch {
                return { files: [], truncated: false };
            }
        }
        const base = scan.base === '' ? '.' : scan.base;
        const relBase = this.relative(base);
        if (relBase === undefined || node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(pattern))
            throw new PathEscapeError(pattern);
        try {
            // A base folder that is (or lies behind) a link out of the workspace is not entered.
            if (!(await this.insideReal(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(this.root, relBase))))
                throw new PathEscapeError(pattern);
        }
        catch (e) {
            if (e instanceof PathEscapeError)
                throw e;
            return { files: [], truncated: false };
        }
        const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_6___default()(pattern.replace(/^\.\//, ''), { dot: false });
        const files = [];
        let truncated = false;
        const walk = async (dirRel) => {
            let entries = listings?.get(dirRel);
            if (entries === undefined) {
                try {
                    entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(this.root, dirRel), { withFileTypes: true });
                }
                catch {
                    return;
                }
                entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
                listings?.set(dirRel, entries);
            }
            for (const e of entries) {
                if (truncated)
                    return;
                const rel = dirRel === '' ? e.name : `${dirRel}/${e.name}`;
                if (e.isDirectory()) {
                    if (!SKIP_DIRS.has(e.name))
                        await walk(rel);
                }
                else if ((e.isFile() || e.isSymbolicLink()) && isMatch(rel)) {
                    if (files.length >= limit) {
                        truncated = true;
                        return;
                    }
                    files.push(rel);
                }
            }
        };
        await walk(relBase === '' ? '' : relBase);
        // A replay lists the files the original run matched but could not read (not in the bundle).
        for (const rel of this.replayRefusals?.keys() ?? []) {
            const under = relBase === '' || rel.startsWith(`${relBase}/`);
            if (under && isMatch(rel) && !files.includes(rel) && files.length < limit)
                files.push(rel);
        }
        files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        return { files, truncated };
    }
}
/**
 * Reads an open descriptor (closed before this returns): it must be a regular file of at most
 * `maxBytes` by fstat, and no more than `maxBytes` are read even when it grows meanwhile.
 */
async function readOpened(fd, rel, maxBytes, limitName, reserve) {
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.fstatSync)(fd);
        if (!st.isFile())
            return { ok: false, reason: 'not-a-file', message: `${rel}: not a regular file` };
        if (st.size > maxBytes)
            return tooLarge(rel, st.size, maxBytes, limitName);
        const wait = reserve?.(st.size);
        if (wait)
            await wait;
        const buf = st.size <= _hash_file_js__WEBPACK_IMPORTED_MODULE_5__/* .SYNC_READ_BYTES */ .N9
            ? readAtMostSync(fd, maxBytes + 1, st.size)
            : await readAtMost(fd, maxBytes + 1, st.size);
        if (buf.length > maxBytes) {
            return {
                ok: false,
                reason: 'too-large',
                message: `${rel}: grew past the ${formatBytes(maxBytes)} limit while being read`
            };
        }
        return { ok: true, data: buf };
    }
    catch (e) {
        return {
            ok: false,
            reason: 'unreadable',
            message: `${rel}: cannot be read (${e.code ?? 'error'})`
        };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync)(fd);
    }
}
function escapes(rel) {
    return {
        ok: false,
        reason: 'escapes',
        message: `${rel}: symbolic link that leads outside the workspace`
    };
}
function openFailure(rel, code) {
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return { ok: false, reason: 'missing', message: `${rel}: file not found` };
    return {
        ok: false,
        reason: 'unreadable',
        message: `${rel}: cannot be opened (${code ?? 'error'})`
    };
}
/**
 * Reads until the end of the file or `cap` bytes, whichever comes first (a growing file stops).
 * The first buffer holds the expected size and one byte more, so the read that finds the end
 * lands in its free byte: a file that did not change is read in one call with no further
 * allocation. Only for regular files (a short read is their end).
 */
function readAtMostSync(fd, cap, sizeHint) {
    let buf = Buffer.allocUnsafe(Math.min(cap, Math.max(sizeHint, 0) + 1));
    let filled = 0;
    for (;;) {
        if (filled === buf.length) {
            if (filled >= cap)
                break;
            const bigger = Buffer.allocUnsafe(Math.min(cap, Math.max(2 * filled, filled + 64 * 1024)));
            buf.copy(bigger, 0, 0, filled);
            buf = bigger;
        }
        const want = buf.length - filled;
        const bytesRead = node_fs__WEBPACK_IMPORTED_MODULE_2___default().readSync(fd, buf, filled, want, null);
        filled += bytesRead;
        // A regular file (fstat said so) returns fewer bytes than asked only at its end (POSIX
        // read(2)): a short read ends it without a second call that would return 0.
        if (bytesRead < want)
            break;
    }
    return filled === buf.length ? buf : buf.subarray(0, filled);
}
/** readAtMostSync with asynchronous reads, for files over SYNC_READ_BYTES. */
async function readAtMost(fd, cap, sizeHint) {
    const chunks = [];
    let total = 0;
    let want = Math.min(cap, Math.max(sizeHint, 0) + 1);
    while (total < cap) {
        const chunk = Buffer.allocUnsafe(Math.min(want, cap - total));
        const bytesRead = await new Promise((resolve, reject) => node_fs__WEBPACK_IMPORTED_MODULE_2___default().read(fd, chunk, 0, chunk.length, null, (e, n) => (e ? reject(e) : resolve(n))));
        if (bytesRead === 0)
            break;
        chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
        total += bytesRead;
        want = 1024 * 1024;
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
function tooLarge(rel, size, maxBytes, limitName) {
    return {
        ok: false,
        reason: 'too-large',
        message: `${rel}: ${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit ${limitName}`
    };
}
const POSIX = (node_path__WEBPACK_IMPORTED_MODULE_4___default().sep) === '/';
/**
 * True when `p` is relative, has no empty, `.` or `..` segment and no NUL: path.resolve and
 * path.relative would give it back unchanged.
 */
function isPlainRelative(p) {
    if (p === '' || p.charCodeAt(0) === 0x2f)
        return false;
    let start = 0;
    for (let i = 0; i <= p.length; i++) {
        const c = i === p.length ? 0x2f : p.charCodeAt(i);
        if (c === 0)
            return false;
        if (c !== 0x2f)
            continue;
        const len = i - start;
        if (len === 0)
            return false;
        if (len <= 2 && p.charCodeAt(start) === 0x2e && (len === 1 || p.charCodeAt(start + 1) === 0x2e))
            return false;
        start = i + 1;
    }
    return true;
}
/** path.dirname of an absolute, normalized POSIX path, without normalizing it again. */
function posixDirname(abs) {
    return abs.slice(0, abs.lastIndexOf('/')) || '/';
}
/** path.join(root, rel) for an absolute, normalized `root` and a plain relative `rel`. */
function joinPlain(root, rel) {
    return root.endsWith('/') ? `${root}${rel}` : `${root}/${rel}`;
}
function isInside(rel) {
    return rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_4___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(rel);
}
class PathEscapeError extends Error {
    pattern;
    constructor(pattern) {
        super(`${pattern}: path is outside the workspace; use a path relative to the repository root`);
        this.pattern = pattern;
    }
}
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return `${n} bytes`;
}
/** Hex SHA-256 of `data`: crypto.hash where Node has it (21.7+), else a Hash object. */
function oneShotSha256(data) {
    const hash = (node_crypto__WEBPACK_IMPORTED_MODULE_0___default().hash);
    return hash ? hash('sha256', data, 'hex') : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}


/***/ }),

/***/ 1639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DY: () => (/* binding */ jsonDuplicateKey),
/* harmony export */   KX: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   Rj: () => (/* binding */ parseBoundedJson),
/* harmony export */   bq: () => (/* binding */ parseJsonAt),
/* harmony export */   rv: () => (/* binding */ lineColumn)
/* harmony export */ });
/* unused harmony exports firstErrorOffset, jsonTooDeep */
/**
 * Parses JSON; on failure says where, as "line L, column C". The engine's message does not
 * always carry a position (V8: `Unexpected token '}', ..."x": } is not valid JSON`), so the
 * offset of the first error is found by a small scanner that follows the JSON grammar. Pure.
 */
function parseJsonAt(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (e) {
        const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
        const pos = /position (\d+)/.exec(msg);
        const offset = pos ? Number(pos[1]) : firstErrorOffset(text);
        if (offset === undefined)
            return { ok: false, message: `not valid JSON (${msg.slice(0, 160)})` };
        const where = lineColumn(text, offset);
        const short = /^(.*?)(,\s*"\.\.\.|\s*"|$)/.exec(msg)?.[1] ?? msg;
        return {
            ok: false,
            message: `not valid JSON at line ${where.line}, column ${where.column} (${short.slice(0, 160)})`,
            line: where.line
        };
    }
}
class Stop extends Error {
    at;
    constructor(at) {
        super(`JSON error at ${at}`);
        this.at = at;
    }
}
/** Offset of the first character that breaks the JSON grammar, or undefined if none does. */
function firstErrorOffset(text) {
    let i = 0;
    const ws = () => {
        while (i < text.length && ' \t\n\r'.includes(text[i]))
            i++;
    };
    const fail = () => {
        throw new Stop(Math.min(i, text.length));
    };
    const lit = (word) => {
        if (text.startsWith(word, i))
            i += word.length;
        else
            fail();
    };
    const str = () => {
        if (text[i] !== '"')
            fail();
        i++;
        while (i < text.length && text[i] !== '"') {
            const c = text.charCodeAt(i);
            if (c < 0x20)
                fail();
            if (text[i] === '\\') {
                i++;
                if (text[i] === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5)))
                        fail();
                    i += 4;
                }
                else if (!'"\\/bfnrt'.includes(text[i] ?? 'x'))
                    fail();
            }
            i++;
        }
        if (i >= text.length)
            fail();
        i++;
    };
    const num = () => {
        const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!m || m[0] === '' || m[0] === '-')
            fail();
        i += m[0].length;
    };
    const value = (depth) => {
        if (depth > 2000)
            fail();
        ws();
        const c = text[i];
        if (c === '{') {
            i++;
            ws();
            if (text[i] === '}') {
                i++;
                return;
            }
            for (;;) {
                ws();
                str();
                ws();
                if (text[i] !== ':')
                    fail();
                i++;
                value(depth + 1);
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return;
                }
                fail();
            }
        }
        else if (c === '[') {
            i++;
            ws();
            if (text[i] === ']') {
                i++;
                return;
            }
            for (;;) {
                value(depth + 1);
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return;
                }
                fail();
            }
        }
        else if (c === '"')
            str();
        else if (c === 't')
            lit('true');
        else if (c === 'f')
            lit('false');
        else if (c === 'n')
            lit('null');
        else
            num();
    };
    try {
        value(0);
        ws();
        if (i < text.length)
            fail();
        return undefined;
    }
    catch (e) {
        if (e instanceof Stop)
            return e.at;
        return undefined;
    }
}
/** Line and column of a character offset, 1-based. */
function lineColumn(text, offset) {
    let line = 1;
    let last = -1;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            last = i;
        }
    }
    return { line, column: offset - last };
}
/**
 * The deepest nesting of arrays and objects a JSON file gonogo reads may have (the outermost value
 * is depth 1). SARIF 2.1.0 logs nest about 12 levels, gonogo's and the older scripts' reports
 * fewer than 10, bundle manifests and promotion records 4; property bags may add a few.
 */
const MAX_JSON_DEPTH = 256;
/**
 * Where JSON text nests arrays and objects deeper than `max`, before anything parses it: a linear
 * scan that skips strings (escapes included) and counts brackets, so a hostile nesting costs one
 * pass and no stack. Brackets that do not balance are left to the parser to report.
 *
 * @returns the offset of the first bracket too deep and its line/column, or undefined
 */
function jsonTooDeep(text, max = MAX_JSON_DEPTH) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++; // backslash: skip the escaped character
            else if (c === 0x22)
                inString = false;
            continue;
        }
        if (c === 0x22)
            inString = true;
        else if (c === 0x5b || c === 0x7b) {
            if (++depth > max)
                return { offset: i, ...lineColumn(text, i) };
        }
        else if (c === 0x5d || c === 0x7d)
            depth--;
    }
    return undefined;
}
/**
 * Parses JSON text of bounded depth ({@link jsonTooDeep}) into a value, or says why not in words
 * for a message ("nested deeper than 256 levels at line 3, column 9", "not valid JSON at …").
 * Never throws.
 */
function parseBoundedJson(text, max = MAX_JSON_DEPTH) {
    const deep = Number.isFinite(max) ? jsonTooDeep(text, max) : undefined;
    if (deep) {
        return {
            ok: false,
            message: `arrays and objects nested deeper than ${max} levels at line ${deep.line}, column ${deep.column}; no report nests that deep, check the tool that wrote it`
        };
    }
    const parsed = parseJsonAt(text);
    return parsed.ok ? parsed : { ok: false, message: parsed.message };
}
/**
 * The first key written twice in one object of valid JSON text, with its position. RFC 8259 §4
 * says names "SHOULD be unique" and leaves duplicates to the reader: JavaScript keeps the last,
 * other readers the first or refuse, so `{"status":"failed","status":"passed"}` would mean
 * different things to different tools; a report must not. Keys are compared decoded (`"a"` and
 * `"\u0061"` are one key). One linear pass with an explicit stack (no recursion).
 *
 * @param text JSON text that already parsed
 * @param value what `JSON.parse(text)` returned, when the caller has it: then text whose key count
 *   equals the value's property count is answered without the keyed pass (duplicates collapse, so
 *   equal counts mean none); any difference falls through to the pass that finds the position
 * @returns the key and its line/column, or undefined when every key is unique in its object
 */
function jsonDuplicateKey(text, value) {
    // Fast path: a parsed object keeps one property per distinct key, so when the text holds as
    // many keys as the parsed value has properties, no key repeats and no position is needed.
    if (value !== undefined && keyTokens(text) === ownKeys(value))
        return undefined;
    // One frame per open object or array: the keys seen (objects), whether a key comes next.
    const stack = [];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            const start = i;
            let escaped = false;
            for (i++; i < text.length; i++) {
                const d = text.charCodeAt(i);
                if (d === 0x5c) {
                    escaped = true;
                    i++;
                }
                else if (d === 0x22)
                    break;
            }
            const top = stack[stack.length - 1];
            if (top?.keys && top.expectKey) {
                top.expectKey = false;
                // Only a key with an escape needs decoding to compare (`"\u0061"` is `"a"`).
                const key = escaped
                    ? JSON.parse(text.slice(start, i + 1))
                    : text.slice(start + 1, i);
                if (top.keys.has(key))
                    return { key, ...lineColumn(text, start) };
                top.keys.add(key);
            }
        }
        else if (c === 0x7b)
            stack.push({ keys: new Set(), expectKey: true });
        else if (c === 0x5b)
            stack.push({ keys: undefined, expectKey: false });
        else if (c === 0x7d || c === 0x5d)
            stack.pop();
        else if (c === 0x2c) {
            const top = stack[stack.length - 1];
            if (top?.keys)
                top.expectKey = true;
        }
    }
    return undefined;
}
/** How many strings in valid JSON text are keys (a string followed by `:`); natively searched. */
function keyTokens(text) {
    let n = 0;
    let i = text.indexOf('"');
    while (i !== -1) {
        let j = text.indexOf('"', i + 1);
        while (j !== -1 && escapedAt(text, j))
            j = text.indexOf('"', j + 1);
        if (j === -1)
            return n;
        let k = j + 1;
        for (let c = text.charCodeAt(k); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;) {
            c = text.charCodeAt(++k);
        }
        if (text.charCodeAt(k) === 0x3a)
            n++;
        i = text.indexOf('"', k);
    }
    return n;
}
/** Whether the character at `at` follows an odd number of backslashes. */
function escapedAt(text, at) {
    let back = 0;
    while (text.charCodeAt(at - 1 - back) === 0x5c)
        back++;
    return back % 2 === 1;
}
/** Properties of every object in a parsed JSON value; iterative, any depth. */
function ownKeys(value) {
    let n = 0;
    const stack = [value];
    while (stack.length > 0) {
        const v = stack.pop();
        if (typeof v !== 'object' || v === null)
            continue;
        if (Array.isArray(v)) {
            for (const x of v)
                if (typeof x === 'object' && x !== null)
                    stack.push(x);
        }
        else {
            for (const k in v) {
                n++;
                const x = v[k];
                if (typeof x === 'object' && x !== null)
                    stack.push(x);
            }
        }
    }
    return n;
}


/***/ }),

/***/ 3525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ formatSchemaError)
/* harmony export */ });
/** One schema error as a sentence a user can act on: where, what, what is allowed. */
function formatSchemaError(e) {
    const where = e.instancePath === '' ? '(top level)' : e.instancePath;
    const p = e.params;
    switch (e.keyword) {
        case 'additionalProperties':
            return `${where}: unknown key '${String(p.additionalProperty)}'`;
        case 'required':
            return `${where}: missing required key '${String(p.missingProperty)}'`;
        case 'enum':
            return `${where}: must be one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'const':
            return `${where}: must be ${JSON.stringify(p.allowedValue)}`;
        case 'type':
            return `${where}: must be of type ${String(p.type)}`;
        default:
            return `${where}: ${e.message ?? e.keyword}`;
    }
}


/***/ }),

/***/ 9281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gq: () => (/* binding */ invalid),
/* harmony export */   Kd: () => (/* binding */ sameCommit),
/* harmony export */   ez: () => (/* binding */ stale),
/* harmony export */   jg: () => (/* binding */ REPORT_SHA_PATTERN),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   rv: () => (/* reexport safe */ _json_error_js__WEBPACK_IMPORTED_MODULE_0__.rv),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* harmony import */ var _json_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1639);
/* harmony import */ var _core_visible_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9505);



function invalid(file, why) {
    return { status: 'invalid', message: `${file}: ${why}`, findings: [], summary: {} };
}
function stale(file, reportSha, sha) {
    return {
        status: 'stale',
        message: `${file}: report is about commit ${reportSha.slice(0, 12)}, but the gate checks ${sha.slice(0, 12)}; regenerate it for this commit`,
        findings: [],
        summary: {}
    };
}
/**
 * Parses a report's JSON, turning the engine's error into "at line L, column C: …" (see
 * json-error.ts). With `maxDepth`, nesting deeper is refused before parsing (json-error.ts
 * `jsonTooDeep`), so no later walk over the value can run out of stack. The size is bounded
 * before the file is read (`limits.max_report_bytes`). Never throws.
 *
 * @param maxDepth the SARIF reader passes MAX_JSON_DEPTH (256); the JSON report reader reads any
 *   depth (its walks over the value are iterative, older-reports.test.ts)
 */
function parseJson(text, file, maxDepth = Number.POSITIVE_INFINITY) {
    if (text.includes('\u0000'))
        return { ok: false, verdict: invalid(file, 'binary data, not JSON') };
    const parsed = (0,_json_error_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoundedJson */ .Rj)(text, maxDepth);
    if (!parsed.ok)
        return { ok: false, verdict: invalid(file, parsed.message) };
    const dup = (0,_json_error_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonDuplicateKey */ .DY)(text, parsed.value);
    if (dup)
        return {
            ok: false,
            verdict: invalid(file, `key ${JSON.stringify((0,_core_visible_text_js__WEBPACK_IMPORTED_MODULE_1__/* .nameInvisibles */ .wi)(dup.key).slice(0, 60))} is written twice in one object (line ${dup.line}, column ${dup.column}); JSON readers disagree on which one counts, so the report is refused: write each key once`)
        };
    return parsed;
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** A commit id a report names: full or abbreviated (7+), any case. */
const REPORT_SHA_PATTERN = /^[0-9a-fA-F]{7,64}$/;
/** Whether a report's commit id (full or abbreviated, any case) names the gated commit. */
function sameCommit(reportSha, sha) {
    const a = reportSha.toLowerCase();
    const b = sha.toLowerCase();
    return a.length >= 7 && (a === b || (a.length < b.length && b.startsWith(a)));
}


/***/ }),

/***/ 6133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ANNOTATIONS_PER_KIND: () => (/* binding */ ANNOTATIONS_PER_KIND),
/* harmony export */   CLI_FINDINGS_CONTRACT: () => (/* binding */ CLI_FINDINGS_CONTRACT),
/* harmony export */   DEFAULT_TEXT_LIMIT: () => (/* binding */ DEFAULT_TEXT_LIMIT),
/* harmony export */   OUTPUT_FORMATS: () => (/* binding */ OUTPUT_FORMATS),
/* harmony export */   colourWanted: () => (/* binding */ colourWanted),
/* harmony export */   countFindings: () => (/* binding */ countFindings),
/* harmony export */   escapeData: () => (/* binding */ escapeData),
/* harmony export */   escapeProperty: () => (/* binding */ escapeProperty),
/* harmony export */   findingsDocument: () => (/* binding */ findingsDocument),
/* harmony export */   findingsOf: () => (/* binding */ findingsOf),
/* harmony export */   isOutputFormat: () => (/* binding */ isOutputFormat),
/* harmony export */   locationText: () => (/* binding */ locationText),
/* harmony export */   notCommand: () => (/* binding */ notCommand),
/* harmony export */   renderFindings: () => (/* binding */ renderFindings),
/* harmony export */   ruleOf: () => (/* binding */ ruleOf),
/* harmony export */   summaryLine: () => (/* binding */ summaryLine),
/* harmony export */   terminalLine: () => (/* binding */ terminalLine),
/* harmony export */   workflowCommand: () => (/* binding */ workflowCommand)
/* harmony export */ });
const CLI_FINDINGS_CONTRACT = 'gonogo.cli-findings/v1';
const OUTPUT_FORMATS = ['text', 'json', 'github'];
/** Findings the text format lists before it cuts the list. */
const DEFAULT_TEXT_LIMIT = 50;
/** Whether a string names an output format. */
function isOutputFormat(s) {
    return OUTPUT_FORMATS.includes(s);
}
/**
 * Whether the text may be coloured: only the `text` format, only on a terminal, never when
 * `NO_COLOR` is set to a non-empty value (https://no-color.org: "when present and not an empty
 * string, prevents the addition of ANSI color"), nor when `TERM` is `dumb`.
 */
function colourWanted(o) {
    if (o.format !== 'text' || !o.isTTY)
        return false;
    if ((o.env.NO_COLOR ?? '') !== '')
        return false;
    return o.env.TERM !== 'dumb';
}
/**
 * The rule a check id names: the id without a `/<file>:<line>[:<column>]` (or `/<file>`) suffix
 * equal to its location, nor the `#n` that tells apart findings at one place (`unpinned-action/ci.yml:14#2`
 * → `unpinned-action`). An id that does not end with its location is its own rule.
 */
function ruleOf(c) {
    if (!c.location)
        return c.id;
    const id = c.id.replace(/#\d+$/, '');
    const { file, line } = c.location;
    const suffixes = [`/${locationText(c.location)}`, `/${file}:${line}`, `/${file}`];
    for (const suffix of suffixes) {
        if (id.endsWith(suffix) && id.length > suffix.length)
            return id.slice(0, -suffix.length);
    }
    return c.id;
}
/** `file:line:column`, `file:line` or `file`. */
function locationText(l) {
    if (l.line === undefined)
        return l.file;
    return `${l.file}:${l.line}${l.column !== undefined ? `:${l.column}` : ''}`;
}
const WARNING_PREFIX = 'warning: ';
/** The findings of a report (every check that is not a plain pass), worst first, then by place. */
function findingsOf(report) {
    const out = [];
    for (const c of report.checks) {
        let status;
        let message = c.message;
        if (c.status === 'failed' || c.status === 'unverified')
            status = c.status;
        else if (c.status === 'passed' && message.startsWith(WARNING_PREFIX)) {
            status = 'warning';
            message = message.slice(WARNING_PREFIX.length);
        }
        else
            continue;
        // A message that repeats its location first (older reports) does not print it twice.
        if (c.location) {
            const loc = `${locationText(c.location)}: `;
            if (message.startsWith(loc))
                message = message.slice(loc.length);
        }
        out.push({
            rule: ruleOf(c),
            id: c.id,
            status,
            ...(c.location ? { location: { ...c.location } } : {}),
            message,
            ...(c.remediation !== undefined ? { remediation: c.remediation } : {}),
            ...(c.unlock !== undefined ? { unlock: c.unlock } : {})
        });
    }
    return out.sort(compareFindings);
}
const RANK = { failed: 0, unverified: 1, warning: 2 };
function compareFindings(a, b) {
    return (RANK[a.status] - RANK[b.status] ||
        cmp(a.location?.file ?? '', b.location?.file ?? '') ||
        (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
        cmp(a.rule, b.rule) ||
        cmp(a.message, b.message) ||
        cmp(a.id, b.id));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Counts of findings by rule (rules in code-point order) and in all. */
function countFindings(findings) {
    const total = { failed: 0, unverified: 0, warning: 0 };
    const by = new Map();
    for (const f of findings) {
        total[f.status]++;
        let c = by.get(f.rule);
        if (!c)
            by.set(f.rule, (c = { failed: 0, unverified: 0, warning: 0 }));
        c[f.status]++;
    }
    const byRule = {};
    for (const rule of [...by.keys()].sort(cmp))
        byRule[rule] = by.get(rule);
    return { total, byRule };
}
/** The output for a report in the chosen format (ends with a line feed). */
function renderFindings(report, o) {
    const findings = findingsOf(report);
    if (o.format === 'json') {
        // JSON.stringify escapes C0 but not DEL and C1 (a C1 CSI can still drive some terminals).
        const json = JSON.stringify(findingsDocument(report, findings, o.reportPath), null, 2);
        return `${json.replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
    }
    if (o.format === 'github')
        return renderGithub(report, findings, o.reportPath);
    return renderText(report, findings, o);
}
/** The `json` format's document. */
function findingsDocument(report, findings, reportPath) {
    const { total, byRule } = countFindings(findings);
    return {
        contract: CLI_FINDINGS_CONTRACT,
        control: report.control,
        status: report.status,
        report: reportPath,
        summary: {
            checks: report.checks.length,
            passed: report.checks.filter((c) => c.status === 'passed').length,
            failed: total.failed,
            unverified: total.unverified,
            warnings: total.warning,
            by_rule: byRule
        },
        findings: [...findings]
    };
}
// ---------------------------------------------------------------------------------------------
// text
const SGR = {
    reset: '\u001b[0m',
    bold: '\u001b[1m',
    dim: '\u001b[2m',
    red: '\u001b[31m',
    green: '\u001b[32m',
    yellow: '\u001b[33m'
};
/**
 * One line of report text for a terminal: line breaks and runs of white space become one space,
 * and every other control character (C0, DEL, C1) is shown as `\xNN`, so nothing from a report
 * can move the cursor, recolour the output or start a workflow command on a line of its own.
 */
function terminalLine(s) {
    return visible(s.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').replace(/\t/g, ' '));
}
/** Control characters (C0 but CR and LF, DEL, C1) shown as `\xNN`. */
function visible(s) {
    return s.replace(
    // eslint-disable-next-line no-control-regex -- showing control characters is the point
    /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
const STATUS_STYLE = {
    failed: 'red',
    unverified: 'yellow',
    warning: 'yellow'
};
function renderText(report, findings, o) {
    const paint = (style, s) => o.colour ? `${SGR[style]}${s}${SGR.reset}` : s;
    const limit = Math.max(0, Math.floor(o.limit ?? DEFAULT_TEXT_LIMIT));
    const s = report.summary;
    const statusStyle = report.status === 'passed' ? 'green' : report.status === 'failed' ? 'red' : 'yellow';
    const lines = [
        `${terminalLine(report.control)}: ${paint(statusStyle, report.status)} (${s.passed ?? 0} passed, ${s.failed ?? 0} failed, ${s.unverified ?? 0} unverified)`
    ];
    for (const f of findings.slice(0, limit)) {
        const where = f.location ? `${paint('bold', terminalLine(locationText(f.location)))} ` : '';
        const tag = f.status === 'failed' ? '' : ` [${f.status}]`;
        const unlock = f.unlock ? ` (unlock: ${terminalLine(f.unlock)})` : '';
        lines.push(`${where}${paint(STATUS_STYLE[f.status], `${terminalLine(f.rule)}${tag}`)}: ${terminalLine(f.message)}${unlock}`);
    }
    const path = terminalLine(o.reportPath);
    if (findings.length > limit)
        lines.push(paint('dim', `and ${findings.length - limit} more (see the report: ${path})`));
    lines.push(`report: ${path}`);
    lines.push(summaryLine(findings, report.checks.length, paint));
    // No line is a workflow command (`::` first, `##[` anywhere) when the CLI runs in a workflow.
    return `${lines.map(notCommand).join('\n')}\n`;
}
/**
 * `summary: 3 failed, 1 unverified, 1 warning in 12 checks — unpinned-action 2 failed, 1
 * warning; script-syntax 1 failed, 1 unverified`, or `summary: no findings in 12 checks`.
 */
function summaryLine(findings, checks, paint = (_, s) => s) {
    const { total, byRule } = countFindings(findings);
    const inChecks = `in ${checks} check${checks === 1 ? '' : 's'}`;
    if (findings.length === 0)
        return `summary: ${paint('green', 'no findings')} ${inChecks}`;
    const parts = (c, coloured) => [
        ['failed', c.failed, 'red'],
        ['unverified', c.unverified, 'yellow'],
        [c.warning === 1 ? 'warning' : 'warnings', c.warning, 'yellow']
    ]
        .filter(([, n]) => n > 0)
        .map(([word, n, style]) => (coloured ? paint(style, `${n} ${word}`) : `${n} ${word}`))
        .join(', ');
    const rules = Object.entries(byRule)
        .map(([rule, c]) => `${terminalLine(rule)} ${parts(c, false)}`)
        .join('; ');
    return `summary: ${parts(total, true)} ${inChecks} — ${rules}`;
}
// ---------------------------------------------------------------------------------------------
// github
/**
 * @actions/core escapeData: `%`, CR, LF. Other control characters are then shown as `\xNN`
 * (the toolkit leaves them; none can end a command, but they could recolour the log).
 */
function escapeData(s) {
    return visible(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}
/** @actions/core escapeProperty: escapeData plus `:` and `,`. */
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * Annotations of one kind (error, warning) GitHub shows per step; the rest of a step's commands
 * stay in the log only (50 per job in all). GitHub community discussion "Annotation limitation"
 * (https://github.com/orgs/community/discussions/26680) and zizmor's GitHub output format
 * (https://github.com/zizmorcore/zizmor/pull/634). Findings are written errors first, so the
 * ones shown are the failures.
 */
const ANNOTATIONS_PER_KIND = 10;
const COMMAND = {
    failed: 'error',
    unverified: 'warning',
    warning: 'warning'
};
/**
 * A workflow command line: `::name k=v,k=v::data`. Properties in the order given; an empty one
 * (undefined, '' or 0) is left out, as the toolkit's Command.toString does, so the line is the
 * toolkit's byte for byte (core.error/warning order their properties title, file, line, col).
 */
function workflowCommand(name, props, data) {
    const kv = props
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    return `::${name}${kv.length > 0 ? ` ${kv.join(',')}` : ''}::${escapeData(data)}`;
}
function renderGithub(report, findings, reportPath) {
    const lines = [];
    for (const f of findings) {
        const title = `${report.control} ${f.rule}${f.status === 'failed' ? '' : ` (${f.status})`}`;
        const body = [
            f.message,
            ...(f.remediation ? [f.remediation] : []),
            ...(f.unlock ? [`unlock: ${f.unlock}`] : [])
        ].join('\n');
        lines.push(workflowCommand(COMMAND[f.status], [
            ['title', title],
            ['file', f.location?.file],
            ['line', f.location?.line],
            ['col', f.location?.column]
        ], body));
    }
    // Plain log lines, never commands: what ran, what GitHub will not show, and the counts.
    const s = report.summary;
    const errors = findings.filter((f) => COMMAND[f.status] === 'error').length;
    const hidden = Math.max(0, errors - ANNOTATIONS_PER_KIND) +
        Math.max(0, findings.length - errors - ANNOTATIONS_PER_KIND);
    const plain = [
        ...(hidden > 0
            ? [
                `and ${hidden} more not shown as annotations (GitHub shows ${ANNOTATIONS_PER_KIND} error and ${ANNOTATIONS_PER_KIND} warning annotations per step; every finding is in this log and the report: ${terminalLine(reportPath)})`
            ]
            : []),
        `${terminalLine(report.control)}: ${report.status} (${s.passed ?? 0} passed, ${s.failed ?? 0} failed, ${s.unverified ?? 0} unverified); report: ${terminalLine(reportPath)}`,
        summaryLine(findings, report.checks.length)
    ];
    return `${[...lines, ...plain.map(notCommand)].join('\n')}\n`;
}
/**
 * A plain line that the Actions runner cannot read as a workflow command. The runner
 * (actions/runner src/Runner.Common/ActionCommand.cs) tries each line of a step's output twice:
 * `TryParseV2` trims leading white space and then looks for `::` at the start, and the older
 * `TryParse` looks for `##[` anywhere in the line. So a leading space is not enough: the `::`
 * that would start the line (after any white space) is written `\x3a:` and every `##[` is
 * written `##\x5b`, the way this module shows other characters a reader must not act on.
 */
function notCommand(line) {
    // .NET's white space includes NEL (U+0085), which JavaScript's \s does not.
    const lead = /^[\s\u0085]*/.exec(line)?.[0] ?? '';
    const start = line.startsWith('::', lead.length)
        ? `${lead}\\x3a${line.slice(lead.length + 1)}`
        : line;
    return start.replace(/##\[/g, '##\\x5b');
}


/***/ }),

/***/ 7789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   o3: () => (/* binding */ safeLink)
/* harmony export */ });
/* unused harmony export capLength */
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8198);
/**
 * Text from reports and policy files is untrusted (a pull request can change both). Everything
 * rendered into Markdown goes through here: HTML and Markdown syntax escaped, @mentions and
 * #references neutralised, line breaks flattened, lengths capped. Registered secrets
 * (core/secrets.ts) are replaced before anything else, so no escaped or cut form survives.
 */

const MD_SPECIAL = /[\\`*_{}[\]<>#!|~&]/g;
const ZWSP = '\u200b';
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
function escapeText(text, max = 300) {
    // Secrets first: escaping (`ghp_…` → `ghp\_…`) or capping would hide them from a later scrub.
    let s = capLength((0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubSecrets */ .Zg)(text).replace(CONTROL, ''), max);
    s = s.replace(/\r?\n|\r/g, ' ');
    // "@user" and "#123" would notify or cross-link: each is broken with a zero-width space.
    s = s.replace(MD_SPECIAL, (c) => c === '&'
        ? '&amp;'
        : c === '<'
            ? '&lt;'
            : c === '>'
                ? '&gt;'
                : c === '#'
                    ? `\\#${ZWSP}`
                    : `\\${c}`);
    s = s.replace(/@/g, `@${ZWSP}`);
    // Bare URLs and www. autolinks would render as links.
    s = s.replace(/:\/\//g, `:${ZWSP}//`).replace(/www\./gi, (w) => `${w.slice(0, 3)}${ZWSP}.`);
    return s;
}
/**
 * Inline code: backticks cannot break out, and `|` is escaped because GitHub splits table cells
 * on it even inside a code span. Length capped.
 */
function code(text, max = 120) {
    const s = capLength((0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubSecrets */ .Zg)(text).replace(/[\r\n]+/g, ' '), max).replace(/`/g, "'");
    return `\`${s.replace(/@/g, `@${ZWSP}`).replace(/\|/g, '\\|')}\``;
}
function capLength(text, max) {
    const chars = [...text];
    return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
/**
 * A link only when the target is a relative repository path or an https URL; anything else
 * (javascript:, data:, http:) is shown as text.
 */
function safeLink(label, target, blobBase) {
    const t = target.trim();
    if (/^https:\/\/[^\s<>()\\`"']+$/.test(t)) {
        const href = safeHref(t);
        if (href)
            return `[${escapeText(label, 80)}](${href})`;
    }
    if (blobBase &&
        /^(?![a-z][a-z0-9+.-]*:)(?!\/\/)[\w./-]+$/i.test(t) &&
        !t.split('/').includes('..')) {
        return `[${escapeText(label, 80)}](${blobBase}/${t
            .replace(/^\.?\//, '')
            .split('/')
            .map(encodeURIComponent)
            .join('/')})`;
    }
    return code(t, 120);
}
/** The URL as the WHATWG parser normalises it, with parentheses percent-encoded; never decoded. */
function safeHref(t) {
    try {
        const u = new URL(t);
        if (u.protocol !== 'https:' || u.username || u.password)
            return undefined;
        return u.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 4070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O4: () => (/* binding */ evaluateExpression),
/* harmony export */   rF: () => (/* binding */ astReferences)
/* harmony export */ });
/* unused harmony export contextReferences */
/* harmony import */ var _actions_expressions__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4082);
/* harmony import */ var _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2049);
/**
 * `${{ }}` expressions evaluated by GitHub's own engine (`@actions/expressions`: its lexer, parser
 * and evaluator, with GitHub's operators and functions: `||`, `&&`, `format()`, `fromJSON()`,
 * `contains()`, …), over the contexts that are known before a workflow runs.
 *
 * Known statically: `matrix` (one combination), `inputs` of a called workflow (the caller's
 * `with:` over the callee's defaults), and the members of `github` the caller names (e.g.
 * `event_name` when the event is fixed). Anything else (`github.ref`, `needs.*`, `vars.*`,
 * `secrets.*`, `env.*`, `steps.*`) is only known when the workflow runs: the result says which
 * reference and why, instead of a guess. Docs: "Expressions" and "Contexts reference"
 * (docs.github.com/en/actions/reference/workflows-and-actions/expressions, …/contexts).
 */


/** Every context name GitHub's expressions accept (the parser refuses others). */
const CONTEXTS = [
    'github',
    'env',
    'vars',
    'job',
    'jobs',
    'steps',
    'runner',
    'secrets',
    'strategy',
    'matrix',
    'needs',
    'inputs'
];
/**
 * Evaluates one expression (without `${{ }}`) over what is known statically.
 *
 * @returns the value as plain JSON (strings, numbers, booleans, null, lists, objects), or the
 *   reason it cannot be known (a reference known only at run time, a syntax error)
 */
function evaluateExpression(expr, ctx) {
    const parsed = parseCached(expr);
    if ('error' in parsed)
        return { reason: parsed.error };
    const { ast, refs } = parsed;
    for (const ref of refs) {
        const why = unknownReference(ref, ctx);
        if (why)
            return { reason: why };
    }
    try {
        const context = new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Dictionary */ .p.bT();
        if (ctx.matrix)
            context.add('matrix', toData(ctx.matrix));
        if (ctx.github)
            context.add('github', toData(ctx.github));
        if (ctx.inputs) {
            const inputs = {};
            for (const [k, v] of ctx.inputs)
                if ('value' in v)
                    inputs[k] = v.value;
            context.add('inputs', toData(inputs));
        }
        const result = new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Evaluator */ .oi(ast, context).evaluate();
        return { value: JSON.parse(JSON.stringify(result, _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.replacer */ .p.$U) ?? 'null') };
    }
    catch (e) {
        return { reason: `\${{ ${expr} }} cannot be evaluated (${message(e)})` };
    }
}
/** Parsed expressions by text: workflows repeat the same few expressions across many jobs. */
const PARSED = new Map();
const MAX_CACHED = 10_000;
function parseCached(expr) {
    const hit = PARSED.get(expr);
    if (hit)
        return hit;
    let out;
    try {
        const ast = new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG(expr).lex().tokens, CONTEXTS, []).parse();
        const refs = [];
        try {
            const top = ast.accept(new References(refs));
            if (top)
                refs.push(top);
            out = { ast, refs };
        }
        catch (e) {
            out = { error: `\${{ ${expr} }} cannot be read (${message(e)})` };
        }
    }
    catch (e) {
        out = { error: `\${{ ${expr} }} is not a valid expression (${message(e)})` };
    }
    if (PARSED.size >= MAX_CACHED)
        PARSED.clear();
    PARSED.set(expr, out);
    return out;
}
function message(e) {
    return (e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 200) ?? '';
}
function toData(v) {
    return JSON.parse(JSON.stringify(v ?? null), _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.reviver */ .p.eD);
}
/** Why a context reference is not known statically; undefined when it is. */
function unknownReference(ref, ctx) {
    const [root = '', first] = ref;
    const runtime = `\`${ref.join('.')}\` is only known when the workflow runs`;
    switch (root.toLowerCase()) {
        case 'matrix':
            return ctx.matrix ? undefined : `${runtime} (no matrix here)`;
        case 'inputs': {
            if (!ctx.inputs)
                return `${runtime} (the workflow's own inputs come from whoever starts it)`;
            if (first === undefined)
                return undefined;
            const k = ctx.inputs.get(first.toLowerCase());
            return k && 'unknown' in k ? k.unknown : undefined;
        }
        case 'github':
            if (first !== undefined && ctx.github && Object.hasOwn(ctx.github, first.toLowerCase()))
                return undefined;
            return runtime;
        default:
            return runtime;
    }
}
/**
 * Collects the context references of an expression: `matrix.os` → ['matrix', 'os'];
 * `inputs['name']` → ['inputs', 'name']; a computed index stops the path there.
 */
class References {
    out;
    constructor(out) {
        this.out = out;
    }
    visitLiteral() {
        return undefined;
    }
    visitUnary(u) {
        this.record(u.expr.accept(this));
        return undefined;
    }
    visitBinary(b) {
        this.record(b.left.accept(this));
        this.record(b.right.accept(this));
        return undefined;
    }
    visitLogical(l) {
        for (const a of l.args)
            this.record(a.accept(this));
        return undefined;
    }
    visitGrouping(g) {
        this.record(g.group.accept(this));
        return undefined;
    }
    visitContextAccess(c) {
        return [c.name.lexeme];
    }
    visitIndexAccess(ia) {
        const base = ia.expr.accept(this);
        // `labels.*.name`: GitHub's object filter (a Star index) reads every element.
        if (ia.index instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Star */ .FE)
            return base ? [...base, '*'] : undefined;
        const index = ia.index;
        if (base && index.literal !== undefined) {
            const key = JSON.parse(JSON.stringify(index.literal, _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.replacer */ .p.$U) ?? 'null');
            if (typeof key === 'string' || typeof key === 'number')
                return [...base, String(key)];
        }
        this.record(base);
        this.record(ia.index.accept(this));
        return undefined;
    }
    visitFunctionCall(f) {
        for (const a of f.args)
            this.record(a.accept(this));
        return undefined;
    }
    record(path) {
        if (path)
            this.out.push(path);
    }
}
/**
 * The context references of a parsed expression (or a part of one), e.g. for
 * `github.event.pull_request.title` → `[['github', 'event', 'pull_request', 'title']]`; a `.*`
 * filter shows as `'*'`.
 */
function astReferences(node) {
    const refs = [];
    const top = node.accept(new References(refs));
    if (top)
        refs.push(top);
    return refs;
}
/**
 * The context references of an expression, e.g. `github.event.pull_request.title` →
 * `[['github', 'event', 'pull_request', 'title']]`; `[]` when it does not parse.
 */
function contextReferences(expr) {
    const parsed = parseCached(expr);
    return 'error' in parsed ? [] : parsed.refs.map((r) => [...r]);
}


/***/ }),

/***/ 7903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ resolveLocal),
/* harmony export */   y: () => (/* binding */ localResolver)
/* harmony export */ });
/**
 * The workflow a local `uses: ./.github/workflows/x.yml` names, from `files`; undefined for a
 * remote reference (`owner/repo/...@ref`) or a file that is not there. Local paths are relative
 * to the repository root ("Calling a reusable workflow", workflow syntax docs).
 */
function resolveLocal(files, uses) {
    if (!uses.startsWith('./'))
        return undefined;
    const want = uses
        .slice(2)
        .split('/')
        .filter((s) => s !== '' && s !== '.')
        .join('/');
    return files.find((f) => f.path === want);
}
/** `resolveLocal` bound to one list, as `deriveCheckNames` takes it. */
function localResolver(files) {
    return (uses) => resolveLocal(files, uses);
}


/***/ }),

/***/ 6884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eh: () => (/* binding */ expandMatrix),
/* harmony export */   g$: () => (/* binding */ resolveValue),
/* harmony export */   jt: () => (/* binding */ findUnresolved)
/* harmony export */ });
/* unused harmony exports MAX_MATRIX_JOBS, MAX_MATRIX_COMPARISONS, looseEquals, isUnresolved */
/* harmony import */ var _expressions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4070);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7738);
/**
 * A job's `strategy.matrix` expanded into its runs, as GitHub expands it (docs: "Running
 * variations of jobs in a workflow"; actions/runner `MatrixBuilder.cs`): the product of the
 * keys' lists, `exclude` removing partial matches, `include` extending matching combinations or
 * adding its own. Values written with `${{ }}` are evaluated by GitHub's expression engine over
 * what is known before the run (workflow/expressions.ts); what is only known at run time is
 * reported, not guessed. Pure.
 */


/**
 * GitHub refuses a matrix that expands to more jobs than this (docs: "Actions limits", Job matrix:
 * "A job matrix can generate a maximum of 256 jobs per workflow run",
 * https://docs.github.com/en/actions/reference/limits; also "Workflow syntax",
 * `jobs.<job_id>.strategy.matrix`).
 */
const MAX_MATRIX_JOBS = 256;
/**
 * Filter comparisons gonogo spends on one matrix: each `exclude` entry against each combination
 * of the keys' lists, each `include` entry against each kept combination. GitHub's own expansion
 * (MatrixBuilder) makes the same comparisons without a bound, so a matrix past this is not
 * refused by GitHub, only not expanded by gonogo: its names are reported as unknown (a gonogo
 * limit; a matrix within GitHub's 256 jobs needs far fewer, e.g. 256 jobs × 5,000 `include`
 * entries is 1.3 million).
 */
const MAX_MATRIX_COMPARISONS = 5_000_000;
/**
 * The runs of a job: one combination per run, or why they cannot be known.
 *
 * GitHub's order (actions/runner and the Actions service's `MatrixBuilder`): the product of the
 * keys' lists, in key order with the last key varying fastest; each combination an `exclude`
 * entry matches (partially: the keys it names) is dropped; every `include` entry is matched
 * against each kept combination (its keys that are matrix keys are the filter) and adds its other
 * keys to each it matches; an `include` entry matching none is a combination of its own, after
 * the others. Cost: linear in the number of combinations visited and in the lists; the
 * combinations are visited one at a time and the visit stops as soon as more than
 * {@link MAX_MATRIX_JOBS} are kept (GitHub refuses such a matrix), and within
 * {@link MAX_MATRIX_COMPARISONS} filter comparisons.
 *
 * @param strategyIn the job's `strategy:` as parsed
 * @param ctx what is known (inputs of a called workflow)
 * @returns `hasMatrix` and the combinations (one empty one without a matrix), or a reason
 */
function expandMatrix(strategyIn, ctx) {
    const single = { hasMatrix: false, combos: [{ values: {}, nameValues: [] }] };
    const strategy = resolveValue(strategyIn, ctx);
    if (isUnresolved(strategy))
        return `strategy ${strategy.reason}`;
    if (strategy === undefined || strategy === null)
        return single;
    if (!isRecord(strategy))
        return '`strategy:` must be a mapping';
    const matrix = strategy.matrix;
    if (matrix === undefined || matrix === null)
        return single;
    if (isUnresolved(matrix))
        return `matrix ${matrix.reason}`;
    if (!isRecord(matrix))
        return '`strategy.matrix` must be a mapping of keys to lists';
    const vectors = [];
    let include = [];
    let exclude = [];
    for (const [key, value] of Object.entries(matrix)) {
        const expr = findUnresolved(value);
        if (expr !== undefined) {
            return key === 'include' || key === 'exclude'
                ? `matrix ${key} ${expr}`
                : `matrix key "${key}" ${expr}`;
        }
        if (key === 'include' || key === 'exclude') {
            if (!Array.isArray(value) || !value.every(isRecord))
                return `matrix ${key} must be a list of mappings`;
            if (key === 'include')
                include = value;
            else
                exclude = value;
            continue;
        }
        if (!Array.isArray(value))
            return `matrix key "${key}" must be a list of values`;
        if (value.length === 0)
            return `matrix key "${key}" has no values; GitHub rejects an empty matrix list`;
        vectors.push([key, value]);
    }
    if (vectors.length === 0 && include.length === 0)
        return 'the matrix defines no values; GitHub rejects it';
    const tooMany = `the matrix expands to more than ${MAX_MATRIX_JOBS} jobs; GitHub allows at most ${MAX_MATRIX_JOBS} (docs: "Actions limits", Job matrix), so it refuses the workflow`;
    const tooCostly = `the matrix takes more than ${MAX_MATRIX_COMPARISONS} include/exclude comparisons to expand (gonogo's limit on one matrix); its check names are not worked out — name them in the policy by hand or simplify the matrix`;
    let budget = MAX_MATRIX_COMPARISONS;
    const original = new Set(vectors.map(([k]) => k));
    const excludeFilters = exclude.map((e) => Object.entries(e));
    const base = [];
    if (vectors.length > 0) {
        // An odometer over the keys' lists: one combination at a time, the last key fastest.
        const index = vectors.map(() => 0);
        for (;;) {
            const values = {};
            for (let k = 0; k < vectors.length; k++) {
                const [key, list] = vectors[k];
                values[key] = list[index[k]];
            }
            budget -= excludeFilters.length;
            if (budget < 0)
                return tooCostly;
            if (!excludeFilters.some((f) => entriesMatch(f, values))) {
                base.push({ values, nameValues: vectors.map(([k]) => values[k]) });
                if (base.length > MAX_MATRIX_JOBS)
                    return tooMany;
            }
            let k = vectors.length - 1;
            while (k >= 0) {
                const next = index[k] + 1;
                if (next < vectors[k][1].length) {
                    index[k] = next;
                    break;
                }
                index[k] = 0;
                k--;
            }
            if (k < 0)
                break;
        }
    }
    const added = [];
    for (const entry of include) {
        const filter = [];
        const extra = {};
        for (const [k, v] of Object.entries(entry)) {
            if (original.has(k))
                filter.push([k, v]);
            else
                extra[k] = v;
        }
        budget -= base.length;
        if (budget < 0)
            return tooCostly;
        let matched = false;
        for (const combo of base) {
            if (!entriesMatch(filter, combo.values))
                continue;
            matched = true;
            Object.assign(combo.values, extra);
        }
        // Include entries are matched only against the original combinations, never each other.
        if (!matched) {
            added.push({ values: { ...entry }, nameValues: Object.values(entry) });
            if (base.length + added.length > MAX_MATRIX_JOBS)
                return tooMany;
        }
    }
    const combos = [...base, ...added];
    if (combos.length === 0)
        return 'the matrix excludes every combination, so the job never runs';
    return { hasMatrix: true, combos };
}
/** {@link filterMatches} over a filter's entries, listed once. */
function entriesMatch(filter, values) {
    for (const [k, want] of filter) {
        const have = values[k];
        if (isRecord(want)) {
            if (!isRecord(have) || !filterMatches(want, have))
                return false;
        }
        else if (!looseEquals(want, have)) {
            return false;
        }
    }
    return true;
}
/** True when every key/value of `filter` (nested mappings partially) equals the combination's. */
function filterMatches(filter, values) {
    return entriesMatch(Object.entries(filter), values);
}
/**
 * GitHub's `==`, with which it compares matrix filters: strings ignore case; values of different
 * types are compared as numbers (`'18' == 18`).
 */
function looseEquals(a, b) {
    if (Array.isArray(a) || Array.isArray(b) || isRecord(a) || isRecord(b))
        return JSON.stringify(a) === JSON.stringify(b);
    if (typeof a === 'string' && typeof b === 'string')
        return a.toLowerCase() === b.toLowerCase();
    if (typeof a === typeof b)
        return a === b;
    const na = toNumber(a);
    const nb = toNumber(b);
    return !Number.isNaN(na) && na === nb;
}
function toNumber(v) {
    if (v === null || v === undefined)
        return 0;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string')
        return v.trim() === '' ? 0 : Number(v.trim());
    return NaN;
}
function isUnresolved(v) {
    return isRecord(v) && UNRESOLVED in v && typeof v.reason === 'string';
}
/** A value left unresolved by {@link resolveValue} (its reason), looked for at any depth. */
function findUnresolved(v) {
    if (isUnresolved(v))
        return v.reason;
    if (Array.isArray(v)) {
        for (const x of v) {
            const e = findUnresolved(x);
            if (e !== undefined)
                return e;
        }
    }
    else if (isRecord(v)) {
        return findUnresolved(Object.values(v));
    }
    return undefined;
}
// ---------------------------------------------------------------------------------------------
// Expressions: GitHub's own engine (workflow/expressions.ts) over what is known before the run
// ---------------------------------------------------------------------------------------------
const UNRESOLVED = Symbol('unresolved');
/**
 * A workflow value with every `${{ }}` evaluated: plain JSON, where a part that cannot be known
 * becomes `{ reason, [UNRESOLVED]: true }` (found by {@link findUnresolved}).
 */
function resolveValue(v, ctx) {
    if (v instanceof _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .Expr */ .GN) {
        const r = (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateExpression */ .O4)(v.expr, ctx);
        return 'reason' in r
            ? { reason: `comes from ${v.source.trim()}: ${r.reason}`, [UNRESOLVED]: true }
            : r.value;
    }
    if (Array.isArray(v))
        return v.map((x) => resolveValue(x, ctx));
    if ((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(v)) {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = resolveValue(x, ctx);
        return out;
    }
    return v;
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}


/***/ }),

/***/ 897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I$: () => (/* binding */ readSteps),
  zz: () => (/* binding */ readWorkflowModel),
  WK: () => (/* binding */ scriptLine),
  Fl: () => (/* binding */ scriptOf)
});

// UNUSED EXPORTS: defaultShellOn, runnerOses

// EXTERNAL MODULE: ./src/workflow/expressions.ts
var expressions = __webpack_require__(4070);
// EXTERNAL MODULE: ./src/workflow/matrix.ts
var matrix = __webpack_require__(6884);
// EXTERNAL MODULE: ./src/workflow/parse.ts
var parse = __webpack_require__(7738);
;// CONCATENATED MODULE: ./src/workflow/scalar-text.ts
/**
 * The text a step receives from a YAML scalar, recovered from how the scalar is written, with
 * the line of the workflow file each of its lines comes from; and the `${{ }}` expressions in
 * it, found by GitHub's grammar.
 *
 * GitHub's parser (`@actions/workflow-parser`) hands back, for a multi-line scalar holding
 * `${{ }}`, its source lines as written (indentation, quotes and all) rather than its value; the
 * runner substitutes the expressions into the value. This module reads that source the way YAML
 * 1.2 does (chapter 8.1 block scalars: indentation, chomping, folding; chapter 7.3 flow scalars:
 * escapes and line folding), keeping which source line each value line starts on. Pure.
 */
/**
 * The value of a block scalar (`|`, `>`, with chomping `-`/`+` and an optional indentation
 * digit) from its content lines as written (everything after the header line).
 *
 * @param source the lines after the header, as written in the file
 * @param header the block header, e.g. `|`, `>-`, `|2+`
 * @param parentIndent the indentation of the mapping that holds the scalar (for a digit)
 */
function blockScalarText(source, header, parentIndent = 0) {
    const folded = header.startsWith('>');
    const chomp = header.includes('-') ? 'strip' : header.includes('+') ? 'keep' : 'clip';
    const digit = /[1-9]/.exec(header)?.[0];
    const raw = source.split('\n');
    // A trailing newline ends the last line; it does not start another.
    if (raw.length > 0 && raw[raw.length - 1] === '')
        raw.pop();
    let indent;
    if (digit !== undefined)
        indent = parentIndent + Number(digit);
    else {
        const first = raw.find((l) => l.trim() !== '');
        indent = first === undefined ? 0 : first.length - first.trimStart().length;
    }
    const lines = raw.map((l) => (l.length >= indent ? l.slice(indent) : l.trim() === '' ? '' : l));
    // Trailing empty lines belong to chomping, not to the content.
    let last = lines.length;
    while (last > 0 && lines[last - 1] === '')
        last--;
    const content = lines.slice(0, last);
    const trailing = lines.length - last;
    const out = [];
    const from = [];
    if (!folded) {
        content.forEach((l, i) => {
            out.push(l);
            from.push(i);
        });
    }
    else {
        foldBlock(content, out, from);
    }
    let text = out.join('\n');
    if (content.length > 0) {
        if (chomp === 'clip')
            text += '\n';
        else if (chomp === 'keep')
            text += '\n'.repeat(1 + trailing);
    }
    else if (chomp === 'keep')
        text = '\n'.repeat(trailing);
    return { text, sourceLines: from.length > 0 ? from : [0] };
}
/**
 * Folding of `>` content (YAML 1.2 §8.1.3): a line break between two lines of text becomes a
 * space; empty lines between them stay as line breaks; lines starting with a space or tab
 * ("more indented") keep their breaks.
 */
function foldBlock(lines, out, from) {
    let current;
    let currentFrom = 0;
    let prevMore = false;
    let empties = 0;
    lines.forEach((l, i) => {
        if (l === '') {
            empties++;
            return;
        }
        const more = l.startsWith(' ') || l.startsWith('\t');
        if (current === undefined) {
            for (let e = 0; e < empties; e++) {
                out.push('');
                from.push(i - empties + e);
            }
            current = l;
            currentFrom = i;
        }
        else if (empties === 0 && !more && !prevMore) {
            current += ` ${l}`;
        }
        else {
            out.push(current);
            from.push(currentFrom);
            // Between two text lines the first break is folded away; around "more indented" lines
            // every break is kept.
            const kept = more || prevMore ? empties : Math.max(0, empties - 1);
            for (let e = 0; e < kept; e++) {
                out.push('');
                from.push(i - empties + e);
            }
            current = l;
            currentFrom = i;
        }
        prevMore = more;
        empties = 0;
    });
    if (current !== undefined) {
        out.push(current);
        from.push(currentFrom);
    }
}
const ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    t: '\t',
    '\t': '\t',
    n: '\n',
    v: '\v',
    f: '\f',
    r: '\r',
    e: '\x1b',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    N: '\u0085',
    _: '\u00a0',
    L: '\u2028',
    P: '\u2029'
};
/**
 * The value of a flow scalar written over several lines (plain, `'single'` or `"double"`
 * quoted; YAML 1.2 §7.3): quotes and escapes resolved, each line break folded into a space,
 * empty lines kept as line breaks.
 *
 * @param source the scalar as written, from its first character (a quote, if quoted)
 */
function flowScalarText(source) {
    const q = source[0];
    const quoted = q === '"' || q === "'";
    let body = quoted ? source.slice(1) : source;
    if (quoted && body.endsWith(q))
        body = body.slice(0, -1);
    const raw = body.split('\n');
    const out = [];
    const from = [];
    let current = '';
    let currentFrom = 0;
    let empties = 0;
    let joinNext = false;
    raw.forEach((line, i) => {
        let l = i === 0 ? line : line.trimStart();
        if (i < raw.length - 1)
            l = l.trimEnd();
        // `\` at the end of a double-quoted line joins the next line without a space.
        let escapedBreak = false;
        if (q === '"' && /(^|[^\\])(\\\\)*\\$/.test(l)) {
            l = l.slice(0, -1);
            escapedBreak = true;
        }
        const text = q === '"' ? unescapeDouble(l) : q === "'" ? l.replace(/''/g, "'") : l;
        if (i === 0) {
            current = text;
            currentFrom = 0;
        }
        else if (l === '' && i < raw.length - 1) {
            empties++;
            return;
        }
        else if (empties > 0) {
            out.push(current);
            from.push(currentFrom);
            for (let e = 1; e < empties; e++) {
                out.push('');
                from.push(i - empties + e);
            }
            current = text;
            currentFrom = i;
        }
        else {
            current += joinNext ? text : ` ${text}`;
        }
        empties = 0;
        joinNext = escapedBreak;
    });
    out.push(current);
    from.push(currentFrom);
    return { text: out.join('\n'), sourceLines: from };
}
function unescapeDouble(s) {
    return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (m, e) => {
        if (e.length > 1) {
            const cp = Number.parseInt(e.slice(1), 16);
            return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
        }
        return ESCAPES[e] ?? m;
    });
}
/**
 * The `${{ }}` expressions in a text, as GitHub finds them: from `${{` to the first `}}` that is
 * not inside a single-quoted string literal (`''` inside a literal is an escaped quote). An
 * unclosed `${{` ends the search (GitHub refuses such a value).
 */
function expressionSpans(text) {
    const spans = [];
    let start = text.indexOf('${{');
    while (start >= 0) {
        let inString = false;
        let end = -1;
        for (let i = start + 3; i < text.length; i++) {
            const c = text[i];
            if (c === "'")
                inString = !inString;
            else if (!inString && c === '}' && text[i - 1] === '}' && i - 1 >= start + 3) {
                end = i + 1;
                break;
            }
        }
        if (end < 0)
            break;
        spans.push({ start, end, expr: text.slice(start + 3, end - 2).trim() });
        start = text.indexOf('${{', end);
    }
    return spans;
}

;// CONCATENATED MODULE: ./src/workflow/model.ts
/**
 * The workflow model every consumer reads (check names, producibility, workflow-lint, policy
 * freshness): one file parsed once by GitHub's parser (parse.ts), reduced to what GitHub acts on.
 *
 * Per workflow: its triggers with their branch, path and type filters (docs: "Events that trigger
 * workflows", "Workflow syntax: on.<event>.<branches|paths>"), whether only other workflows can
 * call it, its permissions and `defaults.run.shell`. Per job: id and line, `name`, `if`,
 * `strategy`, `runs-on`, permissions, the default shell, the reusable workflow it calls, and its
 * steps, each with the shells its `run:` may run under (docs: "jobs.<job_id>.steps[*].shell":
 * `bash -e {0}` on Linux and macOS, `pwsh` on Windows, unless the step, the job's or the
 * workflow's `defaults.run.shell` says otherwise).
 *
 * A step's `run:`, `with:` and `env:` values are {@link Script}s: the text the step receives
 * (YAML quoting, indentation and folding resolved: scalar-text.ts), each `${{ }}` found by
 * GitHub's grammar with its line. A job, a `steps:` list or a value written as a YAML alias
 * (docs: "Reusing workflow configurations" → "YAML anchors and aliases") is the anchored text,
 * and also says where the alias is written. The steps of a local composite action are read the
 * same way (composite.ts). Pure.
 */




/**
 * Reads one workflow file into the model.
 *
 * @returns the model, or why GitHub would not run the file (message and line)
 */
function readWorkflowModel(file) {
    const parsed = (0,parse/* parseWorkflowFile */.dx)(file);
    if (!parsed.ok) {
        return {
            ok: false,
            path: file.path,
            error: parsed.error,
            ...(parsed.line !== undefined ? { line: parsed.line } : {}),
            ...(parsed.limit ? { limit: true } : {})
        };
    }
    const root = parsed.root;
    const jobsValue = root.jobs;
    if (!(0,parse/* isPlainMap */.nK)(jobsValue))
        return { ok: false, path: file.path, error: 'not a workflow: it has no `jobs:` mapping' };
    const triggers = readTriggers(root);
    const defaultShell = shellDefault(root);
    const jobs = [];
    for (const [id, body] of Object.entries(jobsValue)) {
        if (!(0,parse/* isPlainMap */.nK)(body))
            continue;
        const job = readJob(id, body, (0,parse/* keyPositionOf */.Y_)(jobsValue, id)?.line ?? 1, defaultShell);
        const alias = aliasSite(jobsValue, id);
        if (alias) {
            const anchored = Object.keys(jobsValue).find((other) => other !== id &&
                (0,parse/* positionOf */.df)(jobsValue, other)?.line === alias.of &&
                aliasSite(jobsValue, other) === undefined);
            job.alias = anchored !== undefined ? { ...alias, job: anchored } : alias;
        }
        const stepsAlias = aliasSite(body, 'steps');
        if (stepsAlias)
            job.stepsAlias = stepsAlias;
        jobs.push(job);
    }
    return {
        ok: true,
        model: {
            path: file.path,
            root,
            triggers,
            onLine: (0,parse/* keyPositionOf */.Y_)(root, 'on')?.line ?? 1,
            callableOnly: triggers.length > 0 && triggers.every((t) => t.event === 'workflow_call'),
            hasPermissions: root.permissions !== undefined,
            ...(root.permissions !== undefined ? { permissions: root.permissions } : {}),
            ...(defaultShell ? { defaultShell } : {}),
            env: scriptsOf(root.env),
            jobs
        }
    };
}
function readTriggers(root) {
    const on = root.on;
    const line = (0,parse/* keyPositionOf */.Y_)(root, 'on')?.line ?? 1;
    if (typeof on === 'string')
        return [{ event: on, line }];
    if (Array.isArray(on)) {
        return on
            .map((e, i) => ({
            event: typeof e === 'string' ? e : '',
            line: (0,parse/* positionOf */.df)(on, i)?.line ?? line
        }))
            .filter((t) => t.event !== '');
    }
    if (!(0,parse/* isPlainMap */.nK)(on))
        return [];
    const out = [];
    for (const [event, spec] of Object.entries(on)) {
        const t = { event, line: (0,parse/* keyPositionOf */.Y_)(on, event)?.line ?? line };
        if ((0,parse/* isPlainMap */.nK)(spec)) {
            const list = (k) => {
                const v = spec[k];
                if (typeof v === 'string')
                    return [v];
                return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : undefined;
            };
            const set = (key, k) => {
                const v = list(k);
                if (v !== undefined)
                    t[key] = v;
            };
            set('branches', 'branches');
            set('branchesIgnore', 'branches-ignore');
            set('paths', 'paths');
            set('pathsIgnore', 'paths-ignore');
            set('tags', 'tags');
            set('tagsIgnore', 'tags-ignore');
            set('types', 'types');
        }
        out.push(t);
    }
    return out;
}
function shellDefault(owner) {
    const defaults = owner.defaults;
    if (!(0,parse/* isPlainMap */.nK)(defaults))
        return undefined;
    const run = defaults.run;
    if (!(0,parse/* isPlainMap */.nK)(run))
        return undefined;
    const shell = run.shell;
    if (typeof shell !== 'string')
        return undefined;
    return { value: shell, line: (0,parse/* positionOf */.df)(run, 'shell')?.line ?? 1 };
}
function readJob(id, body, line, workflowShell) {
    const defaultShell = shellDefault(body) ?? workflowShell;
    const uses = body.uses;
    // Runners and steps are worked out when first read (check names need neither).
    let runners;
    let steps;
    const lazy = {
        get runners() {
            return (runners ??= runnerOses(body));
        },
        get steps() {
            return (steps ??= Array.isArray(body.steps)
                ? readSteps(body.steps, defaultShell, lazy.runners)
                : []);
        }
    };
    return {
        id,
        line,
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.if !== undefined ? { if: body.if } : {}),
        ...(body.strategy !== undefined ? { strategy: body.strategy } : {}),
        ...(body['runs-on'] !== undefined ? { runsOn: body['runs-on'] } : {}),
        hasPermissions: body.permissions !== undefined,
        ...(body.permissions !== undefined ? { permissions: body.permissions } : {}),
        ...(defaultShell ? { defaultShell } : {}),
        get runners() {
            return lazy.runners;
        },
        ...(typeof uses === 'string'
            ? { uses: { value: uses, line: (0,parse/* positionOf */.df)(body, 'uses')?.line ?? line } }
            : {}),
        ...((0,parse/* isPlainMap */.nK)(body.with) ? { with: body.with } : {}),
        env: scriptsOf(body.env),
        get steps() {
            return lazy.steps;
        },
        body
    };
}
/**
 * Steps of a job or of a composite action, each with the shells its `run:` may use.
 *
 * @param list the `steps:` list as parsed
 * @param defaultShell `defaults.run.shell` in force (job, else workflow)
 * @param runners where the steps run
 */
function readSteps(list, defaultShell, runners) {
    const steps = [];
    list.forEach((raw, index) => {
        if (!(0,parse/* isPlainMap */.nK)(raw))
            return;
        const line = positionAt(list, index)?.line ?? 1;
        const step = { index, line, with: {}, env: {}, shells: [] };
        if (typeof raw.name === 'string')
            step.name = raw.name;
        if (typeof raw.id === 'string')
            step.id = raw.id;
        if (typeof raw.uses === 'string')
            step.uses = { value: raw.uses, line: positionAt(raw, 'uses')?.line ?? line };
        const run = scriptOf(raw, 'run', line);
        if (run)
            step.run = run;
        if (typeof raw.shell === 'string')
            step.shell = { value: raw.shell, line: positionAt(raw, 'shell')?.line ?? line };
        step.with = scriptsOf(raw.with, line, aliasSite(raw, 'with'));
        step.env = scriptsOf(raw.env, line, aliasSite(raw, 'env'));
        if (step.run) {
            const chosen = step.shell?.value ?? defaultShell?.value;
            if (chosen !== undefined)
                step.shells = [chosen];
            else if ('unknown' in runners)
                step.shellUnknown = runners.unknown;
            else
                step.shells = [...new Set(runners.map(defaultShellOn))].sort();
        }
        steps.push(step);
    });
    return steps;
}
/** Where a mapping entry's value or a list item is written (a workflow's or an action's). */
const positionAt = parse/* positionOf */.df;
const keyPositionAt = parse/* keyPositionOf */.Y_;
const layoutAt = parse/* layoutOf */.aH;
/**
 * The alias behind a mapping entry, if its value is one: an anchor is written at or after its
 * key, so a value whose text starts before its key is an alias of text anchored earlier.
 */
function aliasSite(container, key) {
    const k = keyPositionAt(container, key);
    const v = positionAt(container, key);
    return k && v && v.line < k.line ? { at: k.line, of: v.line } : undefined;
}
/**
 * The entries of an `env:` or `with:` mapping written as scalars; when the mapping itself is an
 * alias (`with: *inputs`), each entry is reached through it.
 */
function scriptsOf(value, fallbackLine = 1, alias) {
    const out = {};
    if (!(0,parse/* isPlainMap */.nK)(value))
        return out;
    for (const k of Object.keys(value)) {
        const s = scriptOf(value, k, fallbackLine);
        if (s)
            out[k] = s.alias || !alias ? s : { ...s, alias };
    }
    return out;
}
/**
 * A string value of a mapping (a `run:`, a `with:` input) as a {@link Script}: the text the step
 * receives, its `${{ }}` parts by GitHub's grammar, and the file line of each text line.
 * Undefined when the value is not a string.
 *
 * @param container the mapping (of a workflow or an action file)
 * @param key the entry
 * @param fallbackLine the line to use when the parser gives none
 */
function scriptOf(container, key, fallbackLine = 1) {
    const v = container[key];
    if (typeof v !== 'string' && !(v instanceof parse/* Expr */.GN))
        return undefined;
    const layout = layoutAt(container, key);
    const line = positionAt(container, key)?.line ?? fallbackLine;
    const alias = aliasSite(container, key);
    const startLine = layout?.start.line ?? line;
    // A block scalar ends at column 1 of the line after its last line.
    const endLine = layout
        ? Math.max(startLine, layout.end.column === 1 && layout.end.line > startLine
            ? layout.end.line - 1
            : layout.end.line)
        : line;
    const header = layout?.blockHeader;
    const multiLine = endLine > startLine;
    let text;
    let lines;
    if (!(v instanceof parse/* Expr */.GN)) {
        text = v;
        const n = text.split('\n').length;
        // `|` keeps its lines; folded and flow values are placed line by line, clamped to the value.
        const first = header !== undefined ? startLine + 1 : startLine;
        lines = Array.from({ length: n }, (_, k) => (multiLine ? Math.min(first + k, endLine) : line));
    }
    else if (v.parts.length === 1 && v.parts[0]?.expr === v.expr) {
        // The whole value is one expression.
        text = `\${{ ${v.expr} }}`;
        lines = [v.parts[0]?.at?.line ?? line];
    }
    else if (multiLine && header !== undefined) {
        const parentIndent = (keyPositionAt(container, key)?.column ?? 1) - 1;
        const st = blockScalarText(v.source, header, parentIndent);
        text = st.text;
        lines = st.sourceLines.map((j) => Math.min(startLine + 1 + j, endLine));
    }
    else if (multiLine) {
        const st = flowScalarText(v.source);
        text = st.text;
        lines = st.sourceLines.map((j) => Math.min(startLine + j, endLine));
    }
    else {
        text = v.source;
        lines = [line];
    }
    const expressions = [];
    if (v instanceof parse/* Expr */.GN) {
        const spans = expressionSpans(text);
        const same = spans.length === v.parts.length;
        let lineIndex = 0;
        let scanned = 0;
        for (const [i, span] of spans.entries()) {
            for (; scanned < span.start; scanned++)
                if (text[scanned] === '\n')
                    lineIndex++;
            const part = same ? v.parts[i] : undefined;
            const fileLine = lines[Math.min(lineIndex, lines.length - 1)] ?? line;
            expressions.push({
                expr: part?.expr ?? span.expr,
                ...(part?.at && part.at.line === fileLine ? { at: part.at } : {}),
                start: span.start,
                end: span.end,
                line: fileLine
            });
        }
    }
    return {
        text,
        expressions,
        ...(layout ? { layout } : {}),
        line,
        lines,
        ...(alias ? { alias } : {})
    };
}
/** The file line of text line `k` (1-based) of a script, clamped to the script. */
function scriptLine(s, k) {
    const i = Math.min(Math.max(1, k), s.lines.length) - 1;
    return s.lines[i] ?? s.line;
}
/** GitHub's default shell for `run:` on each runner OS (docs: jobs.<job_id>.steps[*].shell). */
function defaultShellOn(os) {
    return os === 'windows' ? 'pwsh' : 'bash';
}
/**
 * The operating systems a job's runners may have, from `runs-on` labels (a list, a group's
 * `labels`, or an expression over the matrix, evaluated per combination). GitHub-hosted images
 * name their OS (`ubuntu-*`, `windows-*`, `macos-*`); self-hosted runners carry `Linux`,
 * `Windows` or `macOS` labels (docs: "Using labels with self-hosted runners"). A label set that
 * names no OS is unknown, not assumed to be Linux.
 */
function runnerOses(body) {
    const runsOn = body['runs-on'];
    if (runsOn === undefined)
        return body.uses !== undefined ? [] : { unknown: 'the job has no runs-on' };
    const combos = (0,matrix/* expandMatrix */.Eh)(body.strategy, {});
    const values = [];
    if (containsExpr(runsOn)) {
        if (typeof combos === 'string')
            return { unknown: `runs-on depends on the matrix, and ${combos}` };
        for (const c of combos.combos) {
            const v = evalPlain(runsOn, c.values);
            if (typeof v === 'string' && v.startsWith('!'))
                return { unknown: `runs-on ${describe(runsOn)} ${v.slice(1)}` };
            values.push(v);
        }
    }
    else
        values.push(runsOn);
    const oses = new Set();
    for (const v of values) {
        const os = osOfLabels(labelsOf(v));
        if (!os)
            return { unknown: `runs-on ${describe(runsOn)} names no operating system` };
        oses.add(os);
    }
    return [...oses].sort();
}
function describe(v) {
    if (v instanceof parse/* Expr */.GN)
        return v.source.trim();
    try {
        return JSON.stringify(v);
    }
    catch {
        return '(runs-on)';
    }
}
function containsExpr(v) {
    if (v instanceof parse/* Expr */.GN)
        return true;
    if (Array.isArray(v))
        return v.some(containsExpr);
    if ((0,parse/* isPlainMap */.nK)(v))
        return Object.values(v).some(containsExpr);
    return false;
}
/** Evaluates expressions inside a value over one matrix combination; `!reason` when unknown. */
function evalPlain(v, matrix) {
    if (v instanceof parse/* Expr */.GN) {
        const direct = matrixMember(v.expr, matrix);
        if (direct !== undefined)
            return direct;
        const r = (0,expressions/* evaluateExpression */.O4)(v.expr, { matrix });
        return 'reason' in r ? `!${r.reason}` : r.value;
    }
    if (Array.isArray(v)) {
        const out = [];
        for (const x of v) {
            const e = evalPlain(x, matrix);
            if (typeof e === 'string' && e.startsWith('!'))
                return e;
            out.push(e);
        }
        return out;
    }
    if ((0,parse/* isPlainMap */.nK)(v)) {
        const out = {};
        for (const [k, x] of Object.entries(v)) {
            const e = evalPlain(x, matrix);
            if (typeof e === 'string' && e.startsWith('!'))
                return e;
            out[k] = e;
        }
        return out;
    }
    return v;
}
const MATRIX_MEMBER = /^\s*matrix((?:\.[A-Za-z_][\w-]*)+)\s*$/;
/**
 * `matrix.platform.os` read straight from the combination (keys match without regard to case,
 * as GitHub's property access does); undefined for any other expression, which GitHub's engine
 * evaluates. Most `runs-on:` expressions are this one form.
 */
function matrixMember(expr, matrix) {
    const m = MATRIX_MEMBER.exec(expr);
    if (!m)
        return undefined;
    let cur = matrix;
    for (const key of m[1].slice(1).split('.')) {
        if (typeof cur !== 'object' || cur === null || Array.isArray(cur))
            return undefined;
        const rec = cur;
        const k = Object.hasOwn(rec, key)
            ? key
            : Object.keys(rec).find((x) => x.toLowerCase() === key.toLowerCase());
        if (k === undefined)
            return undefined;
        cur = rec[k];
    }
    return typeof cur === 'string' && !cur.startsWith('!') ? cur : undefined;
}
function labelsOf(v) {
    if (typeof v === 'string')
        return [v];
    if (Array.isArray(v))
        return v.filter((x) => typeof x === 'string');
    if (typeof v === 'object' && v !== null) {
        const labels = v.labels;
        return labelsOf(labels);
    }
    return [];
}
function osOfLabels(labels) {
    for (const l of labels) {
        const x = l.toLowerCase();
        if (x.startsWith('windows'))
            return 'windows';
        if (x.startsWith('macos') || x === 'macos')
            return 'macos';
        if (x.startsWith('ubuntu') || x === 'linux')
            return 'linux';
    }
    return undefined;
}


/***/ }),

/***/ 7738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ Expr),
/* harmony export */   Y_: () => (/* binding */ keyPositionOf),
/* harmony export */   aH: () => (/* binding */ layoutOf),
/* harmony export */   df: () => (/* binding */ positionOf),
/* harmony export */   dx: () => (/* binding */ parseWorkflowFile),
/* harmony export */   hj: () => (/* binding */ aliasBomb),
/* harmony export */   mi: () => (/* binding */ plainFromParser),
/* harmony export */   nK: () => (/* binding */ isPlainMap)
/* harmony export */ });
/* unused harmony exports MAX_WORKFLOW_FILE_BYTES, MAX_WORKFLOW_DEPTH, MAX_EXPRESSION_SCAN, lexicalLimits, MAX_WORKFLOW_SCALARS */
/* harmony import */ var _actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4314);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/**
 * One reader of `.github/workflows/*.yml` for every consumer, on GitHub's own workflow parser
 * (`@actions/workflow-parser`, the parser of GitHub's Actions language services): YAML anchors and
 * aliases resolved as GitHub resolves them (the merge key `<<` is refused, as GitHub refuses it),
 * duplicate keys and schema errors reported with their line, `${{ }}` expressions recognised by
 * GitHub's grammar (a quoted `}}` does not end one).
 *
 * The token tree comes out as plain values: strings, numbers, booleans, null, lists, mappings
 * (null-prototype objects, so keys such as `__proto__` are data), and {@link Expr} for a value
 * holding `${{ }}`. Positions live beside the values: {@link positionOf} gives the line and column
 * of a mapping entry or list item. Pure apart from the parser; never throws.
 */


/** A value written with `${{ }}`: the expression GitHub evaluates, and the text as written. */
class Expr {
    expr;
    source;
    parts;
    constructor(
    /** The expression without `${{ }}`; several parts are joined by GitHub as `format(…)`. */
    expr, 
    /** The scalar as written in the file (for a `run:` script: the script text). */
    source, 
    /** Each `${{ }}` part as written, with its position. */
    parts) {
        this.expr = expr;
        this.source = source;
        this.parts = parts;
    }
}
/**
 * The tokens each plain container was made from: a mapping's entries by key, a list's items by
 * index. Positions and layouts are read from them only when asked (most never are).
 */
const SOURCES = new WeakMap();
function sourceToken(container, key, which) {
    const src = SOURCES.get(container);
    if (src === undefined)
        return undefined;
    if (src instanceof Map)
        return typeof key === 'string' ? src.get(key)?.[which] : undefined;
    return typeof key === 'number' && which === 'value' ? src[key] : undefined;
}
/**
 * Where a mapping entry's value (by key) or a list item (by index) is written; undefined if
 * unknown. For a value reached through an alias, the position of the anchored text.
 */
function positionOf(container, key) {
    const value = sourceToken(container, key, 'value');
    return ((value && positionOfToken(value)) ??
        (typeof key === 'string' ? keyPositionOf(container, key) : undefined));
}
/** How the scalar at a mapping key or list index is written; undefined for collections. */
function layoutOf(container, key) {
    const t = sourceToken(container, key, 'value');
    const r = t?.range;
    if (!t || !r || !t.isScalar)
        return undefined;
    const header = t.blockScalarHeader;
    return {
        start: { line: r.start.line, column: r.start.column },
        end: { line: r.end.line, column: r.end.column },
        ...(header ? { blockHeader: header } : {})
    };
}
/** Where a mapping entry's key is written (a job's id, a step's `run:`); undefined if unknown. */
function keyPositionOf(container, key) {
    const t = sourceToken(container, key, 'key');
    return t ? positionOfToken(t) : undefined;
}
/** Most workflow files are far smaller; GitHub refuses larger ones anyway. */
const MAX_TOKENS = 200_000;
/**
 * GitHub does not start runs of a workflow file larger than 500 KB (docs: "Actions limits",
 * Workflow file size, https://docs.github.com/en/actions/reference/limits).
 */
const MAX_WORKFLOW_FILE_BYTES = 500 * 1024;
/**
 * Lists and mappings nested deeper than this are not read (a gonogo limit: GitHub's parser and
 * the `yaml` library recurse per level; real workflows nest about 8 deep).
 */
const MAX_WORKFLOW_DEPTH = 64;
/**
 * GitHub's parser finds the line of each `${{` in a multi-line scalar by splitting the text
 * before it, which costs the square of the scalar's size. The summed distance of each `${{` from
 * the start of its scalar is bounded by this (a gonogo limit; 10,000 expressions in one 100 KB
 * script is 500 million).
 */
const MAX_EXPRESSION_SCAN = 500_000_000;
/**
 * Parses one workflow file the way GitHub reads it. An error names the first problem GitHub's
 * parser reports, with its line, and what to do; the other consumers then treat the file as
 * unreadable (GitHub would not run it either).
 *
 * @param file the file's workspace path and text
 * @returns the plain tree, or the first error (message and line)
 */
function parseWorkflowFile(file) {
    if (file.readError !== undefined)
        return { ok: false, path: file.path, error: file.readError };
    if (file.text.includes('\u0000'))
        return { ok: false, path: file.path, error: 'binary data (U+0000 bytes), not YAML' };
    const bytes = Buffer.byteLength(file.text, 'utf8');
    if (bytes > MAX_WORKFLOW_FILE_BYTES)
        return {
            ok: false,
            path: file.path,
            error: `the file is ${bytes} bytes; GitHub does not start runs of a workflow file larger than 500 KB (docs: "Actions limits", Workflow file size)`
        };
    const costly = mayPassLexicalLimits(file.text) ? lexicalLimits(file.text) : undefined;
    if (costly)
        return { ok: false, path: file.path, error: costly, limit: true };
    const bomb = aliasBomb(file.text);
    if (bomb)
        return { ok: false, path: file.path, error: bomb };
    return plainFromParser(file.path, () => (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .parseWorkflow */ .hM)({ name: file.path, content: file.text }, new _actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .NoOperationTraceWriter */ .P0()), WORKFLOW_WORDS);
}
/** The lexer's control tokens, which stand for no text of the file. */
const CONTROL_TOKENS = new Set(['\x02', '\x18', '\x1f']);
/**
 * Measured on the `yaml` lexer's token stream (iterative, linear) before GitHub's parser runs:
 * flow collections nested past {@link MAX_WORKFLOW_DEPTH}, and multi-line scalars whose `${{ }}`
 * would cost GitHub's parser more than {@link MAX_EXPRESSION_SCAN}. Returns why the file is not
 * read, or undefined.
 */
function lexicalLimits(text) {
    let depth = 0;
    let scan = 0;
    let offset = 0;
    let scalars = 0;
    for (const tok of new yaml__WEBPACK_IMPORTED_MODULE_1__/* .Lexer */ .JG().lex(text)) {
        // '\x1f' starts a plain scalar; quoted ones come whole.
        if (tok === '\x1f' || tok.startsWith('"') || tok.startsWith("'")) {
            if (++scalars > MAX_WORKFLOW_SCALARS)
                return `more than ${MAX_WORKFLOW_SCALARS} keys and values (line ${lineAt(text, offset)}); gonogo does not read a workflow that large (real ones hold a few thousand)`;
        }
        if (tok === '[' || tok === '{') {
            if (++depth > MAX_WORKFLOW_DEPTH)
                return `lists and mappings nest more than ${MAX_WORKFLOW_DEPTH} deep (line ${lineAt(text, offset)}); gonogo does not read a workflow nested that deep`;
        }
        else if (tok === ']' || tok === '}') {
            depth = Math.max(0, depth - 1);
        }
        else if (tok.length > 3 && tok.includes('\n')) {
            for (let i = tok.indexOf('${{'); i >= 0; i = tok.indexOf('${{', i + 3)) {
                scan += i;
                if (scan > MAX_EXPRESSION_SCAN)
                    return `a multi-line value with many \${{ }} expressions (line ${lineAt(text, offset)}) would take GitHub's parser too long to read; gonogo stops at ${MAX_EXPRESSION_SCAN} characters scanned — split the script into a file`;
            }
        }
        if (!CONTROL_TOKENS.has(tok))
            offset += tok.length;
    }
    return undefined;
}
/**
 * Keys and values (scalars) a workflow may hold: GitHub's parser takes about a second per
 * 100,000, so a file of one huge list would hold the run (a gonogo limit; a 500 KB workflow of
 * real jobs holds far fewer).
 */
const MAX_WORKFLOW_SCALARS = 50_000;
/**
 * Whether a text could pass one of {@link lexicalLimits}' bounds at all, without lexing it: more
 * than {@link MAX_WORKFLOW_DEPTH} flow brackets, or enough characters for
 * {@link MAX_WORKFLOW_SCALARS} scalars (one character each at least) or for
 * {@link MAX_EXPRESSION_SCAN} (at most one `\${{` per three characters, each at most the text's
 * length from its scalar's start). Most workflow files are far below all three: the lexing pass
 * is then skipped.
 */
function mayPassLexicalLimits(text) {
    const n = text.length;
    if (n > MAX_WORKFLOW_SCALARS || (n * n) / 3 > MAX_EXPRESSION_SCAN)
        return true;
    let brackets = 0;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if ((c === 0x5b || c === 0x7b) && ++brackets > MAX_WORKFLOW_DEPTH)
            return true;
    }
    return false;
}
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** Aliased nodes a file may expand to before it is refused (the `yaml` library's own guard). */
const MAX_ALIAS_COUNT = 10_000;
/** `*name` where YAML allows an alias: after a space, `[`, `{`, `,`, `:` or `-`, or at a line start. */
const ALIAS = /(^|[\s[{,:-])\*[^\s,[\]{}]/m;
/**
 * GitHub's parser expands every alias before it validates anything, so a few lines of nested
 * aliases ("billion laughs") would take it forever. Files with aliases are first measured by the
 * `yaml` library's expansion guard (`maxAliasCount`, which counts the nodes aliases expand to).
 * Returns why the file is refused, or undefined.
 */
function aliasBomb(text) {
    if (!ALIAS.test(text))
        return undefined;
    try {
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { uniqueKeys: false });
        if (doc.errors.length > 0)
            return undefined; // GitHub's parser reports them
        doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        return undefined;
    }
    catch (e) {
        const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
        return /alias/i.test(why ?? '')
            ? `its YAML aliases expand past ${MAX_ALIAS_COUNT} nodes (a resource-exhaustion pattern, "billion laughs"); not read`
            : undefined;
    }
}
const WORKFLOW_WORDS = {
    noun: 'workflow',
    consequence: 'GitHub would not run it either'
};
/**
 * A parse of GitHub's workflow or action parser (both return a TemplateParseResult) as plain
 * values, or the first problem it reports (message and line). Never throws: a parser exception
 * is reported as the file's problem.
 *
 * @param path the file, for the result
 * @param parse runs GitHub's parser
 * @param words how messages name the file
 */
function plainFromParser(path, parse, words) {
    let result;
    try {
        result = parse();
    }
    catch (e) {
        return {
            ok: false,
            path,
            error: `GitHub's ${words.noun} parser could not read it (${e instanceof Error ? e.message.slice(0, 200) : String(e)}); ${words.consequence}`
        };
    }
    const errors = result.context.errors.getErrors();
    const first = errors[0];
    if (first) {
        const line = first.range?.start.line;
        const raw = (first.rawMessage.split('\n')[0] ?? first.rawMessage).trim().replace(/:$/, '');
        return {
            ok: false,
            path,
            error: `GitHub would refuse this ${words.noun}: ${raw}${line !== undefined && !raw.includes(`line ${line}`) ? ` (line ${line})` : ''}${errors.length > 1 ? `, and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''}` : ''}`,
            ...(line !== undefined ? { line } : {})
        };
    }
    const token = result.value;
    if (!token)
        return { ok: false, path, error: 'the file is empty' };
    let root;
    try {
        root = toPlain(token, { left: MAX_TOKENS });
    }
    catch (e) {
        if (e instanceof TooLarge)
            return {
                ok: false,
                path,
                error: `the ${words.noun} expands to more than ${MAX_TOKENS} values (aliases repeated many times?); ${words.consequence}`
            };
        if (e instanceof TooDeep)
            return {
                ok: false,
                path,
                error: `lists and mappings nest more than ${MAX_WORKFLOW_DEPTH} deep; gonogo does not read a ${words.noun} nested that deep`,
                limit: true
            };
        return {
            ok: false,
            path,
            error: `the ${words.noun} could not be read (${e instanceof Error ? e.message.slice(0, 200) : String(e)})`,
            limit: true
        };
    }
    if (!isPlainMap(root))
        return { ok: false, path, error: `not a ${words.noun}: the file is not a YAML mapping` };
    return { ok: true, path, root, at: positionOfToken(token) ?? { line: 1, column: 1 } };
}
class TooLarge extends Error {
}
class TooDeep extends Error {
}
function positionOfToken(t) {
    const r = t.range;
    return r ? { line: r.start.line, column: r.start.column } : undefined;
}
/** Token tree → plain values (iterative, so deep nesting cannot overflow the stack). */
function toPlain(rootToken, budget) {
    const top = [null];
    // Each frame fills one slot: `into[key]` gets the value of `token`.
    const stack = [{ token: rootToken, into: top, key: 0, depth: 0 }];
    while (stack.length > 0) {
        const { token: t, into, key: slot, depth } = stack.pop();
        if (--budget.left < 0)
            throw new TooLarge();
        if (depth > MAX_WORKFLOW_DEPTH)
            throw new TooDeep();
        let value;
        if (isMappingToken(t)) {
            const out = Object.create(null);
            const entries = new Map();
            SOURCES.set(out, entries);
            for (const pair of t) {
                const key = scalarKey(pair.key);
                entries.set(key, pair);
                // Keys keep the file's order: each is defined now and filled when its value is read
                // (a null-prototype object, so `__proto__` is an ordinary key).
                out[key] = null;
                stack.push({ token: pair.value, into: out, key, depth: depth + 1 });
            }
            value = out;
        }
        else if (isSequenceToken(t)) {
            const items = [...t];
            const out = new Array(items.length).fill(null);
            SOURCES.set(out, items);
            for (let i = 0; i < items.length; i++)
                stack.push({ token: items[i], into: out, key: i, depth: depth + 1 });
            value = out;
        }
        else if (isExpressionToken(t)) {
            value = expressionOf(t);
        }
        else {
            value = literalOf(t);
        }
        ;
        into[slot] = value;
    }
    return top[0] ?? null;
}
function isMappingToken(t) {
    return t.templateTokenType === TOKEN_MAPPING;
}
function isSequenceToken(t) {
    return t.templateTokenType === TOKEN_SEQUENCE;
}
function isExpressionToken(t) {
    return t.templateTokenType === TOKEN_BASIC_EXPRESSION;
}
/** TokenType values of @actions/workflow-parser (templates/tokens/types). */
const TOKEN_SEQUENCE = 1;
const TOKEN_MAPPING = 2;
const TOKEN_BASIC_EXPRESSION = 3;
function scalarKey(t) {
    const v = t.value;
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    const e = t;
    return e.source ?? (e.expression !== undefined ? `\${{ ${e.expression} }}` : '');
}
function literalOf(t) {
    const v = t.value;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return v;
    return null;
}
function expressionOf(t) {
    const e = t;
    const originals = e.originalExpressions ?? [e];
    const parts = originals.map((o) => ({
        expr: o.expression,
        ...(o.range ? { at: { line: o.range.start.line, column: o.range.start.column } } : {})
    }));
    return new Expr(e.expression, e.source ?? `\${{ ${e.expression} }}`, parts);
}
function isPlainMap(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Expr);
}


/***/ }),

/***/ 6161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ validatePromotionRecord),
/* harmony export */   RE: () => (/* binding */ validateReport),
/* harmony export */   cS: () => (/* binding */ validateBundleManifest),
/* harmony export */   tE: () => (/* binding */ validatePolicy)
/* harmony export */ });
/* harmony import */ var ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4951);
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6214);
// Generated by scripts/gen-validators.mjs from schemas/*.json. Do not edit.
/* eslint-disable */
// @ts-nocheck



const validatePolicy = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/gonogo.schema.json","title":"gonogo policy file (.github/gonogo.yml)","type":"object","additionalProperties":false,"required":["version","controls"],"properties":{"version":{"const":1,"description":"Policy file format version. Only 1 exists."},"profiles":{"type":"object","description":"Named decision limits: how many counted failures of each severity a decision tolerates before it is no-go.","minProperties":1,"propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/profile"}},"select_profile":{"type":"array","description":"Rules tried in order; the first whose event and branch match selects the profile.","minItems":1,"items":{"$ref":"#/definitions/profileRule"}},"controls":{"type":"array","description":"What the gate requires.","minItems":1,"items":{"$ref":"#/definitions/control"}},"claims":{"type":"array","description":"Promises the controls back together, each graded from their results (proven, partial, not proven) with a maturity level. A Tier 0 claim must be proven for a release; Tier 1 and 2 claims are graded and listed. Absent: no claim matrix.","items":{"$ref":"#/definitions/claim"}},"waivers":{"type":"array","description":"Time-boxed acceptance of a failing control.","items":{"$ref":"#/definitions/waiver"}},"comment":{"type":"object","additionalProperties":false,"description":"How the PR comment is rendered.","properties":{"max_rows":{"type":"integer","minimum":1,"maximum":1000}}},"limits":{"type":"object","additionalProperties":false,"description":"Safety limits for reading reports.","properties":{"max_report_bytes":{"type":"integer","minimum":1024,"maximum":1073741824},"max_files_per_source":{"type":"integer","minimum":1,"maximum":1000000}}},"branches":{"type":"object","description":"Per branch name or glob: the protection wanted. The first exact name wins, else the first matching glob (in file order).","minProperties":1,"additionalProperties":{"$ref":"#/definitions/branchPolicy"}},"org":{"type":"object","additionalProperties":false,"description":"Organisation scale (gonogo org, action-ruleset-verify mode: shard): settings for the organisation's repositories. Needs branches:, which every repository starts from. A single repository's verify-rules applies the overrides that match its own name too.","properties":{"overrides":{"type":"array","description":"Per-repository overrides of branches:, applied in file order to every repository they match: a later override wins over an earlier one.","minItems":1,"maxItems":1000,"items":{"$ref":"#/definitions/orgOverride"}}}},"environments":{"type":"object","description":"The promotion corridor: per environment name (as in GitHub's environments), where its bundles come from, the gate decision it needs and the reviewers its protection rules must require. Read by action-release-bundle (mode: promote/rollback) and `gonogo promote`.","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"},"additionalProperties":{"$ref":"#/definitions/environmentPolicy"}},"incidents":{"type":"object","additionalProperties":false,"description":"Incident response on the default branch (issue 18): on a push that meets `on`, the gate opens one tracking issue (found again by a hidden marker), comments later failing pushes on it, and on recovery closes it when cause and corrective action are written (else labels it needs-postmortem). While one is open, pull requests into the default branch gain a high blocker unless they carry `fix_label`. Needs a token with `issues: write` on push. Absent: no incident handling.","properties":{"on":{"type":"array","uniqueItems":true,"items":{"enum":["no-go","trigger"]},"description":"What opens an incident on a push to the default branch: a no-go decision, a failing control listed in `triggers`. Default [no-go, trigger]."},"triggers":{"type":"array","uniqueItems":true,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":200},"description":"Control ids whose failure alone is an incident, whatever the decision. Default: none."},"ci_trend_breaches":{"type":"integer","minimum":1,"maximum":100,"description":"Consecutive breaching windows of the ci-trend built-in (counted back from the newest run) that count as an incident. Default: ci-trend opens none on its own."},"freeze":{"type":"boolean","description":"While an incident is open, pull requests into the default branch gain the high blocker 'merges frozen by incident #N'. Default true."},"fix_label":{"type":"string","minLength":1,"maxLength":50,"pattern":"^[^,\\u0000-\\u001f]+$","description":"The pull-request label that exempts a fix from the freeze. Default incident-fix."},"labels":{"type":"array","minItems":1,"maxItems":10,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":50,"pattern":"^[^,\\u0000-\\u001f]+$","description":"a label name (at most 50 characters, no comma)"},"description":"Labels of the tracking issue; the gate finds open incidents by the first one. Default [gonogo-incident]."}}},"checks":{"type":"object","additionalProperties":false,"description":"Settings of the built-in checks.","properties":{"policy-bundle":{"$ref":"https://gonogo.dev/schemas/checks/policy-bundle.schema.json"},"policy-freshness":{"$ref":"https://gonogo.dev/schemas/checks/policy-freshness.schema.json"},"workflow-lint":{"$ref":"https://gonogo.dev/schemas/checks/workflow-lint.schema.json"},"replay-determinism":{"$ref":"https://gonogo.dev/schemas/checks/replay-determinism.schema.json"},"provenance-coverage":{"$ref":"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json"},"ci-trend":{"$ref":"https://gonogo.dev/schemas/checks/ci-trend.schema.json"},"rollback-drill":{"$ref":"https://gonogo.dev/schemas/checks/rollback-drill.schema.json"},"incidents":{"$ref":"https://gonogo.dev/schemas/checks/incidents.schema.json"}}}},"definitions":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},"path":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^\\u0000]+$","description":"A path or glob relative to the repository root."},"profile":{"type":"object","additionalProperties":false,"required":["max_high","max_medium"],"properties":{"max_high":{"type":"integer","minimum":0},"max_medium":{"type":"integer","minimum":0},"description":{"type":"string","maxLength":500}}},"profileRule":{"type":"object","additionalProperties":false,"required":["profile"],"properties":{"event":{"type":"string","minLength":1,"description":"GitHub event name (push, pull_request, workflow_dispatch, …) or 'local' for the CLI."},"branch":{"type":"string","minLength":1,"description":"Branch name or glob; for pull requests, the base branch."},"profile":{"$ref":"#/definitions/name"}}},"source":{"type":"object","description":"Exactly one of report, junit, sarif or builtin.","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"report":{"$ref":"#/definitions/path","description":"A gonogo.report/v1 JSON report or an older governance-script report (path or glob)."},"junit":{"$ref":"#/definitions/path","description":"JUnit XML files (path or glob)."},"sarif":{"$ref":"#/definitions/path","description":"SARIF 2.1.0 files (path or glob)."},"builtin":{"enum":["policy-bundle","policy-freshness","workflow-lint","replay-determinism","provenance-coverage","ci-trend","rollback-drill","incidents"],"description":"A check gonogo computes itself; its settings live under checks.<name>."}}},"control":{"type":"object","additionalProperties":false,"required":["id","severity"],"properties":{"id":{"$ref":"#/definitions/name"},"description":{"type":"string","maxLength":500},"source":{"$ref":"#/definitions/source"},"severity":{"enum":["high","medium"]},"owner":{"type":"string","minLength":1,"maxLength":200},"runbook":{"type":"string","minLength":1,"maxLength":1024},"allow_unverified":{"type":"object","additionalProperties":false,"required":["evidence"],"properties":{"evidence":{"$ref":"#/definitions/path","description":"A file in the repository that documents the manual verification."}}}}},"claim":{"type":"object","additionalProperties":false,"required":["id","title","tier","controls"],"properties":{"id":{"$ref":"#/definitions/name","description":"Unique among the claims, for example T0.1."},"title":{"type":"string","minLength":1,"maxLength":200,"description":"The promise, in words: Governed release corridor with fast rollback."},"tier":{"enum":[0,1,2],"description":"0: must be proven and blocker-free for a release; 1 and 2: graded and listed, never blocking by themselves."},"controls":{"type":"array","minItems":1,"description":"Ids of declared controls whose results prove the claim, each once (a control named twice is refused naming it).","items":{"$ref":"#/definitions/name"}},"require_ownership":{"type":"boolean","description":"Controls without an owner or a runbook make the claim at most partial (observability and runbook claims). Default false."},"class":{"enum":["release-corridor","rollback","provenance","runbook-ownership","determinism","unresolved-tier-0"],"description":"The blocker class named when the claim blocks. Default: derived from its failing controls (see README)."}}},"waiver":{"type":"object","additionalProperties":false,"required":["control","owner","reason","expires"],"properties":{"control":{"$ref":"#/definitions/name"},"owner":{"type":"string","minLength":1,"maxLength":200},"reason":{"type":"string","minLength":1,"maxLength":1000},"mitigation":{"type":"string","minLength":1,"maxLength":1000},"link":{"type":"string","minLength":1,"maxLength":1024},"expires":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$","description":"A date (valid through the end of that day, UTC) or an RFC 3339 date-time."}}},"branchPolicy":{"type":"object","additionalProperties":false,"properties":{"required_checks":{"type":"array","description":"Status checks that must be required on the branch.","items":{"$ref":"#/definitions/requiredCheck"}},"strict":{"type":"boolean","description":"Branches must be up to date before merging."},"min_approvals":{"type":"integer","minimum":0,"maximum":10},"dismiss_stale_reviews":{"type":"boolean"},"require_code_owner_review":{"type":"boolean"},"require_last_push_approval":{"type":"boolean"},"require_conversation_resolution":{"type":"boolean"},"require_linear_history":{"type":"boolean"},"block_force_pushes":{"type":"boolean"},"block_deletions":{"type":"boolean"},"require_signed_commits":{"type":"boolean"},"bypass_allowed":{"type":"array","description":"Who may bypass the rules; anyone else able to bypass is a finding.","items":{"$ref":"#/definitions/bypassActor"}}}},"orgOverride":{"type":"object","additionalProperties":false,"required":["id","repositories","branches"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$","description":"a name of letters, digits, '.', '_' and '-' (at most 64), unique among the overrides; the org report names it for every repository it applies to"},"description":{"type":"string","maxLength":500,"description":"For people reading the policy."},"repositories":{"type":"array","minItems":1,"maxItems":1000,"description":"Repository name globs (the name without the owner, compared without case): the override applies to a repository that matches any of them.","items":{"$ref":"#/definitions/repositoryGlob"}},"branches":{"type":"object","minProperties":1,"description":"Per branch name or glob, as in branches:. For a key already in effect the settings given replace those in effect one by one (null removes a setting, so it is no longer verified); a new key is tried before the keys in effect.","additionalProperties":{"$ref":"#/definitions/branchOverride"}}}},"repositoryGlob":{"type":"string","pattern":"^[A-Za-z0-9_.*?\\[\\]{},-]{1,100}$","description":"a repository name glob without the owner: letters, digits, '.', '_', '-' and the glob characters * ? [ ] { } , (at most 100)"},"branchOverride":{"type":"object","additionalProperties":false,"description":"Settings of a branches: entry; null removes the setting in effect.","properties":{"required_checks":{"type":["array","null"],"description":"Status checks that must be required on the branch.","items":{"$ref":"#/definitions/requiredCheck"}},"strict":{"type":["boolean","null"],"description":"Branches must be up to date before merging."},"min_approvals":{"type":["integer","null"],"minimum":0,"maximum":10},"dismiss_stale_reviews":{"type":["boolean","null"]},"require_code_owner_review":{"type":["boolean","null"]},"require_last_push_approval":{"type":["boolean","null"]},"require_conversation_resolution":{"type":["boolean","null"]},"require_linear_history":{"type":["boolean","null"]},"block_force_pushes":{"type":["boolean","null"]},"block_deletions":{"type":["boolean","null"]},"require_signed_commits":{"type":["boolean","null"]},"bypass_allowed":{"type":["array","null"],"description":"Who may bypass the rules; anyone else able to bypass is a finding.","items":{"$ref":"#/definitions/bypassActor"}}}},"requiredCheck":{"oneOf":[{"type":"string","minLength":1,"maxLength":255},{"type":"object","additionalProperties":false,"required":["context"],"properties":{"context":{"type":"string","minLength":1,"maxLength":255},"app_id":{"type":"integer","minimum":1,"description":"The app that must report it (GitHub Actions is 15368)."}}}]},"bypassActor":{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["OrganizationAdmin","RepositoryRole","Team","Integration","DeployKey","User","RepositoryAdmin"],"description":"RepositoryAdmin: repository administrators when classic protection does not include administrators."},"id":{"type":"integer","minimum":0,"description":"actor_id (team, app, user or role id); omitted: any actor of this type."},"name":{"type":"string","maxLength":200,"description":"For people reading the policy."}}},"environmentPolicy":{"type":"object","additionalProperties":false,"required":["requires"],"properties":{"from":{"type":"string","minLength":1,"description":"The environment a bundle must currently run in before it may come here (e.g. prod: from staging)."},"fresh":{"type":"boolean","description":"Whether a bundle that runs nowhere yet may come here. Default: true when 'from' is not set, false when it is."},"requires":{"enum":["go","conditional-go"],"description":"The weakest gate decision in the bundle this environment takes: 'go', or 'conditional-go' (which also takes go)."},"reviewers":{"type":"integer","minimum":0,"maximum":6,"description":"How many reviewers (users or teams) the environment's required-reviewers protection rule must name; 1 or more also needs an approval of this environment in the promoting run. GitHub lists at most six."},"prevent_self_review":{"type":"boolean","description":"Require the environment's 'prevent self-review' setting."}}}}};
const schema12 = {"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"};
const schema13 = {"type":"object","additionalProperties":false,"required":["max_high","max_medium"],"properties":{"max_high":{"type":"integer","minimum":0},"max_medium":{"type":"integer","minimum":0},"description":{"type":"string","maxLength":500}}};
const schema36 = {"type":"object","additionalProperties":false,"required":["requires"],"properties":{"from":{"type":"string","minLength":1,"description":"The environment a bundle must currently run in before it may come here (e.g. prod: from staging)."},"fresh":{"type":"boolean","description":"Whether a bundle that runs nowhere yet may come here. Default: true when 'from' is not set, false when it is."},"requires":{"enum":["go","conditional-go"],"description":"The weakest gate decision in the bundle this environment takes: 'go', or 'conditional-go' (which also takes go)."},"reviewers":{"type":"integer","minimum":0,"maximum":6,"description":"How many reviewers (users or teams) the environment's required-reviewers protection rule must name; 1 or more also needs an approval of this environment in the promoting run. GitHub lists at most six."},"prevent_self_review":{"type":"boolean","description":"Require the environment's 'prevent self-review' setting."}}};
const schema41 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/checks/policy-freshness.schema.json","title":"checks.policy-freshness settings","description":"Policies reviewed within their maximum age, and the governance wiring (the gate step, the required jobs) still in the workflows.","type":"object","additionalProperties":false,"properties":{"policies":{"type":"array","description":"Policy files or bundle folders whose review age is judged: by a METADATA `custom.reviewed: YYYY-MM-DD` (a .rego file), a `reviewed` key in .manifest metadata (a bundle folder), else the last commit that touched the path.","items":{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"A policy file or bundle folder, relative to the repository root."},"max_age_days":{"type":"integer","minimum":1,"maximum":36500,"description":"Days since the last review allowed for this policy. Default: the top-level max_age_days."}}}},"max_age_days":{"type":"integer","minimum":1,"maximum":36500,"description":"Default maximum age (days since the last review) for every policy. Default 90."},"workflows":{"type":"array","description":"Workflows that must still run the gonogo gate.","items":{"type":"object","additionalProperties":false,"required":["file"],"properties":{"file":{"type":"string","minLength":1,"description":"The workflow file, for example .github/workflows/ci.yml."},"gate_job":{"type":"string","minLength":1,"description":"The job id that must run the gate. Default: any job of the workflow."}}}},"gate_action":{"description":"What a gate step's `uses:` may be: one or more patterns in which * matches any text. Default: acme/gonogo/action-gate@*, acme/gonogo@*, ./action-gate, ./ (a local reusable workflow that runs the gate counts too).","oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}]},"required_jobs":{"type":"array","description":"Jobs that must be required status checks and so must still exist: each matches a job id or a check name the workflows produce (a job's name, matrix names expanded). Default: none.","items":{"type":"string","minLength":1}},"git_timeout_seconds":{"type":"integer","minimum":1,"maximum":600,"description":"Time limit for one git command. Default 30."}}};
const schema48 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/checks/replay-determinism.schema.json","title":"checks.replay-determinism settings","description":"Runs a build command several times, each in a fresh copy of the workspace with SOURCE_DATE_EPOCH, TZ=UTC and LC_ALL=C pinned, and compares the SHA-256 of every declared output between the runs.","type":"object","additionalProperties":false,"properties":{"command":{"type":"string","minLength":1,"maxLength":4000,"description":"The build command, run with /bin/sh -c in the working directory of each copy (for example \"npm run build\"). Required: without it the check fails and says what to configure."},"runs":{"type":"integer","minimum":2,"maximum":10,"description":"How many times the command runs, each in its own fresh copy. Default 2."},"timeout_seconds":{"type":"integer","minimum":1,"maximum":21600,"description":"Time limit of one run; on expiry the whole process group is killed and the run counts as failed. Default 600."},"working_directory":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^\\u0000]+$","description":"Folder inside the workspace in which the command runs (in each copy). Output globs are relative to it. Default \".\" (the repository root)."},"outputs":{"type":"array","minItems":1,"maxItems":100,"items":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^\\u0000]+$"},"description":"Globs (picomatch, dot files included) of the files the command produces, relative to working_directory, for example [\"dist/**\"]. Required: without it the check fails. Every matching file is hashed with SHA-256 after each run."},"source_date_epoch":{"type":"integer","minimum":0,"description":"Value of SOURCE_DATE_EPOCH for every run, in seconds. Default: the commit time of HEAD (git), else the gate's effective time."},"copy_git":{"type":"boolean","description":"Whether the .git folder is copied with the workspace (commands that read git describe or the commit need it). Default true."},"env":{"type":"object","maxProperties":100,"propertyNames":{"pattern":"^(?!SOURCE_DATE_EPOCH$)[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string","maxLength":4000},"description":"Extra environment variables for the command, over the runner's environment (they may override TZ and LC_ALL; SOURCE_DATE_EPOCH is set with source_date_epoch). Default none."}}};
const schema49 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json","title":"checks.provenance-coverage settings","description":"The share of release artifacts whose actual SHA-256 is recorded by a gonogo bundle manifest or by an in-toto / SLSA provenance statement (DSSE envelopes, Sigstore bundles), against a threshold.","type":"object","additionalProperties":false,"properties":{"artifacts":{"type":"array","minItems":1,"maxItems":100,"items":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^\\u0000]+$"},"description":"Globs, relative to the repository root, of the release artifacts that must be covered, for example [\"dist/**/*.tgz\"]. Required: without it the check fails and says what to configure."},"manifests":{"type":"array","maxItems":100,"items":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^\\u0000]+$"},"description":"Globs of gonogo.bundle/v1 manifest files (files: [{ path, size, sha256 }]). An entry covers an artifact when its path (relative to the manifest's folder, or to the repository root) names the artifact and its size and sha256 match the file. Default none."},"provenance":{"type":"array","maxItems":100,"items":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^\\u0000]+$"},"description":"Globs of provenance files: *.jsonl (one DSSE envelope or Sigstore bundle per line) or JSON files holding one DSSE envelope, Sigstore bundle or in-toto statement. A subject covers an artifact when its sha256 digest equals the file's. Default [\"**/*.intoto.jsonl\", \"**/*.sigstore.json\"]."},"threshold":{"type":"number","minimum":0,"maximum":100,"description":"Minimum percentage of artifacts that must be covered. Default 100."}}};
const schema53 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/checks/rollback-drill.schema.json","title":"checks.rollback-drill settings","description":"Rollback drills from the promotion history: in each environment the last rollback must be recent, must have recovered within the objective (from its start to its success) and must have been followed by a successful promotion.","type":"object","additionalProperties":false,"properties":{"environments":{"type":"array","description":"Environments whose last rollback is judged, as GitHub names them. Default: every environment declared under `environments:` in the policy file.","minItems":1,"items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$","description":"an environment name (letters, digits, '.', '_' and '-')"}},"max_age_days":{"type":"integer","minimum":1,"maximum":3650,"description":"Days since the last rollback completed that a drill stays valid. Default 90."},"recovery_objective_minutes":{"type":"integer","minimum":1,"maximum":10080,"description":"Minutes a rollback may take from its start (the deployment's creation; in the state folder, the record's promoted_at) to its success (its first success status; in the state folder, when its record file was written). Default 60."},"store":{"enum":["auto","deployments","local"],"description":"Where the promotion history is read: GitHub deployments (needs a token with deployments: read), the CLI's state folder, or auto: the deployments when the gate has a token, else the state folder. Default auto."},"state":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^\\u0000]+$","description":"The CLI's state folder (`gonogo promote --state`), relative to the repository root. Default .gonogo/state."}}};
const schema54 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/checks/incidents.schema.json","title":"checks.incidents settings","description":"Incidents as a release control: every incident tracking issue opened since the previous release (and any still open) must be closed with its cause and corrective action written in its postmortem checklist. Reads issues and releases through the API (needs a token with issues: read).","type":"object","additionalProperties":false,"properties":{"label":{"type":"string","minLength":1,"maxLength":50,"pattern":"^[^,\\u0000-\\u001f]+$","description":"The label of the incident tracking issues. Default: the first of incidents.labels, else gonogo-incident."},"include_prereleases":{"type":"boolean","description":"Whether a prerelease counts as the previous release. Default false."}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A;
const func0 = ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A;
const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "u");
const pattern13 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$", "u");
const pattern14 = new RegExp("^[^,\\u0000-\\u001f]+$", "u");
const pattern3 = new RegExp("^[^\\u0000]+$", "u");
const pattern21 = new RegExp("^(?!SOURCE_DATE_EPOCH$)[A-Za-z_][A-Za-z0-9_]*$", "u");
const schema14 = {"type":"object","additionalProperties":false,"required":["profile"],"properties":{"event":{"type":"string","minLength":1,"description":"GitHub event name (push, pull_request, workflow_dispatch, …) or 'local' for the CLI."},"branch":{"type":"string","minLength":1,"description":"Branch name or glob; for pull requests, the base branch."},"profile":{"$ref":"#/definitions/name"}}};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.profile === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "profile"},message:"must have required property '"+"profile"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "event") || (key0 === "branch")) || (key0 === "profile"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.event !== undefined){
let data0 = data.event;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.properties.event,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.event.type,parentSchema:schema14.properties.event,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.branch !== undefined){
let data1 = data.branch;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/branch",schemaPath:"#/properties/branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.properties.branch,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/branch",schemaPath:"#/properties/branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.branch.type,parentSchema:schema14.properties.branch,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.profile !== undefined){
let data2 = data.profile;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err6 = {instancePath:instancePath+"/profile",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/profile",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema16 = {"type":"object","additionalProperties":false,"required":["id","severity"],"properties":{"id":{"$ref":"#/definitions/name"},"description":{"type":"string","maxLength":500},"source":{"$ref":"#/definitions/source"},"severity":{"enum":["high","medium"]},"owner":{"type":"string","minLength":1,"maxLength":200},"runbook":{"type":"string","minLength":1,"maxLength":1024},"allow_unverified":{"type":"object","additionalProperties":false,"required":["evidence"],"properties":{"evidence":{"$ref":"#/definitions/path","description":"A file in the repository that documents the manual verification."}}}}};
const schema19 = {"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^\\u0000]+$","description":"A path or glob relative to the repository root."};
const schema18 = {"type":"object","description":"Exactly one of report, junit, sarif or builtin.","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"report":{"$ref":"#/definitions/path","description":"A gonogo.report/v1 JSON report or an older governance-script report (path or glob)."},"junit":{"$ref":"#/definitions/path","description":"JUnit XML files (path or glob)."},"sarif":{"$ref":"#/definitions/path","description":"SARIF 2.1.0 files (path or glob)."},"builtin":{"enum":["policy-bundle","policy-freshness","workflow-lint","replay-determinism","provenance-coverage","ci-trend","rollback-drill","incidents"],"description":"A check gonogo computes itself; its settings live under checks.<name>."}}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Object.keys(data).length < 1){
const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "report") || (key0 === "junit")) || (key0 === "sarif")) || (key0 === "builtin"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.report !== undefined){
let data0 = data.report;
if(typeof data0 === "string"){
if(func3(data0) > 1024){
const err3 = {instancePath:instancePath+"/report",schemaPath:"#/definitions/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func3(data0) < 1){
const err4 = {instancePath:instancePath+"/report",schemaPath:"#/definitions/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern3.test(data0)){
const err5 = {instancePath:instancePath+"/report",schemaPath:"#/definitions/path/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/report",schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.junit !== undefined){
let data1 = data.junit;
if(typeof data1 === "string"){
if(func3(data1) > 1024){
const err7 = {instancePath:instancePath+"/junit",schemaPath:"#/definitions/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema19,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/junit",schemaPath:"#/definitions/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern3.test(data1)){
const err9 = {instancePath:instancePath+"/junit",schemaPath:"#/definitions/path/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema19,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/junit",schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.sarif !== undefined){
let data2 = data.sarif;
if(typeof data2 === "string"){
if(func3(data2) > 1024){
const err11 = {instancePath:instancePath+"/sarif",schemaPath:"#/definitions/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema19,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func3(data2) < 1){
const err12 = {instancePath:instancePath+"/sarif",schemaPath:"#/definitions/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern3.test(data2)){
const err13 = {instancePath:instancePath+"/sarif",schemaPath:"#/definitions/path/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema19,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/sarif",schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.builtin !== undefined){
let data3 = data.builtin;
if(!((((((((data3 === "policy-bundle") || (data3 === "policy-freshness")) || (data3 === "workflow-lint")) || (data3 === "replay-determinism")) || (data3 === "provenance-coverage")) || (data3 === "ci-trend")) || (data3 === "rollback-drill")) || (data3 === "incidents"))){
const err15 = {instancePath:instancePath+"/builtin",schemaPath:"#/properties/builtin/enum",keyword:"enum",params:{allowedValues: schema18.properties.builtin.enum},message:"must be equal to one of the allowed values",schema:schema18.properties.builtin.enum,parentSchema:schema18.properties.builtin,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}


function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.severity === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "description")) || (key0 === "source")) || (key0 === "severity")) || (key0 === "owner")) || (key0 === "runbook")) || (key0 === "allow_unverified"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema16.properties.description,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.description.type,parentSchema:schema16.properties.description,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate14(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.severity !== undefined){
let data3 = data.severity;
if(!((data3 === "high") || (data3 === "medium"))){
const err7 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema16.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema16.properties.severity.enum,parentSchema:schema16.properties.severity,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.owner !== undefined){
let data4 = data.owner;
if(typeof data4 === "string"){
if(func3(data4) > 200){
const err8 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema16.properties.owner,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func3(data4) < 1){
const err9 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.owner,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.owner.type,parentSchema:schema16.properties.owner,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.runbook !== undefined){
let data5 = data.runbook;
if(typeof data5 === "string"){
if(func3(data5) > 1024){
const err11 = {instancePath:instancePath+"/runbook",schemaPath:"#/properties/runbook/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema16.properties.runbook,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func3(data5) < 1){
const err12 = {instancePath:instancePath+"/runbook",schemaPath:"#/properties/runbook/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.runbook,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/runbook",schemaPath:"#/properties/runbook/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.runbook.type,parentSchema:schema16.properties.runbook,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.allow_unverified !== undefined){
let data6 = data.allow_unverified;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.evidence === undefined){
const err14 = {instancePath:instancePath+"/allow_unverified",schemaPath:"#/properties/allow_unverified/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'",schema:schema16.properties.allow_unverified.required,parentSchema:schema16.properties.allow_unverified,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data6){
if(!(key1 === "evidence")){
const err15 = {instancePath:instancePath+"/allow_unverified",schemaPath:"#/properties/allow_unverified/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema16.properties.allow_unverified,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.evidence !== undefined){
let data7 = data6.evidence;
if(typeof data7 === "string"){
if(func3(data7) > 1024){
const err16 = {instancePath:instancePath+"/allow_unverified/evidence",schemaPath:"#/definitions/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema19,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func3(data7) < 1){
const err17 = {instancePath:instancePath+"/allow_unverified/evidence",schemaPath:"#/definitions/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern3.test(data7)){
const err18 = {instancePath:instancePath+"/allow_unverified/evidence",schemaPath:"#/definitions/path/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema19,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/allow_unverified/evidence",schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/allow_unverified",schemaPath:"#/properties/allow_unverified/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.properties.allow_unverified.type,parentSchema:schema16.properties.allow_unverified,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema23 = {"type":"object","additionalProperties":false,"required":["id","title","tier","controls"],"properties":{"id":{"$ref":"#/definitions/name","description":"Unique among the claims, for example T0.1."},"title":{"type":"string","minLength":1,"maxLength":200,"description":"The promise, in words: Governed release corridor with fast rollback."},"tier":{"enum":[0,1,2],"description":"0: must be proven and blocker-free for a release; 1 and 2: graded and listed, never blocking by themselves."},"controls":{"type":"array","minItems":1,"description":"Ids of declared controls whose results prove the claim, each once (a control named twice is refused naming it).","items":{"$ref":"#/definitions/name"}},"require_ownership":{"type":"boolean","description":"Controls without an owner or a runbook make the claim at most partial (observability and runbook claims). Default false."},"class":{"enum":["release-corridor","rollback","provenance","runbook-ownership","determinism","unresolved-tier-0"],"description":"The blocker class named when the claim blocks. Default: derived from its failing controls (see README)."}}};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.tier === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tier"},message:"must have required property '"+"tier"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.controls === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "controls"},message:"must have required property '"+"controls"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "title")) || (key0 === "tier")) || (key0 === "controls")) || (key0 === "require_ownership")) || (key0 === "class"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func3(data1) > 200){
const err7 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema23.properties.title,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.title,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.title.type,parentSchema:schema23.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.tier !== undefined){
let data2 = data.tier;
if(!(((data2 === 0) || (data2 === 1)) || (data2 === 2))){
const err10 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/enum",keyword:"enum",params:{allowedValues: schema23.properties.tier.enum},message:"must be equal to one of the allowed values",schema:schema23.properties.tier.enum,parentSchema:schema23.properties.tier,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.controls !== undefined){
let data3 = data.controls;
if(Array.isArray(data3)){
if(data3.length < 1){
const err11 = {instancePath:instancePath+"/controls",schemaPath:"#/properties/controls/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema23.properties.controls,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err12 = {instancePath:instancePath+"/controls/" + i0,schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",parentSchema:schema12,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/controls/" + i0,schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/controls",schemaPath:"#/properties/controls/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.controls.type,parentSchema:schema23.properties.controls,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.require_ownership !== undefined){
let data5 = data.require_ownership;
if(typeof data5 !== "boolean"){
const err15 = {instancePath:instancePath+"/require_ownership",schemaPath:"#/properties/require_ownership/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.require_ownership.type,parentSchema:schema23.properties.require_ownership,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.class !== undefined){
let data6 = data.class;
if(!((((((data6 === "release-corridor") || (data6 === "rollback")) || (data6 === "provenance")) || (data6 === "runbook-ownership")) || (data6 === "determinism")) || (data6 === "unresolved-tier-0"))){
const err16 = {instancePath:instancePath+"/class",schemaPath:"#/properties/class/enum",keyword:"enum",params:{allowedValues: schema23.properties.class.enum},message:"must be equal to one of the allowed values",schema:schema23.properties.class.enum,parentSchema:schema23.properties.class,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

const schema26 = {"type":"object","additionalProperties":false,"required":["control","owner","reason","expires"],"properties":{"control":{"$ref":"#/definitions/name"},"owner":{"type":"string","minLength":1,"maxLength":200},"reason":{"type":"string","minLength":1,"maxLength":1000},"mitigation":{"type":"string","minLength":1,"maxLength":1000},"link":{"type":"string","minLength":1,"maxLength":1024},"expires":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$","description":"A date (valid through the end of that day, UTC) or an RFC 3339 date-time."}}};
const pattern10 = new RegExp("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$", "u");

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.control === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "control"},message:"must have required property '"+"control"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.owner === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.reason === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.expires === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expires"},message:"must have required property '"+"expires"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "control") || (key0 === "owner")) || (key0 === "reason")) || (key0 === "mitigation")) || (key0 === "link")) || (key0 === "expires"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.control !== undefined){
let data0 = data.control;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err5 = {instancePath:instancePath+"/control",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/control",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.owner !== undefined){
let data1 = data.owner;
if(typeof data1 === "string"){
if(func3(data1) > 200){
const err7 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema26.properties.owner,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.owner,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.owner.type,parentSchema:schema26.properties.owner,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.reason !== undefined){
let data2 = data.reason;
if(typeof data2 === "string"){
if(func3(data2) > 1000){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema26.properties.reason,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func3(data2) < 1){
const err11 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.reason,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.reason.type,parentSchema:schema26.properties.reason,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.mitigation !== undefined){
let data3 = data.mitigation;
if(typeof data3 === "string"){
if(func3(data3) > 1000){
const err13 = {instancePath:instancePath+"/mitigation",schemaPath:"#/properties/mitigation/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema26.properties.mitigation,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func3(data3) < 1){
const err14 = {instancePath:instancePath+"/mitigation",schemaPath:"#/properties/mitigation/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.mitigation,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/mitigation",schemaPath:"#/properties/mitigation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.mitigation.type,parentSchema:schema26.properties.mitigation,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.link !== undefined){
let data4 = data.link;
if(typeof data4 === "string"){
if(func3(data4) > 1024){
const err16 = {instancePath:instancePath+"/link",schemaPath:"#/properties/link/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema26.properties.link,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func3(data4) < 1){
const err17 = {instancePath:instancePath+"/link",schemaPath:"#/properties/link/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.link,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/link",schemaPath:"#/properties/link/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.link.type,parentSchema:schema26.properties.link,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.expires !== undefined){
let data5 = data.expires;
if(typeof data5 === "string"){
if(!pattern10.test(data5)){
const err19 = {instancePath:instancePath+"/expires",schemaPath:"#/properties/expires/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$",parentSchema:schema26.properties.expires,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/expires",schemaPath:"#/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.expires.type,parentSchema:schema26.properties.expires,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}

const schema28 = {"type":"object","additionalProperties":false,"properties":{"required_checks":{"type":"array","description":"Status checks that must be required on the branch.","items":{"$ref":"#/definitions/requiredCheck"}},"strict":{"type":"boolean","description":"Branches must be up to date before merging."},"min_approvals":{"type":"integer","minimum":0,"maximum":10},"dismiss_stale_reviews":{"type":"boolean"},"require_code_owner_review":{"type":"boolean"},"require_last_push_approval":{"type":"boolean"},"require_conversation_resolution":{"type":"boolean"},"require_linear_history":{"type":"boolean"},"block_force_pushes":{"type":"boolean"},"block_deletions":{"type":"boolean"},"require_signed_commits":{"type":"boolean"},"bypass_allowed":{"type":"array","description":"Who may bypass the rules; anyone else able to bypass is a finding.","items":{"$ref":"#/definitions/bypassActor"}}}};
const schema29 = {"oneOf":[{"type":"string","minLength":1,"maxLength":255},{"type":"object","additionalProperties":false,"required":["context"],"properties":{"context":{"type":"string","minLength":1,"maxLength":255},"app_id":{"type":"integer","minimum":1,"description":"The app that must report it (GitHub Actions is 15368)."}}}]};
const schema30 = {"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["OrganizationAdmin","RepositoryRole","Team","Integration","DeployKey","User","RepositoryAdmin"],"description":"RepositoryAdmin: repository administrators when classic protection does not include administrators."},"id":{"type":"integer","minimum":0,"description":"actor_id (team, app, user or role id); omitted: any actor of this type."},"name":{"type":"string","maxLength":200,"description":"For people reading the policy."}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema28.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.required_checks !== undefined){
let data0 = data.required_checks;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs6 = errors;
let valid4 = false;
let passing0 = null;
const _errs7 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 255){
const err1 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema29.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func3(data1) < 1){
const err2 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.oneOf[0].type,parentSchema:schema29.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs9 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.context === undefined){
const err4 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/1/required",keyword:"required",params:{missingProperty: "context"},message:"must have required property '"+"context"+"'",schema:schema29.oneOf[1].required,parentSchema:schema29.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "context") || (key1 === "app_id"))){
const err5 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema29.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.context !== undefined){
let data2 = data1.context;
if(typeof data2 === "string"){
if(func3(data2) > 255){
const err6 = {instancePath:instancePath+"/required_checks/" + i0+"/context",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/context/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema29.oneOf[1].properties.context,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func3(data2) < 1){
const err7 = {instancePath:instancePath+"/required_checks/" + i0+"/context",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/context/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.oneOf[1].properties.context,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/required_checks/" + i0+"/context",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.oneOf[1].properties.context.type,parentSchema:schema29.oneOf[1].properties.context,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.app_id !== undefined){
let data3 = data1.app_id;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/required_checks/" + i0+"/app_id",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/app_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema29.oneOf[1].properties.app_id.type,parentSchema:schema29.oneOf[1].properties.app_id,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/required_checks/" + i0+"/app_id",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/app_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema29.oneOf[1].properties.app_id,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.oneOf[1].type,parentSchema:schema29.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err12 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema29.oneOf,parentSchema:schema29,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err13 = {instancePath:instancePath+"/required_checks",schemaPath:"#/properties/required_checks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.required_checks.type,parentSchema:schema28.properties.required_checks,data:data0};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.strict !== undefined){
let data4 = data.strict;
if(typeof data4 !== "boolean"){
const err14 = {instancePath:instancePath+"/strict",schemaPath:"#/properties/strict/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.strict.type,parentSchema:schema28.properties.strict,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.min_approvals !== undefined){
let data5 = data.min_approvals;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err15 = {instancePath:instancePath+"/min_approvals",schemaPath:"#/properties/min_approvals/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema28.properties.min_approvals.type,parentSchema:schema28.properties.min_approvals,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 10 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/min_approvals",schemaPath:"#/properties/min_approvals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema28.properties.min_approvals,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/min_approvals",schemaPath:"#/properties/min_approvals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema28.properties.min_approvals,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.dismiss_stale_reviews !== undefined){
let data6 = data.dismiss_stale_reviews;
if(typeof data6 !== "boolean"){
const err18 = {instancePath:instancePath+"/dismiss_stale_reviews",schemaPath:"#/properties/dismiss_stale_reviews/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.dismiss_stale_reviews.type,parentSchema:schema28.properties.dismiss_stale_reviews,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.require_code_owner_review !== undefined){
let data7 = data.require_code_owner_review;
if(typeof data7 !== "boolean"){
const err19 = {instancePath:instancePath+"/require_code_owner_review",schemaPath:"#/properties/require_code_owner_review/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.require_code_owner_review.type,parentSchema:schema28.properties.require_code_owner_review,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.require_last_push_approval !== undefined){
let data8 = data.require_last_push_approval;
if(typeof data8 !== "boolean"){
const err20 = {instancePath:instancePath+"/require_last_push_approval",schemaPath:"#/properties/require_last_push_approval/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.require_last_push_approval.type,parentSchema:schema28.properties.require_last_push_approval,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.require_conversation_resolution !== undefined){
let data9 = data.require_conversation_resolution;
if(typeof data9 !== "boolean"){
const err21 = {instancePath:instancePath+"/require_conversation_resolution",schemaPath:"#/properties/require_conversation_resolution/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.require_conversation_resolution.type,parentSchema:schema28.properties.require_conversation_resolution,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.require_linear_history !== undefined){
let data10 = data.require_linear_history;
if(typeof data10 !== "boolean"){
const err22 = {instancePath:instancePath+"/require_linear_history",schemaPath:"#/properties/require_linear_history/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.require_linear_history.type,parentSchema:schema28.properties.require_linear_history,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.block_force_pushes !== undefined){
let data11 = data.block_force_pushes;
if(typeof data11 !== "boolean"){
const err23 = {instancePath:instancePath+"/block_force_pushes",schemaPath:"#/properties/block_force_pushes/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.block_force_pushes.type,parentSchema:schema28.properties.block_force_pushes,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.block_deletions !== undefined){
let data12 = data.block_deletions;
if(typeof data12 !== "boolean"){
const err24 = {instancePath:instancePath+"/block_deletions",schemaPath:"#/properties/block_deletions/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.block_deletions.type,parentSchema:schema28.properties.block_deletions,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.require_signed_commits !== undefined){
let data13 = data.require_signed_commits;
if(typeof data13 !== "boolean"){
const err25 = {instancePath:instancePath+"/require_signed_commits",schemaPath:"#/properties/require_signed_commits/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.require_signed_commits.type,parentSchema:schema28.properties.require_signed_commits,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.bypass_allowed !== undefined){
let data14 = data.bypass_allowed;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.type === undefined){
const err26 = {instancePath:instancePath+"/bypass_allowed/" + i1,schemaPath:"#/definitions/bypassActor/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema30.required,parentSchema:schema30,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key2 in data15){
if(!(((key2 === "type") || (key2 === "id")) || (key2 === "name"))){
const err27 = {instancePath:instancePath+"/bypass_allowed/" + i1,schemaPath:"#/definitions/bypassActor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data:data15};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data15.type !== undefined){
let data16 = data15.type;
if(!(((((((data16 === "OrganizationAdmin") || (data16 === "RepositoryRole")) || (data16 === "Team")) || (data16 === "Integration")) || (data16 === "DeployKey")) || (data16 === "User")) || (data16 === "RepositoryAdmin"))){
const err28 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/type",schemaPath:"#/definitions/bypassActor/properties/type/enum",keyword:"enum",params:{allowedValues: schema30.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.type.enum,parentSchema:schema30.properties.type,data:data16};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data15.id !== undefined){
let data17 = data15.id;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err29 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/id",schemaPath:"#/definitions/bypassActor/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema30.properties.id.type,parentSchema:schema30.properties.id,data:data17};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err30 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/id",schemaPath:"#/definitions/bypassActor/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema30.properties.id,data:data17};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data15.name !== undefined){
let data18 = data15.name;
if(typeof data18 === "string"){
if(func3(data18) > 200){
const err31 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/name",schemaPath:"#/definitions/bypassActor/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema30.properties.name,data:data18};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/name",schemaPath:"#/definitions/bypassActor/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.name.type,parentSchema:schema30.properties.name,data:data18};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/bypass_allowed/" + i1,schemaPath:"#/definitions/bypassActor/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data:data15};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/bypass_allowed",schemaPath:"#/properties/bypass_allowed/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.bypass_allowed.type,parentSchema:schema28.properties.bypass_allowed,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

const schema31 = {"type":"object","additionalProperties":false,"required":["id","repositories","branches"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$","description":"a name of letters, digits, '.', '_' and '-' (at most 64), unique among the overrides; the org report names it for every repository it applies to"},"description":{"type":"string","maxLength":500,"description":"For people reading the policy."},"repositories":{"type":"array","minItems":1,"maxItems":1000,"description":"Repository name globs (the name without the owner, compared without case): the override applies to a repository that matches any of them.","items":{"$ref":"#/definitions/repositoryGlob"}},"branches":{"type":"object","minProperties":1,"description":"Per branch name or glob, as in branches:. For a key already in effect the settings given replace those in effect one by one (null removes a setting, so it is no longer verified); a new key is tried before the keys in effect.","additionalProperties":{"$ref":"#/definitions/branchOverride"}}}};
const schema32 = {"type":"string","pattern":"^[A-Za-z0-9_.*?\\[\\]{},-]{1,100}$","description":"a repository name glob without the owner: letters, digits, '.', '_', '-' and the glob characters * ? [ ] { } , (at most 100)"};
const pattern12 = new RegExp("^[A-Za-z0-9_.*?\\[\\]{},-]{1,100}$", "u");
const schema33 = {"type":"object","additionalProperties":false,"description":"Settings of a branches: entry; null removes the setting in effect.","properties":{"required_checks":{"type":["array","null"],"description":"Status checks that must be required on the branch.","items":{"$ref":"#/definitions/requiredCheck"}},"strict":{"type":["boolean","null"],"description":"Branches must be up to date before merging."},"min_approvals":{"type":["integer","null"],"minimum":0,"maximum":10},"dismiss_stale_reviews":{"type":["boolean","null"]},"require_code_owner_review":{"type":["boolean","null"]},"require_last_push_approval":{"type":["boolean","null"]},"require_conversation_resolution":{"type":["boolean","null"]},"require_linear_history":{"type":["boolean","null"]},"block_force_pushes":{"type":["boolean","null"]},"block_deletions":{"type":["boolean","null"]},"require_signed_commits":{"type":["boolean","null"]},"bypass_allowed":{"type":["array","null"],"description":"Who may bypass the rules; anyone else able to bypass is a finding.","items":{"$ref":"#/definitions/bypassActor"}}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema33.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.required_checks !== undefined){
let data0 = data.required_checks;
if((!(Array.isArray(data0))) && (data0 !== null)){
const err1 = {instancePath:instancePath+"/required_checks",schemaPath:"#/properties/required_checks/type",keyword:"type",params:{type: schema33.properties.required_checks.type},message:"must be array,null",schema:schema33.properties.required_checks.type,parentSchema:schema33.properties.required_checks,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs6 = errors;
let valid4 = false;
let passing0 = null;
const _errs7 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 255){
const err2 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema29.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data1) < 1){
const err3 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.oneOf[0].type,parentSchema:schema29.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs9 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.context === undefined){
const err5 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/1/required",keyword:"required",params:{missingProperty: "context"},message:"must have required property '"+"context"+"'",schema:schema29.oneOf[1].required,parentSchema:schema29.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "context") || (key1 === "app_id"))){
const err6 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema29.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.context !== undefined){
let data2 = data1.context;
if(typeof data2 === "string"){
if(func3(data2) > 255){
const err7 = {instancePath:instancePath+"/required_checks/" + i0+"/context",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/context/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema29.oneOf[1].properties.context,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func3(data2) < 1){
const err8 = {instancePath:instancePath+"/required_checks/" + i0+"/context",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/context/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.oneOf[1].properties.context,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/required_checks/" + i0+"/context",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.oneOf[1].properties.context.type,parentSchema:schema29.oneOf[1].properties.context,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.app_id !== undefined){
let data3 = data1.app_id;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/required_checks/" + i0+"/app_id",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/app_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema29.oneOf[1].properties.app_id.type,parentSchema:schema29.oneOf[1].properties.app_id,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/required_checks/" + i0+"/app_id",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/app_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema29.oneOf[1].properties.app_id,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.oneOf[1].type,parentSchema:schema29.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err13 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema29.oneOf,parentSchema:schema29,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
}
}
if(data.strict !== undefined){
let data4 = data.strict;
if((typeof data4 !== "boolean") && (data4 !== null)){
const err14 = {instancePath:instancePath+"/strict",schemaPath:"#/properties/strict/type",keyword:"type",params:{type: schema33.properties.strict.type},message:"must be boolean,null",schema:schema33.properties.strict.type,parentSchema:schema33.properties.strict,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.min_approvals !== undefined){
let data5 = data.min_approvals;
if((!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) && (data5 !== null)){
const err15 = {instancePath:instancePath+"/min_approvals",schemaPath:"#/properties/min_approvals/type",keyword:"type",params:{type: schema33.properties.min_approvals.type},message:"must be integer,null",schema:schema33.properties.min_approvals.type,parentSchema:schema33.properties.min_approvals,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 10 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/min_approvals",schemaPath:"#/properties/min_approvals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema33.properties.min_approvals,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/min_approvals",schemaPath:"#/properties/min_approvals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema33.properties.min_approvals,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.dismiss_stale_reviews !== undefined){
let data6 = data.dismiss_stale_reviews;
if((typeof data6 !== "boolean") && (data6 !== null)){
const err18 = {instancePath:instancePath+"/dismiss_stale_reviews",schemaPath:"#/properties/dismiss_stale_reviews/type",keyword:"type",params:{type: schema33.properties.dismiss_stale_reviews.type},message:"must be boolean,null",schema:schema33.properties.dismiss_stale_reviews.type,parentSchema:schema33.properties.dismiss_stale_reviews,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.require_code_owner_review !== undefined){
let data7 = data.require_code_owner_review;
if((typeof data7 !== "boolean") && (data7 !== null)){
const err19 = {instancePath:instancePath+"/require_code_owner_review",schemaPath:"#/properties/require_code_owner_review/type",keyword:"type",params:{type: schema33.properties.require_code_owner_review.type},message:"must be boolean,null",schema:schema33.properties.require_code_owner_review.type,parentSchema:schema33.properties.require_code_owner_review,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.require_last_push_approval !== undefined){
let data8 = data.require_last_push_approval;
if((typeof data8 !== "boolean") && (data8 !== null)){
const err20 = {instancePath:instancePath+"/require_last_push_approval",schemaPath:"#/properties/require_last_push_approval/type",keyword:"type",params:{type: schema33.properties.require_last_push_approval.type},message:"must be boolean,null",schema:schema33.properties.require_last_push_approval.type,parentSchema:schema33.properties.require_last_push_approval,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.require_conversation_resolution !== undefined){
let data9 = data.require_conversation_resolution;
if((typeof data9 !== "boolean") && (data9 !== null)){
const err21 = {instancePath:instancePath+"/require_conversation_resolution",schemaPath:"#/properties/require_conversation_resolution/type",keyword:"type",params:{type: schema33.properties.require_conversation_resolution.type},message:"must be boolean,null",schema:schema33.properties.require_conversation_resolution.type,parentSchema:schema33.properties.require_conversation_resolution,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.require_linear_history !== undefined){
let data10 = data.require_linear_history;
if((typeof data10 !== "boolean") && (data10 !== null)){
const err22 = {instancePath:instancePath+"/require_linear_history",schemaPath:"#/properties/require_linear_history/type",keyword:"type",params:{type: schema33.properties.require_linear_history.type},message:"must be boolean,null",schema:schema33.properties.require_linear_history.type,parentSchema:schema33.properties.require_linear_history,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.block_force_pushes !== undefined){
let data11 = data.block_force_pushes;
if((typeof data11 !== "boolean") && (data11 !== null)){
const err23 = {instancePath:instancePath+"/block_force_pushes",schemaPath:"#/properties/block_force_pushes/type",keyword:"type",params:{type: schema33.properties.block_force_pushes.type},message:"must be boolean,null",schema:schema33.properties.block_force_pushes.type,parentSchema:schema33.properties.block_force_pushes,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.block_deletions !== undefined){
let data12 = data.block_deletions;
if((typeof data12 !== "boolean") && (data12 !== null)){
const err24 = {instancePath:instancePath+"/block_deletions",schemaPath:"#/properties/block_deletions/type",keyword:"type",params:{type: schema33.properties.block_deletions.type},message:"must be boolean,null",schema:schema33.properties.block_deletions.type,parentSchema:schema33.properties.block_deletions,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.require_signed_commits !== undefined){
let data13 = data.require_signed_commits;
if((typeof data13 !== "boolean") && (data13 !== null)){
const err25 = {instancePath:instancePath+"/require_signed_commits",schemaPath:"#/properties/require_signed_commits/type",keyword:"type",params:{type: schema33.properties.require_signed_commits.type},message:"must be boolean,null",schema:schema33.properties.require_signed_commits.type,parentSchema:schema33.properties.require_signed_commits,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.bypass_allowed !== undefined){
let data14 = data.bypass_allowed;
if((!(Array.isArray(data14))) && (data14 !== null)){
const err26 = {instancePath:instancePath+"/bypass_allowed",schemaPath:"#/properties/bypass_allowed/type",keyword:"type",params:{type: schema33.properties.bypass_allowed.type},message:"must be array,null",schema:schema33.properties.bypass_allowed.type,parentSchema:schema33.properties.bypass_allowed,data:data14};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.type === undefined){
const err27 = {instancePath:instancePath+"/bypass_allowed/" + i1,schemaPath:"#/definitions/bypassActor/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema30.required,parentSchema:schema30,data:data15};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key2 in data15){
if(!(((key2 === "type") || (key2 === "id")) || (key2 === "name"))){
const err28 = {instancePath:instancePath+"/bypass_allowed/" + i1,schemaPath:"#/definitions/bypassActor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data15.type !== undefined){
let data16 = data15.type;
if(!(((((((data16 === "OrganizationAdmin") || (data16 === "RepositoryRole")) || (data16 === "Team")) || (data16 === "Integration")) || (data16 === "DeployKey")) || (data16 === "User")) || (data16 === "RepositoryAdmin"))){
const err29 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/type",schemaPath:"#/definitions/bypassActor/properties/type/enum",keyword:"enum",params:{allowedValues: schema30.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.type.enum,parentSchema:schema30.properties.type,data:data16};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data15.id !== undefined){
let data17 = data15.id;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err30 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/id",schemaPath:"#/definitions/bypassActor/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema30.properties.id.type,parentSchema:schema30.properties.id,data:data17};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err31 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/id",schemaPath:"#/definitions/bypassActor/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema30.properties.id,data:data17};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data15.name !== undefined){
let data18 = data15.name;
if(typeof data18 === "string"){
if(func3(data18) > 200){
const err32 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/name",schemaPath:"#/definitions/bypassActor/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema30.properties.name,data:data18};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/name",schemaPath:"#/definitions/bypassActor/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.name.type,parentSchema:schema30.properties.name,data:data18};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/bypass_allowed/" + i1,schemaPath:"#/definitions/bypassActor/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data:data15};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.repositories === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repositories"},message:"must have required property '"+"repositories"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.branches === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "branches"},message:"must have required property '"+"branches"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "description")) || (key0 === "repositories")) || (key0 === "branches"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",parentSchema:schema31.properties.id,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.id.type,parentSchema:schema31.properties.id,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema31.properties.description,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.description.type,parentSchema:schema31.properties.description,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.repositories !== undefined){
let data2 = data.repositories;
if(Array.isArray(data2)){
if(data2.length > 1000){
const err8 = {instancePath:instancePath+"/repositories",schemaPath:"#/properties/repositories/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema31.properties.repositories,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.length < 1){
const err9 = {instancePath:instancePath+"/repositories",schemaPath:"#/properties/repositories/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.repositories,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(!pattern12.test(data3)){
const err10 = {instancePath:instancePath+"/repositories/" + i0,schemaPath:"#/definitions/repositoryGlob/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.*?\\[\\]{},-]{1,100}$"},message:"must match pattern \""+"^[A-Za-z0-9_.*?\\[\\]{},-]{1,100}$"+"\"",schema:"^[A-Za-z0-9_.*?\\[\\]{},-]{1,100}$",parentSchema:schema32,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/repositories/" + i0,schemaPath:"#/definitions/repositoryGlob/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/repositories",schemaPath:"#/properties/repositories/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.repositories.type,parentSchema:schema31.properties.repositories,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.branches !== undefined){
let data4 = data.branches;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(Object.keys(data4).length < 1){
const err13 = {instancePath:instancePath+"/branches",schemaPath:"#/properties/branches/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.branches,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data4){
if(!(validate24(data4[key1], {instancePath:instancePath+"/branches/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/branches",schemaPath:"#/properties/branches/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.branches.type,parentSchema:schema31.properties.branches,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}

const schema37 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/checks/policy-bundle.schema.json","title":"checks.policy-bundle settings","description":"OPA policy bundles to verify: manifest, roots, packages, tests, annotations, data files, revision bump against the base ref, and `opa test --coverage` when opa is on PATH.","type":"object","additionalProperties":false,"properties":{"bundles":{"type":"array","description":"The bundle root folders to verify (workspace-relative). With none declared the report is unverified.","minItems":1,"items":{"$ref":"#/definitions/bundle"}},"base_ref":{"type":"string","minLength":1,"description":"Git ref the revision bump is judged against when the gate passes none (the gate's base ref, a pull request's base branch, wins). Tried as given, then as origin/<ref>. Default: origin/main, else main."},"opa_timeout_seconds":{"type":"integer","minimum":1,"maximum":3600,"description":"Time limit for one `opa test --coverage` run. Default 300."},"max_files":{"type":"integer","minimum":1,"maximum":1000000,"description":"Most .rego and data files read per bundle; a bigger bundle fails. Default 20000."},"max_file_bytes":{"type":"integer","minimum":1,"maximum":104857600,"description":"Largest .rego, data or .manifest file read; a bigger one is a finding. Default 1048576 (1 MiB)."}},"definitions":{"changeKind":{"type":"string","enum":["package-removed","rule-removed","package-added","rule-added","policy-changed","data-changed","tests-changed"],"description":"A kind of change to the bundle since the base ref: a (non-test) package or rule that disappeared or appeared, any other .rego change (policy-changed), a data file change, a change to test modules only."},"bundle":{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"The bundle root folder (holds .manifest), relative to the repository root."},"require_annotations":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"},"description":"Dotted keys every (non-test) package's METADATA must set, for example custom.owner. Package-scoped blocks (before `package`, or `scope: package`) and `scope: subpackages` blocks of enclosing packages count. Default: none."},"require_tests":{"type":"boolean","description":"Every package needs a test module (`*_test.rego`, a `<package>_test` package, or `test_` rules in the package). Default true."},"test_coverage":{"type":"number","minimum":0,"maximum":100,"description":"Minimum line coverage (percent) from `opa test --coverage`. Default: none (the tests must pass, any coverage)."},"bump":{"type":"object","additionalProperties":false,"description":"For a semver revision: which kinds of change need a major or minor bump; every other change needs at least a patch bump. Default: none (any revision change will do).","properties":{"major":{"type":"array","items":{"$ref":"#/definitions/changeKind"},"description":"Change kinds that need a major bump, for example [package-removed, rule-removed]."},"minor":{"type":"array","items":{"$ref":"#/definitions/changeKind"},"description":"Change kinds that need at least a minor bump, for example [package-added, rule-added]."}}}}}}};
const schema38 = {"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"The bundle root folder (holds .manifest), relative to the repository root."},"require_annotations":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"},"description":"Dotted keys every (non-test) package's METADATA must set, for example custom.owner. Package-scoped blocks (before `package`, or `scope: package`) and `scope: subpackages` blocks of enclosing packages count. Default: none."},"require_tests":{"type":"boolean","description":"Every package needs a test module (`*_test.rego`, a `<package>_test` package, or `test_` rules in the package). Default true."},"test_coverage":{"type":"number","minimum":0,"maximum":100,"description":"Minimum line coverage (percent) from `opa test --coverage`. Default: none (the tests must pass, any coverage)."},"bump":{"type":"object","additionalProperties":false,"description":"For a semver revision: which kinds of change need a major or minor bump; every other change needs at least a patch bump. Default: none (any revision change will do).","properties":{"major":{"type":"array","items":{"$ref":"#/definitions/changeKind"},"description":"Change kinds that need a major bump, for example [package-removed, rule-removed]."},"minor":{"type":"array","items":{"$ref":"#/definitions/changeKind"},"description":"Change kinds that need at least a minor bump, for example [package-added, rule-added]."}}}}};
const schema39 = {"type":"string","enum":["package-removed","rule-removed","package-added","rule-added","policy-changed","data-changed","tests-changed"],"description":"A kind of change to the bundle since the base ref: a (non-test) package or rule that disappeared or appeared, any other .rego change (policy-changed), a data file change, a change to test modules only."};
const pattern16 = new RegExp("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$", "u");

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "path") || (key0 === "require_annotations")) || (key0 === "require_tests")) || (key0 === "test_coverage")) || (key0 === "bump"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.path !== undefined){
let data0 = data.path;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.path,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.path.type,parentSchema:schema38.properties.path,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.require_annotations !== undefined){
let data1 = data.require_annotations;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(!pattern16.test(data2)){
const err4 = {instancePath:instancePath+"/require_annotations/" + i0,schemaPath:"#/properties/require_annotations/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"+"\"",schema:"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$",parentSchema:schema38.properties.require_annotations.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/require_annotations/" + i0,schemaPath:"#/properties/require_annotations/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.require_annotations.items.type,parentSchema:schema38.properties.require_annotations.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/require_annotations",schemaPath:"#/properties/require_annotations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.require_annotations.type,parentSchema:schema38.properties.require_annotations,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.require_tests !== undefined){
let data3 = data.require_tests;
if(typeof data3 !== "boolean"){
const err7 = {instancePath:instancePath+"/require_tests",schemaPath:"#/properties/require_tests/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.require_tests.type,parentSchema:schema38.properties.require_tests,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.test_coverage !== undefined){
let data4 = data.test_coverage;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 100 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/test_coverage",schemaPath:"#/properties/test_coverage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema38.properties.test_coverage,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/test_coverage",schemaPath:"#/properties/test_coverage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.test_coverage,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/test_coverage",schemaPath:"#/properties/test_coverage/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.properties.test_coverage.type,parentSchema:schema38.properties.test_coverage,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.bump !== undefined){
let data5 = data.bump;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
if(!((key1 === "major") || (key1 === "minor"))){
const err11 = {instancePath:instancePath+"/bump",schemaPath:"#/properties/bump/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.bump,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data5.major !== undefined){
let data6 = data5.major;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(typeof data7 !== "string"){
const err12 = {instancePath:instancePath+"/bump/major/" + i1,schemaPath:"#/definitions/changeKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((((((data7 === "package-removed") || (data7 === "rule-removed")) || (data7 === "package-added")) || (data7 === "rule-added")) || (data7 === "policy-changed")) || (data7 === "data-changed")) || (data7 === "tests-changed"))){
const err13 = {instancePath:instancePath+"/bump/major/" + i1,schemaPath:"#/definitions/changeKind/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values",schema:schema39.enum,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/bump/major",schemaPath:"#/properties/bump/properties/major/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.bump.properties.major.type,parentSchema:schema38.properties.bump.properties.major,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.minor !== undefined){
let data8 = data5.minor;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(typeof data9 !== "string"){
const err15 = {instancePath:instancePath+"/bump/minor/" + i2,schemaPath:"#/definitions/changeKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(((((((data9 === "package-removed") || (data9 === "rule-removed")) || (data9 === "package-added")) || (data9 === "rule-added")) || (data9 === "policy-changed")) || (data9 === "data-changed")) || (data9 === "tests-changed"))){
const err16 = {instancePath:instancePath+"/bump/minor/" + i2,schemaPath:"#/definitions/changeKind/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values",schema:schema39.enum,parentSchema:schema39,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/bump/minor",schemaPath:"#/properties/bump/properties/minor/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.bump.properties.minor.type,parentSchema:schema38.properties.bump.properties.minor,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/bump",schemaPath:"#/properties/bump/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.bump.type,parentSchema:schema38.properties.bump,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gonogo.dev/schemas/checks/policy-bundle.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "bundles") || (key0 === "base_ref")) || (key0 === "opa_timeout_seconds")) || (key0 === "max_files")) || (key0 === "max_file_bytes"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.bundles !== undefined){
let data0 = data.bundles;
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/bundles",schemaPath:"#/properties/bundles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema37.properties.bundles,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate28(data0[i0], {instancePath:instancePath+"/bundles/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/bundles",schemaPath:"#/properties/bundles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.bundles.type,parentSchema:schema37.properties.bundles,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.base_ref !== undefined){
let data2 = data.base_ref;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err3 = {instancePath:instancePath+"/base_ref",schemaPath:"#/properties/base_ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.base_ref,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/base_ref",schemaPath:"#/properties/base_ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.base_ref.type,parentSchema:schema37.properties.base_ref,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.opa_timeout_seconds !== undefined){
let data3 = data.opa_timeout_seconds;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err5 = {instancePath:instancePath+"/opa_timeout_seconds",schemaPath:"#/properties/opa_timeout_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.opa_timeout_seconds.type,parentSchema:schema37.properties.opa_timeout_seconds,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 3600 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/opa_timeout_seconds",schemaPath:"#/properties/opa_timeout_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema37.properties.opa_timeout_seconds,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/opa_timeout_seconds",schemaPath:"#/properties/opa_timeout_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37.properties.opa_timeout_seconds,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.max_files !== undefined){
let data4 = data.max_files;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/max_files",schemaPath:"#/properties/max_files/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.max_files.type,parentSchema:schema37.properties.max_files,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/max_files",schemaPath:"#/properties/max_files/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema37.properties.max_files,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/max_files",schemaPath:"#/properties/max_files/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37.properties.max_files,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.max_file_bytes !== undefined){
let data5 = data.max_file_bytes;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err11 = {instancePath:instancePath+"/max_file_bytes",schemaPath:"#/properties/max_file_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.max_file_bytes.type,parentSchema:schema37.properties.max_file_bytes,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 104857600 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/max_file_bytes",schemaPath:"#/properties/max_file_bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 104857600},message:"must be <= 104857600",schema:104857600,parentSchema:schema37.properties.max_file_bytes,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/max_file_bytes",schemaPath:"#/properties/max_file_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37.properties.max_file_bytes,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}

const schema42 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/checks/workflow-lint.schema.json","title":"checks.workflow-lint settings","description":"Lints .github/workflows/*.yml|yaml: embedded script syntax (bash -n, python3, node --check), actions not pinned as the pinning policy asks (by default to a commit SHA), missing top-level permissions, untrusted contexts expanded into run: scripts, and pull_request_target/workflow_run workflows that check out pull-request code.","type":"object","additionalProperties":false,"properties":{"severity":{"type":"object","description":"Severity per finding kind. 'error' (the default for every kind) fails the check; 'warning' lists the finding (and writes it to SARIF as a warning) but the check still passes; 'off' turns the rule off. Unreadable or invalid workflow files always fail.","additionalProperties":false,"properties":{"script-syntax":{"$ref":"#/definitions/severity","description":"Embedded scripts that do not parse (default error). A missing interpreter makes the check unverified unless this is off."},"unpinned-action":{"$ref":"#/definitions/severity","description":"uses: of another repository's action or reusable workflow not pinned as pinning asks (by default a full 40-hex commit SHA), or a docker:// image without an @sha256: digest (default error)."},"missing-permissions":{"$ref":"#/definitions/severity","description":"A workflow without top-level permissions: in which some job declares none either (default error)."},"script-injection":{"$ref":"#/definitions/severity","description":"${{ github.event.* }} (other than numbers, ids, SHAs, booleans and timestamps) or ${{ github.head_ref }} inside a run: script or an actions/github-script script (default error)."},"untrusted-checkout":{"$ref":"#/definitions/severity","description":"A pull_request_target or workflow_run workflow whose actions/checkout ref or repository names the pull request's head (default error)."}}},"pinning":{"type":"object","description":"How uses: of other repositories' actions and reusable workflows must be pinned, by owner/name pattern: { \"actions/*\": ref, \"my-org/*\": ref, \"*\": sha }. The patterns are tried in the order written and the first that matches decides; a uses: no pattern matches needs a full commit SHA (the default, as OpenSSF Scorecard's Pinned-Dependencies and zizmor's unpinned-uses ask). sha: a full 40-hex commit SHA; ref: any tag, branch or SHA; any: nothing. Local ./ actions need nothing and docker:// images an @sha256: digest, whatever the patterns say.","propertyNames":{"pattern":"^(\\*|[A-Za-z0-9*?-]+/[A-Za-z0-9._*?-]+)$","description":"a pinning pattern: * (every repository) or owner/name, where * and ? match within one part (actions/*, my-org/setup-*, actions/checkout)"},"additionalProperties":{"type":"string","enum":["sha","ref","any"],"description":"sha: a full 40-hex commit SHA; ref: any tag, branch or SHA; any: nothing."},"maxProperties":200},"allow_unpinned":{"type":"array","description":"owner/repo globs exempt from the pinning rule, for example \"my-org/*\": the same as pinning entries with the policy any, tried before them. Prefer pinning (which can also allow refs only). Default: none; gonogo recommends pinning every action, GitHub's own included.","items":{"type":"string","minLength":1,"pattern":"^(\\*|[A-Za-z0-9*?-]+/[A-Za-z0-9._*?-]+)$","description":"a pattern like the pinning ones: * or owner/name (no @ref)"},"uniqueItems":true},"sarif":{"type":"string","description":"Also write the findings as a SARIF 2.1.0 log to this workspace-relative path (for github/codeql-action/upload-sarif). Default: not written. A path outside the workspace fails the check.","minLength":1},"timeout_seconds":{"type":"number","description":"Time limit for each interpreter run (the one python3 run checks every Python snippet). Default 30.","exclusiveMinimum":0,"maximum":600},"interpreters":{"type":"object","description":"Commands (names on PATH or absolute paths) used to syntax-check scripts. Defaults: python3, bash, sh, node.","additionalProperties":false,"properties":{"python":{"type":"string","minLength":1,"description":"Python 3 interpreter. Default python3."},"bash":{"type":"string","minLength":1,"description":"bash, for bash -n. Default bash."},"sh":{"type":"string","minLength":1,"description":"POSIX sh, for sh -n on shell: sh steps. Default sh."},"node":{"type":"string","minLength":1,"description":"Node.js, for node --check. Default node."}}}},"definitions":{"severity":{"type":"string","enum":["error","warning","off"]}}};
const schema43 = {"type":"string","enum":["error","warning","off"]};
const pattern17 = new RegExp("^(\\*|[A-Za-z0-9*?-]+/[A-Za-z0-9._*?-]+)$", "u");

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gonogo.dev/schemas/checks/workflow-lint.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "severity") || (key0 === "pinning")) || (key0 === "allow_unpinned")) || (key0 === "sarif")) || (key0 === "timeout_seconds")) || (key0 === "interpreters"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.severity !== undefined){
let data0 = data.severity;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
if(!(((((key1 === "script-syntax") || (key1 === "unpinned-action")) || (key1 === "missing-permissions")) || (key1 === "script-injection")) || (key1 === "untrusted-checkout"))){
const err1 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema42.properties.severity,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0["script-syntax"] !== undefined){
let data1 = data0["script-syntax"];
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/severity/script-syntax",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((data1 === "error") || (data1 === "warning")) || (data1 === "off"))){
const err3 = {instancePath:instancePath+"/severity/script-syntax",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0["unpinned-action"] !== undefined){
let data2 = data0["unpinned-action"];
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/severity/unpinned-action",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(((data2 === "error") || (data2 === "warning")) || (data2 === "off"))){
const err5 = {instancePath:instancePath+"/severity/unpinned-action",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0["missing-permissions"] !== undefined){
let data3 = data0["missing-permissions"];
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/severity/missing-permissions",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((data3 === "error") || (data3 === "warning")) || (data3 === "off"))){
const err7 = {instancePath:instancePath+"/severity/missing-permissions",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0["script-injection"] !== undefined){
let data4 = data0["script-injection"];
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/severity/script-injection",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(((data4 === "error") || (data4 === "warning")) || (data4 === "off"))){
const err9 = {instancePath:instancePath+"/severity/script-injection",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0["untrusted-checkout"] !== undefined){
let data5 = data0["untrusted-checkout"];
if(typeof data5 !== "string"){
const err10 = {instancePath:instancePath+"/severity/untrusted-checkout",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((data5 === "error") || (data5 === "warning")) || (data5 === "off"))){
const err11 = {instancePath:instancePath+"/severity/untrusted-checkout",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.severity.type,parentSchema:schema42.properties.severity,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.pinning !== undefined){
let data6 = data.pinning;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(Object.keys(data6).length > 200){
const err13 = {instancePath:instancePath+"/pinning",schemaPath:"#/properties/pinning/maxProperties",keyword:"maxProperties",params:{limit: 200},message:"must NOT have more than 200 properties",schema:200,parentSchema:schema42.properties.pinning,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key2 in data6){
const _errs22 = errors;
if(typeof key2 === "string"){
if(!pattern17.test(key2)){
const err14 = {instancePath:instancePath+"/pinning",schemaPath:"#/properties/pinning/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(\\*|[A-Za-z0-9*?-]+/[A-Za-z0-9._*?-]+)$"},message:"must match pattern \""+"^(\\*|[A-Za-z0-9*?-]+/[A-Za-z0-9._*?-]+)$"+"\"",schema:"^(\\*|[A-Za-z0-9*?-]+/[A-Za-z0-9._*?-]+)$",parentSchema:schema42.properties.pinning.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var valid7 = _errs22 === errors;
if(!valid7){
const err15 = {instancePath:instancePath+"/pinning",schemaPath:"#/properties/pinning/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema42.properties.pinning.propertyNames,parentSchema:schema42.properties.pinning,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key3 in data6){
let data7 = data6[key3];
if(typeof data7 !== "string"){
const err16 = {instancePath:instancePath+"/pinning/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/pinning/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.pinning.additionalProperties.type,parentSchema:schema42.properties.pinning.additionalProperties,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!(((data7 === "sha") || (data7 === "ref")) || (data7 === "any"))){
const err17 = {instancePath:instancePath+"/pinning/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/pinning/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema42.properties.pinning.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema42.properties.pinning.additionalProperties.enum,parentSchema:schema42.properties.pinning.additionalProperties,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/pinning",schemaPath:"#/properties/pinning/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.pinning.type,parentSchema:schema42.properties.pinning,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.allow_unpinned !== undefined){
let data8 = data.allow_unpinned;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err19 = {instancePath:instancePath+"/allow_unpinned/" + i0,schemaPath:"#/properties/allow_unpinned/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.allow_unpinned.items,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern17.test(data9)){
const err20 = {instancePath:instancePath+"/allow_unpinned/" + i0,schemaPath:"#/properties/allow_unpinned/items/pattern",keyword:"pattern",params:{pattern: "^(\\*|[A-Za-z0-9*?-]+/[A-Za-z0-9._*?-]+)$"},message:"must match pattern \""+"^(\\*|[A-Za-z0-9*?-]+/[A-Za-z0-9._*?-]+)$"+"\"",schema:"^(\\*|[A-Za-z0-9*?-]+/[A-Za-z0-9._*?-]+)$",parentSchema:schema42.properties.allow_unpinned.items,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/allow_unpinned/" + i0,schemaPath:"#/properties/allow_unpinned/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.allow_unpinned.items.type,parentSchema:schema42.properties.allow_unpinned.items,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let i1 = data8.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data8[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err22 = {instancePath:instancePath+"/allow_unpinned",schemaPath:"#/properties/allow_unpinned/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema42.properties.allow_unpinned,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err23 = {instancePath:instancePath+"/allow_unpinned",schemaPath:"#/properties/allow_unpinned/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.allow_unpinned.type,parentSchema:schema42.properties.allow_unpinned,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.sarif !== undefined){
let data10 = data.sarif;
if(typeof data10 === "string"){
if(func3(data10) < 1){
const err24 = {instancePath:instancePath+"/sarif",schemaPath:"#/properties/sarif/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.sarif,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/sarif",schemaPath:"#/properties/sarif/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.sarif.type,parentSchema:schema42.properties.sarif,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.timeout_seconds !== undefined){
let data11 = data.timeout_seconds;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 600 || isNaN(data11)){
const err26 = {instancePath:instancePath+"/timeout_seconds",schemaPath:"#/properties/timeout_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600},message:"must be <= 600",schema:600,parentSchema:schema42.properties.timeout_seconds,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data11 <= 0 || isNaN(data11)){
const err27 = {instancePath:instancePath+"/timeout_seconds",schemaPath:"#/properties/timeout_seconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema42.properties.timeout_seconds,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/timeout_seconds",schemaPath:"#/properties/timeout_seconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.properties.timeout_seconds.type,parentSchema:schema42.properties.timeout_seconds,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.interpreters !== undefined){
let data12 = data.interpreters;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key4 in data12){
if(!((((key4 === "python") || (key4 === "bash")) || (key4 === "sh")) || (key4 === "node"))){
const err29 = {instancePath:instancePath+"/interpreters",schemaPath:"#/properties/interpreters/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema42.properties.interpreters,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data12.python !== undefined){
let data13 = data12.python;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err30 = {instancePath:instancePath+"/interpreters/python",schemaPath:"#/properties/interpreters/properties/python/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.interpreters.properties.python,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/interpreters/python",schemaPath:"#/properties/interpreters/properties/python/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.interpreters.properties.python.type,parentSchema:schema42.properties.interpreters.properties.python,data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data12.bash !== undefined){
let data14 = data12.bash;
if(typeof data14 === "string"){
if(func3(data14) < 1){
const err32 = {instancePath:instancePath+"/interpreters/bash",schemaPath:"#/properties/interpreters/properties/bash/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.interpreters.properties.bash,data:data14};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/interpreters/bash",schemaPath:"#/properties/interpreters/properties/bash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.interpreters.properties.bash.type,parentSchema:schema42.properties.interpreters.properties.bash,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data12.sh !== undefined){
let data15 = data12.sh;
if(typeof data15 === "string"){
if(func3(data15) < 1){
const err34 = {instancePath:instancePath+"/interpreters/sh",schemaPath:"#/properties/interpreters/properties/sh/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.interpreters.properties.sh,data:data15};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/interpreters/sh",schemaPath:"#/properties/interpreters/properties/sh/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.interpreters.properties.sh.type,parentSchema:schema42.properties.interpreters.properties.sh,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data12.node !== undefined){
let data16 = data12.node;
if(typeof data16 === "string"){
if(func3(data16) < 1){
const err36 = {instancePath:instancePath+"/interpreters/node",schemaPath:"#/properties/interpreters/properties/node/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.interpreters.properties.node,data:data16};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/interpreters/node",schemaPath:"#/properties/interpreters/properties/node/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.interpreters.properties.node.type,parentSchema:schema42.properties.interpreters.properties.node,data:data16};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/interpreters",schemaPath:"#/properties/interpreters/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.interpreters.type,parentSchema:schema42.properties.interpreters,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}

const schema50 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/checks/ci-trend.schema.json","title":"checks.ci-trend settings","description":"CI stability of the jobs that guard releases, from Actions history, against SLOs.","type":"object","additionalProperties":false,"required":["jobs"],"properties":{"branch":{"type":"string","minLength":1,"description":"Branch whose runs count. Default: the default branch."},"event":{"type":"string","minLength":1,"description":"Only runs of this event (push, schedule, …). Default: any."},"window":{"type":"integer","minimum":1,"maximum":1000,"description":"The last N completed runs per workflow. Default 20."},"max_requests":{"type":"integer","minimum":1,"maximum":100000,"description":"Stop (unverified) after this many API requests. Default 1000."},"jobs":{"type":"array","minItems":1,"description":"Critical jobs: workflow file name and job name (as checks show it) or a glob such as 'test (*)'.","items":{"type":"object","additionalProperties":false,"required":["workflow","job"],"properties":{"workflow":{"type":"string","pattern":"^[^/]+\\.ya?ml$","description":"File name under .github/workflows, e.g. ci.yml."},"job":{"type":"string","minLength":1},"slo":{"$ref":"#/definitions/slo"}}}},"slo":{"$ref":"#/definitions/slo"}},"definitions":{"slo":{"type":"object","additionalProperties":false,"properties":{"min_pass_rate":{"type":"number","minimum":0,"maximum":100,"description":"Percent of completed runs that passed. Default 90."},"min_samples":{"type":"integer","minimum":0,"description":"Fewer completed runs than this is unverified, not a pass. Default 10."},"max_flaky_rate":{"type":"number","minimum":0,"maximum":100,"description":"Percent of runs that failed then passed on re-run. Default 10."},"error_budget":{"type":"integer","minimum":0,"description":"Failures allowed in the window. Default 2."}}}}};
const schema51 = {"type":"object","additionalProperties":false,"properties":{"min_pass_rate":{"type":"number","minimum":0,"maximum":100,"description":"Percent of completed runs that passed. Default 90."},"min_samples":{"type":"integer","minimum":0,"description":"Fewer completed runs than this is unverified, not a pass. Default 10."},"max_flaky_rate":{"type":"number","minimum":0,"maximum":100,"description":"Percent of runs that failed then passed on re-run. Default 10."},"error_budget":{"type":"integer","minimum":0,"description":"Failures allowed in the window. Default 2."}}};
const pattern25 = new RegExp("^[^/]+\\.ya?ml$", "u");

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gonogo.dev/schemas/checks/ci-trend.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.jobs === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "jobs"},message:"must have required property '"+"jobs"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "branch") || (key0 === "event")) || (key0 === "window")) || (key0 === "max_requests")) || (key0 === "jobs")) || (key0 === "slo"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.branch !== undefined){
let data0 = data.branch;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/branch",schemaPath:"#/properties/branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.branch,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/branch",schemaPath:"#/properties/branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.branch.type,parentSchema:schema50.properties.branch,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.event !== undefined){
let data1 = data.event;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.event,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.event.type,parentSchema:schema50.properties.event,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.window !== undefined){
let data2 = data.window;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.window.type,parentSchema:schema50.properties.window,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema50.properties.window,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema50.properties.window,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.max_requests !== undefined){
let data3 = data.max_requests;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/max_requests",schemaPath:"#/properties/max_requests/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.max_requests.type,parentSchema:schema50.properties.max_requests,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100000 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/max_requests",schemaPath:"#/properties/max_requests/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema50.properties.max_requests,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/max_requests",schemaPath:"#/properties/max_requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema50.properties.max_requests,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.jobs !== undefined){
let data4 = data.jobs;
if(Array.isArray(data4)){
if(data4.length < 1){
const err12 = {instancePath:instancePath+"/jobs",schemaPath:"#/properties/jobs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema50.properties.jobs,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.workflow === undefined){
const err13 = {instancePath:instancePath+"/jobs/" + i0,schemaPath:"#/properties/jobs/items/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'",schema:schema50.properties.jobs.items.required,parentSchema:schema50.properties.jobs.items,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.job === undefined){
const err14 = {instancePath:instancePath+"/jobs/" + i0,schemaPath:"#/properties/jobs/items/required",keyword:"required",params:{missingProperty: "job"},message:"must have required property '"+"job"+"'",schema:schema50.properties.jobs.items.required,parentSchema:schema50.properties.jobs.items,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "workflow") || (key1 === "job")) || (key1 === "slo"))){
const err15 = {instancePath:instancePath+"/jobs/" + i0,schemaPath:"#/properties/jobs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.jobs.items,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.workflow !== undefined){
let data6 = data5.workflow;
if(typeof data6 === "string"){
if(!pattern25.test(data6)){
const err16 = {instancePath:instancePath+"/jobs/" + i0+"/workflow",schemaPath:"#/properties/jobs/items/properties/workflow/pattern",keyword:"pattern",params:{pattern: "^[^/]+\\.ya?ml$"},message:"must match pattern \""+"^[^/]+\\.ya?ml$"+"\"",schema:"^[^/]+\\.ya?ml$",parentSchema:schema50.properties.jobs.items.properties.workflow,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/jobs/" + i0+"/workflow",schemaPath:"#/properties/jobs/items/properties/workflow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.jobs.items.properties.workflow.type,parentSchema:schema50.properties.jobs.items.properties.workflow,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.job !== undefined){
let data7 = data5.job;
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err18 = {instancePath:instancePath+"/jobs/" + i0+"/job",schemaPath:"#/properties/jobs/items/properties/job/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.jobs.items.properties.job,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/jobs/" + i0+"/job",schemaPath:"#/properties/jobs/items/properties/job/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.jobs.items.properties.job.type,parentSchema:schema50.properties.jobs.items.properties.job,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.slo !== undefined){
let data8 = data5.slo;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key2 in data8){
if(!((((key2 === "min_pass_rate") || (key2 === "min_samples")) || (key2 === "max_flaky_rate")) || (key2 === "error_budget"))){
const err20 = {instancePath:instancePath+"/jobs/" + i0+"/slo",schemaPath:"#/definitions/slo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data8.min_pass_rate !== undefined){
let data9 = data8.min_pass_rate;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 100 || isNaN(data9)){
const err21 = {instancePath:instancePath+"/jobs/" + i0+"/slo/min_pass_rate",schemaPath:"#/definitions/slo/properties/min_pass_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.min_pass_rate,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err22 = {instancePath:instancePath+"/jobs/" + i0+"/slo/min_pass_rate",schemaPath:"#/definitions/slo/properties/min_pass_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.min_pass_rate,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/jobs/" + i0+"/slo/min_pass_rate",schemaPath:"#/definitions/slo/properties/min_pass_rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.properties.min_pass_rate.type,parentSchema:schema51.properties.min_pass_rate,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data8.min_samples !== undefined){
let data10 = data8.min_samples;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err24 = {instancePath:instancePath+"/jobs/" + i0+"/slo/min_samples",schemaPath:"#/definitions/slo/properties/min_samples/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.min_samples.type,parentSchema:schema51.properties.min_samples,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err25 = {instancePath:instancePath+"/jobs/" + i0+"/slo/min_samples",schemaPath:"#/definitions/slo/properties/min_samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.min_samples,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data8.max_flaky_rate !== undefined){
let data11 = data8.max_flaky_rate;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 100 || isNaN(data11)){
const err26 = {instancePath:instancePath+"/jobs/" + i0+"/slo/max_flaky_rate",schemaPath:"#/definitions/slo/properties/max_flaky_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.max_flaky_rate,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err27 = {instancePath:instancePath+"/jobs/" + i0+"/slo/max_flaky_rate",schemaPath:"#/definitions/slo/properties/max_flaky_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.max_flaky_rate,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/jobs/" + i0+"/slo/max_flaky_rate",schemaPath:"#/definitions/slo/properties/max_flaky_rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.properties.max_flaky_rate.type,parentSchema:schema51.properties.max_flaky_rate,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data8.error_budget !== undefined){
let data12 = data8.error_budget;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err29 = {instancePath:instancePath+"/jobs/" + i0+"/slo/error_budget",schemaPath:"#/definitions/slo/properties/error_budget/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.error_budget.type,parentSchema:schema51.properties.error_budget,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err30 = {instancePath:instancePath+"/jobs/" + i0+"/slo/error_budget",schemaPath:"#/definitions/slo/properties/error_budget/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.error_budget,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
}
else {
const err31 = {instancePath:instancePath+"/jobs/" + i0+"/slo",schemaPath:"#/definitions/slo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/jobs/" + i0,schemaPath:"#/properties/jobs/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.jobs.items.type,parentSchema:schema50.properties.jobs.items,data:data5};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/jobs",schemaPath:"#/properties/jobs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.jobs.type,parentSchema:schema50.properties.jobs,data:data4};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.slo !== undefined){
let data13 = data.slo;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key3 in data13){
if(!((((key3 === "min_pass_rate") || (key3 === "min_samples")) || (key3 === "max_flaky_rate")) || (key3 === "error_budget"))){
const err34 = {instancePath:instancePath+"/slo",schemaPath:"#/definitions/slo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data13.min_pass_rate !== undefined){
let data14 = data13.min_pass_rate;
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 100 || isNaN(data14)){
const err35 = {instancePath:instancePath+"/slo/min_pass_rate",schemaPath:"#/definitions/slo/properties/min_pass_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.min_pass_rate,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err36 = {instancePath:instancePath+"/slo/min_pass_rate",schemaPath:"#/definitions/slo/properties/min_pass_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.min_pass_rate,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/slo/min_pass_rate",schemaPath:"#/definitions/slo/properties/min_pass_rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.properties.min_pass_rate.type,parentSchema:schema51.properties.min_pass_rate,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data13.min_samples !== undefined){
let data15 = data13.min_samples;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err38 = {instancePath:instancePath+"/slo/min_samples",schemaPath:"#/definitions/slo/properties/min_samples/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.min_samples.type,parentSchema:schema51.properties.min_samples,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err39 = {instancePath:instancePath+"/slo/min_samples",schemaPath:"#/definitions/slo/properties/min_samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.min_samples,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data13.max_flaky_rate !== undefined){
let data16 = data13.max_flaky_rate;
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 100 || isNaN(data16)){
const err40 = {instancePath:instancePath+"/slo/max_flaky_rate",schemaPath:"#/definitions/slo/properties/max_flaky_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.max_flaky_rate,data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data16 < 0 || isNaN(data16)){
const err41 = {instancePath:instancePath+"/slo/max_flaky_rate",schemaPath:"#/definitions/slo/properties/max_flaky_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.max_flaky_rate,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/slo/max_flaky_rate",schemaPath:"#/definitions/slo/properties/max_flaky_rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.properties.max_flaky_rate.type,parentSchema:schema51.properties.max_flaky_rate,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data13.error_budget !== undefined){
let data17 = data13.error_budget;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err43 = {instancePath:instancePath+"/slo/error_budget",schemaPath:"#/definitions/slo/properties/error_budget/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.error_budget.type,parentSchema:schema51.properties.error_budget,data:data17};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err44 = {instancePath:instancePath+"/slo/error_budget",schemaPath:"#/definitions/slo/properties/error_budget/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.error_budget,data:data17};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
}
else {
const err45 = {instancePath:instancePath+"/slo",schemaPath:"#/definitions/slo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gonogo.dev/schemas/gonogo.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.controls === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "controls"},message:"must have required property '"+"controls"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(1 !== data0){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.profiles !== undefined){
let data1 = data.profiles;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length < 1){
const err4 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema11.properties.profiles,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
const _errs5 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err5 = {instancePath:instancePath+"/profiles",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",parentSchema:schema12,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/profiles",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid1 = _errs5 === errors;
if(!valid1){
const err7 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema11.properties.profiles.propertyNames,parentSchema:schema11.properties.profiles,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.max_high === undefined){
const err8 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/profile/required",keyword:"required",params:{missingProperty: "max_high"},message:"must have required property '"+"max_high"+"'",schema:schema13.required,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.max_medium === undefined){
const err9 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/profile/required",keyword:"required",params:{missingProperty: "max_medium"},message:"must have required property '"+"max_medium"+"'",schema:schema13.required,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key3 in data2){
if(!(((key3 === "max_high") || (key3 === "max_medium")) || (key3 === "description"))){
const err10 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/profile/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.max_high !== undefined){
let data3 = data2.max_high;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err11 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_high",schemaPath:"#/definitions/profile/properties/max_high/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.max_high.type,parentSchema:schema13.properties.max_high,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_high",schemaPath:"#/definitions/profile/properties/max_high/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.max_high,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data2.max_medium !== undefined){
let data4 = data2.max_medium;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err13 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_medium",schemaPath:"#/definitions/profile/properties/max_medium/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.max_medium.type,parentSchema:schema13.properties.max_medium,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_medium",schemaPath:"#/definitions/profile/properties/max_medium/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.max_medium,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data2.description !== undefined){
let data5 = data2.description;
if(typeof data5 === "string"){
if(func3(data5) > 500){
const err15 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/definitions/profile/properties/description/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema13.properties.description,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/definitions/profile/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.description.type,parentSchema:schema13.properties.description,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/profile/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.profiles.type,parentSchema:schema11.properties.profiles,data:data1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.select_profile !== undefined){
let data6 = data.select_profile;
if(Array.isArray(data6)){
if(data6.length < 1){
const err19 = {instancePath:instancePath+"/select_profile",schemaPath:"#/properties/select_profile/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.select_profile,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate11(data6[i0], {instancePath:instancePath+"/select_profile/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err20 = {instancePath:instancePath+"/select_profile",schemaPath:"#/properties/select_profile/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.select_profile.type,parentSchema:schema11.properties.select_profile,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.controls !== undefined){
let data8 = data.controls;
if(Array.isArray(data8)){
if(data8.length < 1){
const err21 = {instancePath:instancePath+"/controls",schemaPath:"#/properties/controls/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.controls,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate13(data8[i1], {instancePath:instancePath+"/controls/" + i1,parentData:data8,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath:instancePath+"/controls",schemaPath:"#/properties/controls/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.controls.type,parentSchema:schema11.properties.controls,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.claims !== undefined){
let data10 = data.claims;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
if(!(validate17(data10[i2], {instancePath:instancePath+"/claims/" + i2,parentData:data10,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/claims",schemaPath:"#/properties/claims/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.claims.type,parentSchema:schema11.properties.claims,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.waivers !== undefined){
let data12 = data.waivers;
if(Array.isArray(data12)){
const len3 = data12.length;
for(let i3=0; i3<len3; i3++){
if(!(validate19(data12[i3], {instancePath:instancePath+"/waivers/" + i3,parentData:data12,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath:instancePath+"/waivers",schemaPath:"#/properties/waivers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.waivers.type,parentSchema:schema11.properties.waivers,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.comment !== undefined){
let data14 = data.comment;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key4 in data14){
if(!(key4 === "max_rows")){
const err25 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.comment,data:data14};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data14.max_rows !== undefined){
let data15 = data14.max_rows;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err26 = {instancePath:instancePath+"/comment/max_rows",schemaPath:"#/properties/comment/properties/max_rows/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.comment.properties.max_rows.type,parentSchema:schema11.properties.comment.properties.max_rows,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 1000 || isNaN(data15)){
const err27 = {instancePath:instancePath+"/comment/max_rows",schemaPath:"#/properties/comment/properties/max_rows/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema11.properties.comment.properties.max_rows,data:data15};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data15 < 1 || isNaN(data15)){
const err28 = {instancePath:instancePath+"/comment/max_rows",schemaPath:"#/properties/comment/properties/max_rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.comment.properties.max_rows,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
}
else {
const err29 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.comment.type,parentSchema:schema11.properties.comment,data:data14};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.limits !== undefined){
let data16 = data.limits;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key5 in data16){
if(!((key5 === "max_report_bytes") || (key5 === "max_files_per_source"))){
const err30 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.limits,data:data16};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data16.max_report_bytes !== undefined){
let data17 = data16.max_report_bytes;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err31 = {instancePath:instancePath+"/limits/max_report_bytes",schemaPath:"#/properties/limits/properties/max_report_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.limits.properties.max_report_bytes.type,parentSchema:schema11.properties.limits.properties.max_report_bytes,data:data17};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 1073741824 || isNaN(data17)){
const err32 = {instancePath:instancePath+"/limits/max_report_bytes",schemaPath:"#/properties/limits/properties/max_report_bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1073741824},message:"must be <= 1073741824",schema:1073741824,parentSchema:schema11.properties.limits.properties.max_report_bytes,data:data17};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data17 < 1024 || isNaN(data17)){
const err33 = {instancePath:instancePath+"/limits/max_report_bytes",schemaPath:"#/properties/limits/properties/max_report_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1024},message:"must be >= 1024",schema:1024,parentSchema:schema11.properties.limits.properties.max_report_bytes,data:data17};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
if(data16.max_files_per_source !== undefined){
let data18 = data16.max_files_per_source;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err34 = {instancePath:instancePath+"/limits/max_files_per_source",schemaPath:"#/properties/limits/properties/max_files_per_source/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.limits.properties.max_files_per_source.type,parentSchema:schema11.properties.limits.properties.max_files_per_source,data:data18};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 1000000 || isNaN(data18)){
const err35 = {instancePath:instancePath+"/limits/max_files_per_source",schemaPath:"#/properties/limits/properties/max_files_per_source/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema11.properties.limits.properties.max_files_per_source,data:data18};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data18 < 1 || isNaN(data18)){
const err36 = {instancePath:instancePath+"/limits/max_files_per_source",schemaPath:"#/properties/limits/properties/max_files_per_source/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.limits.properties.max_files_per_source,data:data18};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
}
else {
const err37 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.limits.type,parentSchema:schema11.properties.limits,data:data16};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.branches !== undefined){
let data19 = data.branches;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(Object.keys(data19).length < 1){
const err38 = {instancePath:instancePath+"/branches",schemaPath:"#/properties/branches/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema11.properties.branches,data:data19};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key6 in data19){
if(!(validate21(data19[key6], {instancePath:instancePath+"/branches/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data19,parentDataProperty:key6,rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err39 = {instancePath:instancePath+"/branches",schemaPath:"#/properties/branches/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.branches.type,parentSchema:schema11.properties.branches,data:data19};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.org !== undefined){
let data21 = data.org;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key7 in data21){
if(!(key7 === "overrides")){
const err40 = {instancePath:instancePath+"/org",schemaPath:"#/properties/org/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.org,data:data21};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data21.overrides !== undefined){
let data22 = data21.overrides;
if(Array.isArray(data22)){
if(data22.length > 1000){
const err41 = {instancePath:instancePath+"/org/overrides",schemaPath:"#/properties/org/properties/overrides/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema11.properties.org.properties.overrides,data:data22};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data22.length < 1){
const err42 = {instancePath:instancePath+"/org/overrides",schemaPath:"#/properties/org/properties/overrides/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.org.properties.overrides,data:data22};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
const len4 = data22.length;
for(let i4=0; i4<len4; i4++){
if(!(validate23(data22[i4], {instancePath:instancePath+"/org/overrides/" + i4,parentData:data22,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err43 = {instancePath:instancePath+"/org/overrides",schemaPath:"#/properties/org/properties/overrides/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.org.properties.overrides.type,parentSchema:schema11.properties.org.properties.overrides,data:data22};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/org",schemaPath:"#/properties/org/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.org.type,parentSchema:schema11.properties.org,data:data21};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.environments !== undefined){
let data24 = data.environments;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(Object.keys(data24).length < 1){
const err45 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema11.properties.environments,data:data24};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
for(const key8 in data24){
const _errs55 = errors;
if(typeof key8 === "string"){
if(!pattern13.test(key8)){
const err46 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$",parentSchema:schema11.properties.environments.propertyNames,data:key8,propertyName:key8};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
var valid20 = _errs55 === errors;
if(!valid20){
const err47 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames",keyword:"propertyNames",params:{propertyName: key8},message:"property name must be valid",schema:schema11.properties.environments.propertyNames,parentSchema:schema11.properties.environments,data:data24};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
for(const key9 in data24){
let data25 = data24[key9];
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.requires === undefined){
const err48 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/environmentPolicy/required",keyword:"required",params:{missingProperty: "requires"},message:"must have required property '"+"requires"+"'",schema:schema36.required,parentSchema:schema36,data:data25};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
for(const key10 in data25){
if(!(((((key10 === "from") || (key10 === "fresh")) || (key10 === "requires")) || (key10 === "reviewers")) || (key10 === "prevent_self_review"))){
const err49 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/environmentPolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data25};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data25.from !== undefined){
let data26 = data25.from;
if(typeof data26 === "string"){
if(func3(data26) < 1){
const err50 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/from",schemaPath:"#/definitions/environmentPolicy/properties/from/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.from,data:data26};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/from",schemaPath:"#/definitions/environmentPolicy/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.from.type,parentSchema:schema36.properties.from,data:data26};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data25.fresh !== undefined){
let data27 = data25.fresh;
if(typeof data27 !== "boolean"){
const err52 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/fresh",schemaPath:"#/definitions/environmentPolicy/properties/fresh/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.fresh.type,parentSchema:schema36.properties.fresh,data:data27};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data25.requires !== undefined){
let data28 = data25.requires;
if(!((data28 === "go") || (data28 === "conditional-go"))){
const err53 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/requires",schemaPath:"#/definitions/environmentPolicy/properties/requires/enum",keyword:"enum",params:{allowedValues: schema36.properties.requires.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.requires.enum,parentSchema:schema36.properties.requires,data:data28};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data25.reviewers !== undefined){
let data29 = data25.reviewers;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err54 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/reviewers",schemaPath:"#/definitions/environmentPolicy/properties/reviewers/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.reviewers.type,parentSchema:schema36.properties.reviewers,data:data29};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 > 6 || isNaN(data29)){
const err55 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/reviewers",schemaPath:"#/definitions/environmentPolicy/properties/reviewers/maximum",keyword:"maximum",params:{comparison: "<=", limit: 6},message:"must be <= 6",schema:6,parentSchema:schema36.properties.reviewers,data:data29};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data29 < 0 || isNaN(data29)){
const err56 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/reviewers",schemaPath:"#/definitions/environmentPolicy/properties/reviewers/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.reviewers,data:data29};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
if(data25.prevent_self_review !== undefined){
let data30 = data25.prevent_self_review;
if(typeof data30 !== "boolean"){
const err57 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/prevent_self_review",schemaPath:"#/definitions/environmentPolicy/properties/prevent_self_review/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.prevent_self_review.type,parentSchema:schema36.properties.prevent_self_review,data:data30};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/environmentPolicy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data25};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environments.type,parentSchema:schema11.properties.environments,data:data24};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.incidents !== undefined){
let data31 = data.incidents;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key11 in data31){
if(!((((((key11 === "on") || (key11 === "triggers")) || (key11 === "ci_trend_breaches")) || (key11 === "freeze")) || (key11 === "fix_label")) || (key11 === "labels"))){
const err60 = {instancePath:instancePath+"/incidents",schemaPath:"#/properties/incidents/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.incidents,data:data31};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data31.on !== undefined){
let data32 = data31.on;
if(Array.isArray(data32)){
const len5 = data32.length;
for(let i5=0; i5<len5; i5++){
let data33 = data32[i5];
if(!((data33 === "no-go") || (data33 === "trigger"))){
const err61 = {instancePath:instancePath+"/incidents/on/" + i5,schemaPath:"#/properties/incidents/properties/on/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.incidents.properties.on.items.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.incidents.properties.on.items.enum,parentSchema:schema11.properties.incidents.properties.on.items,data:data33};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
let i6 = data32.length;
let j0;
if(i6 > 1){
outer0:
for(;i6--;){
for(j0 = i6; j0--;){
if(func0(data32[i6], data32[j0])){
const err62 = {instancePath:instancePath+"/incidents/on",schemaPath:"#/properties/incidents/properties/on/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i6+" are identical)",schema:true,parentSchema:schema11.properties.incidents.properties.on,data:data32};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err63 = {instancePath:instancePath+"/incidents/on",schemaPath:"#/properties/incidents/properties/on/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.incidents.properties.on.type,parentSchema:schema11.properties.incidents.properties.on,data:data32};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data31.triggers !== undefined){
let data34 = data31.triggers;
if(Array.isArray(data34)){
if(data34.length > 1000){
const err64 = {instancePath:instancePath+"/incidents/triggers",schemaPath:"#/properties/incidents/properties/triggers/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema11.properties.incidents.properties.triggers,data:data34};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
const len6 = data34.length;
for(let i7=0; i7<len6; i7++){
let data35 = data34[i7];
if(typeof data35 === "string"){
if(func3(data35) > 200){
const err65 = {instancePath:instancePath+"/incidents/triggers/" + i7,schemaPath:"#/properties/incidents/properties/triggers/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema11.properties.incidents.properties.triggers.items,data:data35};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(func3(data35) < 1){
const err66 = {instancePath:instancePath+"/incidents/triggers/" + i7,schemaPath:"#/properties/incidents/properties/triggers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.incidents.properties.triggers.items,data:data35};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/incidents/triggers/" + i7,schemaPath:"#/properties/incidents/properties/triggers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.incidents.properties.triggers.items.type,parentSchema:schema11.properties.incidents.properties.triggers.items,data:data35};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
let i8 = data34.length;
let j1;
if(i8 > 1){
const indices0 = {};
for(;i8--;){
let item0 = data34[i8];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
const err68 = {instancePath:instancePath+"/incidents/triggers",schemaPath:"#/properties/incidents/properties/triggers/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i8+" are identical)",schema:true,parentSchema:schema11.properties.incidents.properties.triggers,data:data34};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
break;
}
indices0[item0] = i8;
}
}
}
else {
const err69 = {instancePath:instancePath+"/incidents/triggers",schemaPath:"#/properties/incidents/properties/triggers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.incidents.properties.triggers.type,parentSchema:schema11.properties.incidents.properties.triggers,data:data34};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data31.ci_trend_breaches !== undefined){
let data36 = data31.ci_trend_breaches;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
const err70 = {instancePath:instancePath+"/incidents/ci_trend_breaches",schemaPath:"#/properties/incidents/properties/ci_trend_breaches/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.incidents.properties.ci_trend_breaches.type,parentSchema:schema11.properties.incidents.properties.ci_trend_breaches,data:data36};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 > 100 || isNaN(data36)){
const err71 = {instancePath:instancePath+"/incidents/ci_trend_breaches",schemaPath:"#/properties/incidents/properties/ci_trend_breaches/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema11.properties.incidents.properties.ci_trend_breaches,data:data36};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data36 < 1 || isNaN(data36)){
const err72 = {instancePath:instancePath+"/incidents/ci_trend_breaches",schemaPath:"#/properties/incidents/properties/ci_trend_breaches/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.incidents.properties.ci_trend_breaches,data:data36};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
if(data31.freeze !== undefined){
let data37 = data31.freeze;
if(typeof data37 !== "boolean"){
const err73 = {instancePath:instancePath+"/incidents/freeze",schemaPath:"#/properties/incidents/properties/freeze/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.incidents.properties.freeze.type,parentSchema:schema11.properties.incidents.properties.freeze,data:data37};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data31.fix_label !== undefined){
let data38 = data31.fix_label;
if(typeof data38 === "string"){
if(func3(data38) > 50){
const err74 = {instancePath:instancePath+"/incidents/fix_label",schemaPath:"#/properties/incidents/properties/fix_label/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema11.properties.incidents.properties.fix_label,data:data38};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(func3(data38) < 1){
const err75 = {instancePath:instancePath+"/incidents/fix_label",schemaPath:"#/properties/incidents/properties/fix_label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.incidents.properties.fix_label,data:data38};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(!pattern14.test(data38)){
const err76 = {instancePath:instancePath+"/incidents/fix_label",schemaPath:"#/properties/incidents/properties/fix_label/pattern",keyword:"pattern",params:{pattern: "^[^,\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^,\\u0000-\\u001f]+$"+"\"",schema:"^[^,\\u0000-\\u001f]+$",parentSchema:schema11.properties.incidents.properties.fix_label,data:data38};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/incidents/fix_label",schemaPath:"#/properties/incidents/properties/fix_label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.incidents.properties.fix_label.type,parentSchema:schema11.properties.incidents.properties.fix_label,data:data38};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data31.labels !== undefined){
let data39 = data31.labels;
if(Array.isArray(data39)){
if(data39.length > 10){
const err78 = {instancePath:instancePath+"/incidents/labels",schemaPath:"#/properties/incidents/properties/labels/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema11.properties.incidents.properties.labels,data:data39};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data39.length < 1){
const err79 = {instancePath:instancePath+"/incidents/labels",schemaPath:"#/properties/incidents/properties/labels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.incidents.properties.labels,data:data39};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
const len7 = data39.length;
for(let i9=0; i9<len7; i9++){
let data40 = data39[i9];
if(typeof data40 === "string"){
if(func3(data40) > 50){
const err80 = {instancePath:instancePath+"/incidents/labels/" + i9,schemaPath:"#/properties/incidents/properties/labels/items/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema11.properties.incidents.properties.labels.items,data:data40};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(func3(data40) < 1){
const err81 = {instancePath:instancePath+"/incidents/labels/" + i9,schemaPath:"#/properties/incidents/properties/labels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.incidents.properties.labels.items,data:data40};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(!pattern14.test(data40)){
const err82 = {instancePath:instancePath+"/incidents/labels/" + i9,schemaPath:"#/properties/incidents/properties/labels/items/pattern",keyword:"pattern",params:{pattern: "^[^,\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^,\\u0000-\\u001f]+$"+"\"",schema:"^[^,\\u0000-\\u001f]+$",parentSchema:schema11.properties.incidents.properties.labels.items,data:data40};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/incidents/labels/" + i9,schemaPath:"#/properties/incidents/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.incidents.properties.labels.items.type,parentSchema:schema11.properties.incidents.properties.labels.items,data:data40};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
let i10 = data39.length;
let j2;
if(i10 > 1){
const indices1 = {};
for(;i10--;){
let item1 = data39[i10];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j2 = indices1[item1];
const err84 = {instancePath:instancePath+"/incidents/labels",schemaPath:"#/properties/incidents/properties/labels/uniqueItems",keyword:"uniqueItems",params:{i: i10, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i10+" are identical)",schema:true,parentSchema:schema11.properties.incidents.properties.labels,data:data39};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
break;
}
indices1[item1] = i10;
}
}
}
else {
const err85 = {instancePath:instancePath+"/incidents/labels",schemaPath:"#/properties/incidents/properties/labels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.incidents.properties.labels.type,parentSchema:schema11.properties.incidents.properties.labels,data:data39};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/incidents",schemaPath:"#/properties/incidents/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.incidents.type,parentSchema:schema11.properties.incidents,data:data31};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.checks !== undefined){
let data41 = data.checks;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
for(const key12 in data41){
if(!((((((((key12 === "policy-bundle") || (key12 === "policy-freshness")) || (key12 === "workflow-lint")) || (key12 === "replay-determinism")) || (key12 === "provenance-coverage")) || (key12 === "ci-trend")) || (key12 === "rollback-drill")) || (key12 === "incidents"))){
const err87 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.checks,data:data41};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data41["policy-bundle"] !== undefined){
if(!(validate27(data41["policy-bundle"], {instancePath:instancePath+"/checks/policy-bundle",parentData:data41,parentDataProperty:"policy-bundle",rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
if(data41["policy-freshness"] !== undefined){
let data43 = data41["policy-freshness"];
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
for(const key13 in data43){
if(!((((((key13 === "policies") || (key13 === "max_age_days")) || (key13 === "workflows")) || (key13 === "gate_action")) || (key13 === "required_jobs")) || (key13 === "git_timeout_seconds"))){
const err88 = {instancePath:instancePath+"/checks/policy-freshness",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data:data43};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data43.policies !== undefined){
let data44 = data43.policies;
if(Array.isArray(data44)){
const len8 = data44.length;
for(let i11=0; i11<len8; i11++){
let data45 = data44[i11];
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.path === undefined){
const err89 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i11,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema41.properties.policies.items.required,parentSchema:schema41.properties.policies.items,data:data45};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
for(const key14 in data45){
if(!((key14 === "path") || (key14 === "max_age_days"))){
const err90 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i11,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.policies.items,data:data45};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data45.path !== undefined){
let data46 = data45.path;
if(typeof data46 === "string"){
if(func3(data46) < 1){
const err91 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i11+"/path",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.policies.items.properties.path,data:data46};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i11+"/path",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.policies.items.properties.path.type,parentSchema:schema41.properties.policies.items.properties.path,data:data46};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data45.max_age_days !== undefined){
let data47 = data45.max_age_days;
if(!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))){
const err93 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i11+"/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/properties/max_age_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.policies.items.properties.max_age_days.type,parentSchema:schema41.properties.policies.items.properties.max_age_days,data:data47};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if((typeof data47 == "number") && (isFinite(data47))){
if(data47 > 36500 || isNaN(data47)){
const err94 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i11+"/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/properties/max_age_days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 36500},message:"must be <= 36500",schema:36500,parentSchema:schema41.properties.policies.items.properties.max_age_days,data:data47};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data47 < 1 || isNaN(data47)){
const err95 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i11+"/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/properties/max_age_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.policies.items.properties.max_age_days,data:data47};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
}
else {
const err96 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i11,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.policies.items.type,parentSchema:schema41.properties.policies.items,data:data45};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath:instancePath+"/checks/policy-freshness/policies",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.policies.type,parentSchema:schema41.properties.policies,data:data44};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data43.max_age_days !== undefined){
let data48 = data43.max_age_days;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
const err98 = {instancePath:instancePath+"/checks/policy-freshness/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/max_age_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.max_age_days.type,parentSchema:schema41.properties.max_age_days,data:data48};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 > 36500 || isNaN(data48)){
const err99 = {instancePath:instancePath+"/checks/policy-freshness/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/max_age_days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 36500},message:"must be <= 36500",schema:36500,parentSchema:schema41.properties.max_age_days,data:data48};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data48 < 1 || isNaN(data48)){
const err100 = {instancePath:instancePath+"/checks/policy-freshness/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/max_age_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.max_age_days,data:data48};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
if(data43.workflows !== undefined){
let data49 = data43.workflows;
if(Array.isArray(data49)){
const len9 = data49.length;
for(let i12=0; i12<len9; i12++){
let data50 = data49[i12];
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
if(data50.file === undefined){
const err101 = {instancePath:instancePath+"/checks/policy-freshness/workflows/" + i12,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/items/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema41.properties.workflows.items.required,parentSchema:schema41.properties.workflows.items,data:data50};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
for(const key15 in data50){
if(!((key15 === "file") || (key15 === "gate_job"))){
const err102 = {instancePath:instancePath+"/checks/policy-freshness/workflows/" + i12,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.workflows.items,data:data50};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data50.file !== undefined){
let data51 = data50.file;
if(typeof data51 === "string"){
if(func3(data51) < 1){
const err103 = {instancePath:instancePath+"/checks/policy-freshness/workflows/" + i12+"/file",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/items/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.workflows.items.properties.file,data:data51};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/checks/policy-freshness/workflows/" + i12+"/file",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.workflows.items.properties.file.type,parentSchema:schema41.properties.workflows.items.properties.file,data:data51};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data50.gate_job !== undefined){
let data52 = data50.gate_job;
if(typeof data52 === "string"){
if(func3(data52) < 1){
const err105 = {instancePath:instancePath+"/checks/policy-freshness/workflows/" + i12+"/gate_job",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/items/properties/gate_job/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.workflows.items.properties.gate_job,data:data52};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/checks/policy-freshness/workflows/" + i12+"/gate_job",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/items/properties/gate_job/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.workflows.items.properties.gate_job.type,parentSchema:schema41.properties.workflows.items.properties.gate_job,data:data52};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/checks/policy-freshness/workflows/" + i12,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.workflows.items.type,parentSchema:schema41.properties.workflows.items,data:data50};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/checks/policy-freshness/workflows",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.workflows.type,parentSchema:schema41.properties.workflows,data:data49};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data43.gate_action !== undefined){
let data53 = data43.gate_action;
const _errs119 = errors;
let valid43 = false;
let passing0 = null;
const _errs120 = errors;
if(typeof data53 === "string"){
if(func3(data53) < 1){
const err109 = {instancePath:instancePath+"/checks/policy-freshness/gate_action",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/gate_action/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.gate_action.oneOf[0],data:data53};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/checks/policy-freshness/gate_action",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/gate_action/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.gate_action.oneOf[0].type,parentSchema:schema41.properties.gate_action.oneOf[0],data:data53};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid0 = _errs120 === errors;
if(_valid0){
valid43 = true;
passing0 = 0;
}
const _errs122 = errors;
if(Array.isArray(data53)){
if(data53.length < 1){
const err111 = {instancePath:instancePath+"/checks/policy-freshness/gate_action",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/gate_action/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema41.properties.gate_action.oneOf[1],data:data53};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
const len10 = data53.length;
for(let i13=0; i13<len10; i13++){
let data54 = data53[i13];
if(typeof data54 === "string"){
if(func3(data54) < 1){
const err112 = {instancePath:instancePath+"/checks/policy-freshness/gate_action/" + i13,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/gate_action/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.gate_action.oneOf[1].items,data:data54};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
else {
const err113 = {instancePath:instancePath+"/checks/policy-freshness/gate_action/" + i13,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/gate_action/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.gate_action.oneOf[1].items.type,parentSchema:schema41.properties.gate_action.oneOf[1].items,data:data54};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
else {
const err114 = {instancePath:instancePath+"/checks/policy-freshness/gate_action",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/gate_action/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.gate_action.oneOf[1].type,parentSchema:schema41.properties.gate_action.oneOf[1],data:data53};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
var _valid0 = _errs122 === errors;
if(_valid0 && valid43){
valid43 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid43 = true;
passing0 = 1;
}
}
if(!valid43){
const err115 = {instancePath:instancePath+"/checks/policy-freshness/gate_action",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/gate_action/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema41.properties.gate_action.oneOf,parentSchema:schema41.properties.gate_action,data:data53};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
else {
errors = _errs119;
if(vErrors !== null){
if(_errs119){
vErrors.length = _errs119;
}
else {
vErrors = null;
}
}
}
}
if(data43.required_jobs !== undefined){
let data55 = data43.required_jobs;
if(Array.isArray(data55)){
const len11 = data55.length;
for(let i14=0; i14<len11; i14++){
let data56 = data55[i14];
if(typeof data56 === "string"){
if(func3(data56) < 1){
const err116 = {instancePath:instancePath+"/checks/policy-freshness/required_jobs/" + i14,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/required_jobs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.required_jobs.items,data:data56};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/checks/policy-freshness/required_jobs/" + i14,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/required_jobs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.required_jobs.items.type,parentSchema:schema41.properties.required_jobs.items,data:data56};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/checks/policy-freshness/required_jobs",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/required_jobs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.required_jobs.type,parentSchema:schema41.properties.required_jobs,data:data55};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data43.git_timeout_seconds !== undefined){
let data57 = data43.git_timeout_seconds;
if(!(((typeof data57 == "number") && (!(data57 % 1) && !isNaN(data57))) && (isFinite(data57)))){
const err119 = {instancePath:instancePath+"/checks/policy-freshness/git_timeout_seconds",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/git_timeout_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.git_timeout_seconds.type,parentSchema:schema41.properties.git_timeout_seconds,data:data57};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if((typeof data57 == "number") && (isFinite(data57))){
if(data57 > 600 || isNaN(data57)){
const err120 = {instancePath:instancePath+"/checks/policy-freshness/git_timeout_seconds",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/git_timeout_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600},message:"must be <= 600",schema:600,parentSchema:schema41.properties.git_timeout_seconds,data:data57};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data57 < 1 || isNaN(data57)){
const err121 = {instancePath:instancePath+"/checks/policy-freshness/git_timeout_seconds",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/git_timeout_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.git_timeout_seconds,data:data57};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
}
else {
const err122 = {instancePath:instancePath+"/checks/policy-freshness",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data:data43};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data41["workflow-lint"] !== undefined){
if(!(validate31(data41["workflow-lint"], {instancePath:instancePath+"/checks/workflow-lint",parentData:data41,parentDataProperty:"workflow-lint",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data41["replay-determinism"] !== undefined){
let data59 = data41["replay-determinism"];
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
for(const key16 in data59){
if(!((((((((key16 === "command") || (key16 === "runs")) || (key16 === "timeout_seconds")) || (key16 === "working_directory")) || (key16 === "outputs")) || (key16 === "source_date_epoch")) || (key16 === "copy_git")) || (key16 === "env"))){
const err123 = {instancePath:instancePath+"/checks/replay-determinism",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data:data59};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data59.command !== undefined){
let data60 = data59.command;
if(typeof data60 === "string"){
if(func3(data60) > 4000){
const err124 = {instancePath:instancePath+"/checks/replay-determinism/command",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/command/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema48.properties.command,data:data60};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(func3(data60) < 1){
const err125 = {instancePath:instancePath+"/checks/replay-determinism/command",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.command,data:data60};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
else {
const err126 = {instancePath:instancePath+"/checks/replay-determinism/command",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.command.type,parentSchema:schema48.properties.command,data:data60};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data59.runs !== undefined){
let data61 = data59.runs;
if(!(((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61))) && (isFinite(data61)))){
const err127 = {instancePath:instancePath+"/checks/replay-determinism/runs",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/runs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.runs.type,parentSchema:schema48.properties.runs,data:data61};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if((typeof data61 == "number") && (isFinite(data61))){
if(data61 > 10 || isNaN(data61)){
const err128 = {instancePath:instancePath+"/checks/replay-determinism/runs",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/runs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema48.properties.runs,data:data61};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if(data61 < 2 || isNaN(data61)){
const err129 = {instancePath:instancePath+"/checks/replay-determinism/runs",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/runs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema48.properties.runs,data:data61};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
if(data59.timeout_seconds !== undefined){
let data62 = data59.timeout_seconds;
if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){
const err130 = {instancePath:instancePath+"/checks/replay-determinism/timeout_seconds",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/timeout_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.timeout_seconds.type,parentSchema:schema48.properties.timeout_seconds,data:data62};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 > 21600 || isNaN(data62)){
const err131 = {instancePath:instancePath+"/checks/replay-determinism/timeout_seconds",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/timeout_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 21600},message:"must be <= 21600",schema:21600,parentSchema:schema48.properties.timeout_seconds,data:data62};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(data62 < 1 || isNaN(data62)){
const err132 = {instancePath:instancePath+"/checks/replay-determinism/timeout_seconds",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/timeout_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema48.properties.timeout_seconds,data:data62};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
if(data59.working_directory !== undefined){
let data63 = data59.working_directory;
if(typeof data63 === "string"){
if(func3(data63) > 1024){
const err133 = {instancePath:instancePath+"/checks/replay-determinism/working_directory",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/working_directory/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema48.properties.working_directory,data:data63};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(func3(data63) < 1){
const err134 = {instancePath:instancePath+"/checks/replay-determinism/working_directory",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/working_directory/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.working_directory,data:data63};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(!pattern3.test(data63)){
const err135 = {instancePath:instancePath+"/checks/replay-determinism/working_directory",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/working_directory/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema48.properties.working_directory,data:data63};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
else {
const err136 = {instancePath:instancePath+"/checks/replay-determinism/working_directory",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/working_directory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.working_directory.type,parentSchema:schema48.properties.working_directory,data:data63};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data59.outputs !== undefined){
let data64 = data59.outputs;
if(Array.isArray(data64)){
if(data64.length > 100){
const err137 = {instancePath:instancePath+"/checks/replay-determinism/outputs",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/outputs/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema48.properties.outputs,data:data64};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(data64.length < 1){
const err138 = {instancePath:instancePath+"/checks/replay-determinism/outputs",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/outputs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema48.properties.outputs,data:data64};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
const len12 = data64.length;
for(let i15=0; i15<len12; i15++){
let data65 = data64[i15];
if(typeof data65 === "string"){
if(func3(data65) > 1024){
const err139 = {instancePath:instancePath+"/checks/replay-determinism/outputs/" + i15,schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/outputs/items/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema48.properties.outputs.items,data:data65};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if(func3(data65) < 1){
const err140 = {instancePath:instancePath+"/checks/replay-determinism/outputs/" + i15,schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/outputs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.outputs.items,data:data65};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(!pattern3.test(data65)){
const err141 = {instancePath:instancePath+"/checks/replay-determinism/outputs/" + i15,schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/outputs/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema48.properties.outputs.items,data:data65};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
else {
const err142 = {instancePath:instancePath+"/checks/replay-determinism/outputs/" + i15,schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/outputs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.outputs.items.type,parentSchema:schema48.properties.outputs.items,data:data65};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
else {
const err143 = {instancePath:instancePath+"/checks/replay-determinism/outputs",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/outputs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.outputs.type,parentSchema:schema48.properties.outputs,data:data64};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data59.source_date_epoch !== undefined){
let data66 = data59.source_date_epoch;
if(!(((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66))) && (isFinite(data66)))){
const err144 = {instancePath:instancePath+"/checks/replay-determinism/source_date_epoch",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/source_date_epoch/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.source_date_epoch.type,parentSchema:schema48.properties.source_date_epoch,data:data66};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if((typeof data66 == "number") && (isFinite(data66))){
if(data66 < 0 || isNaN(data66)){
const err145 = {instancePath:instancePath+"/checks/replay-determinism/source_date_epoch",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/source_date_epoch/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema48.properties.source_date_epoch,data:data66};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
}
if(data59.copy_git !== undefined){
let data67 = data59.copy_git;
if(typeof data67 !== "boolean"){
const err146 = {instancePath:instancePath+"/checks/replay-determinism/copy_git",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/copy_git/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.properties.copy_git.type,parentSchema:schema48.properties.copy_git,data:data67};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data59.env !== undefined){
let data68 = data59.env;
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
if(Object.keys(data68).length > 100){
const err147 = {instancePath:instancePath+"/checks/replay-determinism/env",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/env/maxProperties",keyword:"maxProperties",params:{limit: 100},message:"must NOT have more than 100 properties",schema:100,parentSchema:schema48.properties.env,data:data68};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
for(const key17 in data68){
const _errs155 = errors;
if(typeof key17 === "string"){
if(!pattern21.test(key17)){
const err148 = {instancePath:instancePath+"/checks/replay-determinism/env",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(?!SOURCE_DATE_EPOCH$)[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^(?!SOURCE_DATE_EPOCH$)[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^(?!SOURCE_DATE_EPOCH$)[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema48.properties.env.propertyNames,data:key17,propertyName:key17};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
var valid52 = _errs155 === errors;
if(!valid52){
const err149 = {instancePath:instancePath+"/checks/replay-determinism/env",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/env/propertyNames",keyword:"propertyNames",params:{propertyName: key17},message:"property name must be valid",schema:schema48.properties.env.propertyNames,parentSchema:schema48.properties.env,data:data68};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
for(const key18 in data68){
let data69 = data68[key18];
if(typeof data69 === "string"){
if(func3(data69) > 4000){
const err150 = {instancePath:instancePath+"/checks/replay-determinism/env/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/env/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema48.properties.env.additionalProperties,data:data69};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
else {
const err151 = {instancePath:instancePath+"/checks/replay-determinism/env/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/env/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.env.additionalProperties.type,parentSchema:schema48.properties.env.additionalProperties,data:data69};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
else {
const err152 = {instancePath:instancePath+"/checks/replay-determinism/env",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.env.type,parentSchema:schema48.properties.env,data:data68};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
}
else {
const err153 = {instancePath:instancePath+"/checks/replay-determinism",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data:data59};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data41["provenance-coverage"] !== undefined){
let data70 = data41["provenance-coverage"];
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
for(const key19 in data70){
if(!((((key19 === "artifacts") || (key19 === "manifests")) || (key19 === "provenance")) || (key19 === "threshold"))){
const err154 = {instancePath:instancePath+"/checks/provenance-coverage",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data:data70};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data70.artifacts !== undefined){
let data71 = data70.artifacts;
if(Array.isArray(data71)){
if(data71.length > 100){
const err155 = {instancePath:instancePath+"/checks/provenance-coverage/artifacts",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/artifacts/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema49.properties.artifacts,data:data71};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if(data71.length < 1){
const err156 = {instancePath:instancePath+"/checks/provenance-coverage/artifacts",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/artifacts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema49.properties.artifacts,data:data71};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
const len13 = data71.length;
for(let i16=0; i16<len13; i16++){
let data72 = data71[i16];
if(typeof data72 === "string"){
if(func3(data72) > 1024){
const err157 = {instancePath:instancePath+"/checks/provenance-coverage/artifacts/" + i16,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/artifacts/items/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema49.properties.artifacts.items,data:data72};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if(func3(data72) < 1){
const err158 = {instancePath:instancePath+"/checks/provenance-coverage/artifacts/" + i16,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/artifacts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.artifacts.items,data:data72};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
if(!pattern3.test(data72)){
const err159 = {instancePath:instancePath+"/checks/provenance-coverage/artifacts/" + i16,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/artifacts/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema49.properties.artifacts.items,data:data72};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
else {
const err160 = {instancePath:instancePath+"/checks/provenance-coverage/artifacts/" + i16,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/artifacts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.artifacts.items.type,parentSchema:schema49.properties.artifacts.items,data:data72};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
else {
const err161 = {instancePath:instancePath+"/checks/provenance-coverage/artifacts",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/artifacts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.artifacts.type,parentSchema:schema49.properties.artifacts,data:data71};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data70.manifests !== undefined){
let data73 = data70.manifests;
if(Array.isArray(data73)){
if(data73.length > 100){
const err162 = {instancePath:instancePath+"/checks/provenance-coverage/manifests",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/manifests/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema49.properties.manifests,data:data73};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
const len14 = data73.length;
for(let i17=0; i17<len14; i17++){
let data74 = data73[i17];
if(typeof data74 === "string"){
if(func3(data74) > 1024){
const err163 = {instancePath:instancePath+"/checks/provenance-coverage/manifests/" + i17,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/manifests/items/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema49.properties.manifests.items,data:data74};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(func3(data74) < 1){
const err164 = {instancePath:instancePath+"/checks/provenance-coverage/manifests/" + i17,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/manifests/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.manifests.items,data:data74};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
if(!pattern3.test(data74)){
const err165 = {instancePath:instancePath+"/checks/provenance-coverage/manifests/" + i17,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/manifests/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema49.properties.manifests.items,data:data74};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
else {
const err166 = {instancePath:instancePath+"/checks/provenance-coverage/manifests/" + i17,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/manifests/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.manifests.items.type,parentSchema:schema49.properties.manifests.items,data:data74};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
}
else {
const err167 = {instancePath:instancePath+"/checks/provenance-coverage/manifests",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/manifests/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.manifests.type,parentSchema:schema49.properties.manifests,data:data73};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data70.provenance !== undefined){
let data75 = data70.provenance;
if(Array.isArray(data75)){
if(data75.length > 100){
const err168 = {instancePath:instancePath+"/checks/provenance-coverage/provenance",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/provenance/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema49.properties.provenance,data:data75};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
const len15 = data75.length;
for(let i18=0; i18<len15; i18++){
let data76 = data75[i18];
if(typeof data76 === "string"){
if(func3(data76) > 1024){
const err169 = {instancePath:instancePath+"/checks/provenance-coverage/provenance/" + i18,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/provenance/items/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema49.properties.provenance.items,data:data76};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
if(func3(data76) < 1){
const err170 = {instancePath:instancePath+"/checks/provenance-coverage/provenance/" + i18,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/provenance/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.provenance.items,data:data76};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
if(!pattern3.test(data76)){
const err171 = {instancePath:instancePath+"/checks/provenance-coverage/provenance/" + i18,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/provenance/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema49.properties.provenance.items,data:data76};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
else {
const err172 = {instancePath:instancePath+"/checks/provenance-coverage/provenance/" + i18,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/provenance/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.provenance.items.type,parentSchema:schema49.properties.provenance.items,data:data76};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
}
else {
const err173 = {instancePath:instancePath+"/checks/provenance-coverage/provenance",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/provenance/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.provenance.type,parentSchema:schema49.properties.provenance,data:data75};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data70.threshold !== undefined){
let data77 = data70.threshold;
if((typeof data77 == "number") && (isFinite(data77))){
if(data77 > 100 || isNaN(data77)){
const err174 = {instancePath:instancePath+"/checks/provenance-coverage/threshold",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/threshold/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema49.properties.threshold,data:data77};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if(data77 < 0 || isNaN(data77)){
const err175 = {instancePath:instancePath+"/checks/provenance-coverage/threshold",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema49.properties.threshold,data:data77};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
else {
const err176 = {instancePath:instancePath+"/checks/provenance-coverage/threshold",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/threshold/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema49.properties.threshold.type,parentSchema:schema49.properties.threshold,data:data77};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
}
else {
const err177 = {instancePath:instancePath+"/checks/provenance-coverage",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data:data70};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data41["ci-trend"] !== undefined){
if(!(validate33(data41["ci-trend"], {instancePath:instancePath+"/checks/ci-trend",parentData:data41,parentDataProperty:"ci-trend",rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
if(data41["rollback-drill"] !== undefined){
let data79 = data41["rollback-drill"];
if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
for(const key20 in data79){
if(!(((((key20 === "environments") || (key20 === "max_age_days")) || (key20 === "recovery_objective_minutes")) || (key20 === "store")) || (key20 === "state"))){
const err178 = {instancePath:instancePath+"/checks/rollback-drill",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data:data79};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data79.environments !== undefined){
let data80 = data79.environments;
if(Array.isArray(data80)){
if(data80.length < 1){
const err179 = {instancePath:instancePath+"/checks/rollback-drill/environments",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/environments/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema53.properties.environments,data:data80};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
const len16 = data80.length;
for(let i19=0; i19<len16; i19++){
let data81 = data80[i19];
if(typeof data81 === "string"){
if(!pattern13.test(data81)){
const err180 = {instancePath:instancePath+"/checks/rollback-drill/environments/" + i19,schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/environments/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$",parentSchema:schema53.properties.environments.items,data:data81};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
else {
const err181 = {instancePath:instancePath+"/checks/rollback-drill/environments/" + i19,schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/environments/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.environments.items.type,parentSchema:schema53.properties.environments.items,data:data81};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
}
else {
const err182 = {instancePath:instancePath+"/checks/rollback-drill/environments",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.environments.type,parentSchema:schema53.properties.environments,data:data80};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data79.max_age_days !== undefined){
let data82 = data79.max_age_days;
if(!(((typeof data82 == "number") && (!(data82 % 1) && !isNaN(data82))) && (isFinite(data82)))){
const err183 = {instancePath:instancePath+"/checks/rollback-drill/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/max_age_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema53.properties.max_age_days.type,parentSchema:schema53.properties.max_age_days,data:data82};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
if((typeof data82 == "number") && (isFinite(data82))){
if(data82 > 3650 || isNaN(data82)){
const err184 = {instancePath:instancePath+"/checks/rollback-drill/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/max_age_days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema53.properties.max_age_days,data:data82};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
if(data82 < 1 || isNaN(data82)){
const err185 = {instancePath:instancePath+"/checks/rollback-drill/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/max_age_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema53.properties.max_age_days,data:data82};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
}
if(data79.recovery_objective_minutes !== undefined){
let data83 = data79.recovery_objective_minutes;
if(!(((typeof data83 == "number") && (!(data83 % 1) && !isNaN(data83))) && (isFinite(data83)))){
const err186 = {instancePath:instancePath+"/checks/rollback-drill/recovery_objective_minutes",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/recovery_objective_minutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema53.properties.recovery_objective_minutes.type,parentSchema:schema53.properties.recovery_objective_minutes,data:data83};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if((typeof data83 == "number") && (isFinite(data83))){
if(data83 > 10080 || isNaN(data83)){
const err187 = {instancePath:instancePath+"/checks/rollback-drill/recovery_objective_minutes",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/recovery_objective_minutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10080},message:"must be <= 10080",schema:10080,parentSchema:schema53.properties.recovery_objective_minutes,data:data83};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
if(data83 < 1 || isNaN(data83)){
const err188 = {instancePath:instancePath+"/checks/rollback-drill/recovery_objective_minutes",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/recovery_objective_minutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema53.properties.recovery_objective_minutes,data:data83};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
}
if(data79.store !== undefined){
let data84 = data79.store;
if(!(((data84 === "auto") || (data84 === "deployments")) || (data84 === "local"))){
const err189 = {instancePath:instancePath+"/checks/rollback-drill/store",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/store/enum",keyword:"enum",params:{allowedValues: schema53.properties.store.enum},message:"must be equal to one of the allowed values",schema:schema53.properties.store.enum,parentSchema:schema53.properties.store,data:data84};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data79.state !== undefined){
let data85 = data79.state;
if(typeof data85 === "string"){
if(func3(data85) > 1024){
const err190 = {instancePath:instancePath+"/checks/rollback-drill/state",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/state/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema53.properties.state,data:data85};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
if(func3(data85) < 1){
const err191 = {instancePath:instancePath+"/checks/rollback-drill/state",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/state/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.state,data:data85};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
if(!pattern3.test(data85)){
const err192 = {instancePath:instancePath+"/checks/rollback-drill/state",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/state/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema53.properties.state,data:data85};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
else {
const err193 = {instancePath:instancePath+"/checks/rollback-drill/state",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.state.type,parentSchema:schema53.properties.state,data:data85};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
}
else {
const err194 = {instancePath:instancePath+"/checks/rollback-drill",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data:data79};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
if(data41.incidents !== undefined){
let data86 = data41.incidents;
if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
for(const key21 in data86){
if(!((key21 === "label") || (key21 === "include_prereleases"))){
const err195 = {instancePath:instancePath+"/checks/incidents",schemaPath:"https://gonogo.dev/schemas/checks/incidents.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data:data86};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
if(data86.label !== undefined){
let data87 = data86.label;
if(typeof data87 === "string"){
if(func3(data87) > 50){
const err196 = {instancePath:instancePath+"/checks/incidents/label",schemaPath:"https://gonogo.dev/schemas/checks/incidents.schema.json/properties/label/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema54.properties.label,data:data87};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
if(func3(data87) < 1){
const err197 = {instancePath:instancePath+"/checks/incidents/label",schemaPath:"https://gonogo.dev/schemas/checks/incidents.schema.json/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54.properties.label,data:data87};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
if(!pattern14.test(data87)){
const err198 = {instancePath:instancePath+"/checks/incidents/label",schemaPath:"https://gonogo.dev/schemas/checks/incidents.schema.json/properties/label/pattern",keyword:"pattern",params:{pattern: "^[^,\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^,\\u0000-\\u001f]+$"+"\"",schema:"^[^,\\u0000-\\u001f]+$",parentSchema:schema54.properties.label,data:data87};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
else {
const err199 = {instancePath:instancePath+"/checks/incidents/label",schemaPath:"https://gonogo.dev/schemas/checks/incidents.schema.json/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.label.type,parentSchema:schema54.properties.label,data:data87};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data86.include_prereleases !== undefined){
let data88 = data86.include_prereleases;
if(typeof data88 !== "boolean"){
const err200 = {instancePath:instancePath+"/checks/incidents/include_prereleases",schemaPath:"https://gonogo.dev/schemas/checks/incidents.schema.json/properties/include_prereleases/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema54.properties.include_prereleases.type,parentSchema:schema54.properties.include_prereleases,data:data88};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
}
else {
const err201 = {instancePath:instancePath+"/checks/incidents",schemaPath:"https://gonogo.dev/schemas/checks/incidents.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data:data86};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
}
else {
const err202 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.checks.type,parentSchema:schema11.properties.checks,data:data41};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
}
else {
const err203 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

const validateReport = validate35;
const schema55 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/report.v1.schema.json","title":"gonogo report contract (gonogo.report/v1)","type":"object","required":["contract","control","status","subject","generated_at","generator","checks"],"additionalProperties":false,"properties":{"contract":{"const":"gonogo.report/v1"},"control":{"type":"string","minLength":1,"maxLength":128},"status":{"$ref":"#/definitions/status"},"subject":{"type":"object","required":["repository","sha"],"additionalProperties":false,"properties":{"repository":{"type":"string","maxLength":256},"sha":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"ref":{"type":"string","maxLength":1024}}},"generated_at":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"},"generator":{"type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":128},"version":{"type":"string","maxLength":64},"url":{"type":"string","maxLength":1024}}},"summary":{"type":"object","description":"Counts (non-negative integers) by whatever the producer counts.","additionalProperties":{"type":"integer","minimum":0}},"checks":{"type":"array","items":{"type":"object","required":["id","status","message"],"additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":256},"status":{"$ref":"#/definitions/status"},"message":{"type":"string","maxLength":4096},"location":{"type":"object","required":["file"],"additionalProperties":false,"properties":{"file":{"type":"string","minLength":1,"maxLength":1024},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1}}},"remediation":{"type":"string","maxLength":4096},"unlock":{"type":"string","maxLength":1024,"description":"For unverified checks: the permission or tool that would let the check see."},"wanted":{},"observed":{}}}},"facts":{"description":"What was observed, free-form."}},"definitions":{"status":{"enum":["passed","failed","unverified"]}}};
const schema56 = {"enum":["passed","failed","unverified"]};
const pattern29 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
const pattern30 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", "u");

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gonogo.dev/schemas/report.v1.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.contract === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contract"},message:"must have required property '"+"contract"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.control === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "control"},message:"must have required property '"+"control"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.subject === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.generated_at === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generated_at"},message:"must have required property '"+"generated_at"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.generator === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generator"},message:"must have required property '"+"generator"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.checks === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "checks"},message:"must have required property '"+"checks"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema55.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.contract !== undefined){
let data0 = data.contract;
if("gonogo.report/v1" !== data0){
const err8 = {instancePath:instancePath+"/contract",schemaPath:"#/properties/contract/const",keyword:"const",params:{allowedValue: "gonogo.report/v1"},message:"must be equal to constant",schema:"gonogo.report/v1",parentSchema:schema55.properties.contract,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.control !== undefined){
let data1 = data.control;
if(typeof data1 === "string"){
if(func3(data1) > 128){
const err9 = {instancePath:instancePath+"/control",schemaPath:"#/properties/control/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema55.properties.control,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/control",schemaPath:"#/properties/control/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.control,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/control",schemaPath:"#/properties/control/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.control.type,parentSchema:schema55.properties.control,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(!(((data2 === "passed") || (data2 === "failed")) || (data2 === "unverified"))){
const err12 = {instancePath:instancePath+"/status",schemaPath:"#/definitions/status/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values",schema:schema56.enum,parentSchema:schema56,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.subject !== undefined){
let data3 = data.subject;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.repository === undefined){
const err13 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema55.properties.subject.required,parentSchema:schema55.properties.subject,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3.sha === undefined){
const err14 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/required",keyword:"required",params:{missingProperty: "sha"},message:"must have required property '"+"sha"+"'",schema:schema55.properties.subject.required,parentSchema:schema55.properties.subject,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "repository") || (key1 === "sha")) || (key1 === "ref"))){
const err15 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema55.properties.subject,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.repository !== undefined){
let data4 = data3.repository;
if(typeof data4 === "string"){
if(func3(data4) > 256){
const err16 = {instancePath:instancePath+"/subject/repository",schemaPath:"#/properties/subject/properties/repository/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema55.properties.subject.properties.repository,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/subject/repository",schemaPath:"#/properties/subject/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.subject.properties.repository.type,parentSchema:schema55.properties.subject.properties.repository,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.sha !== undefined){
let data5 = data3.sha;
if(typeof data5 === "string"){
if(!pattern29.test(data5)){
const err18 = {instancePath:instancePath+"/subject/sha",schemaPath:"#/properties/subject/properties/sha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\"",schema:"^[0-9a-f]{40}([0-9a-f]{24})?$",parentSchema:schema55.properties.subject.properties.sha,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/subject/sha",schemaPath:"#/properties/subject/properties/sha/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.subject.properties.sha.type,parentSchema:schema55.properties.subject.properties.sha,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data3.ref !== undefined){
let data6 = data3.ref;
if(typeof data6 === "string"){
if(func3(data6) > 1024){
const err20 = {instancePath:instancePath+"/subject/ref",schemaPath:"#/properties/subject/properties/ref/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema55.properties.subject.properties.ref,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/subject/ref",schemaPath:"#/properties/subject/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.subject.properties.ref.type,parentSchema:schema55.properties.subject.properties.ref,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.properties.subject.type,parentSchema:schema55.properties.subject,data:data3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.generated_at !== undefined){
let data7 = data.generated_at;
if(typeof data7 === "string"){
if(!pattern30.test(data7)){
const err23 = {instancePath:instancePath+"/generated_at",schemaPath:"#/properties/generated_at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema55.properties.generated_at,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/generated_at",schemaPath:"#/properties/generated_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.generated_at.type,parentSchema:schema55.properties.generated_at,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.generator !== undefined){
let data8 = data.generator;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.name === undefined){
const err25 = {instancePath:instancePath+"/generator",schemaPath:"#/properties/generator/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema55.properties.generator.required,parentSchema:schema55.properties.generator,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key2 in data8){
if(!(((key2 === "name") || (key2 === "version")) || (key2 === "url"))){
const err26 = {instancePath:instancePath+"/generator",schemaPath:"#/properties/generator/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema55.properties.generator,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data8.name !== undefined){
let data9 = data8.name;
if(typeof data9 === "string"){
if(func3(data9) > 128){
const err27 = {instancePath:instancePath+"/generator/name",schemaPath:"#/properties/generator/properties/name/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema55.properties.generator.properties.name,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(func3(data9) < 1){
const err28 = {instancePath:instancePath+"/generator/name",schemaPath:"#/properties/generator/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.generator.properties.name,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/generator/name",schemaPath:"#/properties/generator/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.generator.properties.name.type,parentSchema:schema55.properties.generator.properties.name,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data8.version !== undefined){
let data10 = data8.version;
if(typeof data10 === "string"){
if(func3(data10) > 64){
const err30 = {instancePath:instancePath+"/generator/version",schemaPath:"#/properties/generator/properties/version/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema55.properties.generator.properties.version,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/generator/version",schemaPath:"#/properties/generator/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.generator.properties.version.type,parentSchema:schema55.properties.generator.properties.version,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data8.url !== undefined){
let data11 = data8.url;
if(typeof data11 === "string"){
if(func3(data11) > 1024){
const err32 = {instancePath:instancePath+"/generator/url",schemaPath:"#/properties/generator/properties/url/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema55.properties.generator.properties.url,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/generator/url",schemaPath:"#/properties/generator/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.generator.properties.url.type,parentSchema:schema55.properties.generator.properties.url,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/generator",schemaPath:"#/properties/generator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.properties.generator.type,parentSchema:schema55.properties.generator,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.summary !== undefined){
let data12 = data.summary;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key3 in data12){
let data13 = data12[key3];
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err35 = {instancePath:instancePath+"/summary/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/summary/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.properties.summary.additionalProperties.type,parentSchema:schema55.properties.summary.additionalProperties,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err36 = {instancePath:instancePath+"/summary/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/summary/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema55.properties.summary.additionalProperties,data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
}
else {
const err37 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.properties.summary.type,parentSchema:schema55.properties.summary,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.checks !== undefined){
let data14 = data.checks;
if(Array.isArray(data14)){
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
let data15 = data14[i0];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.id === undefined){
const err38 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema55.properties.checks.items.required,parentSchema:schema55.properties.checks.items,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data15.status === undefined){
const err39 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema55.properties.checks.items.required,parentSchema:schema55.properties.checks.items,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data15.message === undefined){
const err40 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema55.properties.checks.items.required,parentSchema:schema55.properties.checks.items,data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key4 in data15){
if(!((((((((key4 === "id") || (key4 === "status")) || (key4 === "message")) || (key4 === "location")) || (key4 === "remediation")) || (key4 === "unlock")) || (key4 === "wanted")) || (key4 === "observed"))){
const err41 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema55.properties.checks.items,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data15.id !== undefined){
let data16 = data15.id;
if(typeof data16 === "string"){
if(func3(data16) > 256){
const err42 = {instancePath:instancePath+"/checks/" + i0+"/id",schemaPath:"#/properties/checks/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema55.properties.checks.items.properties.id,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(func3(data16) < 1){
const err43 = {instancePath:instancePath+"/checks/" + i0+"/id",schemaPath:"#/properties/checks/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.checks.items.properties.id,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/checks/" + i0+"/id",schemaPath:"#/properties/checks/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.checks.items.properties.id.type,parentSchema:schema55.properties.checks.items.properties.id,data:data16};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data15.status !== undefined){
let data17 = data15.status;
if(!(((data17 === "passed") || (data17 === "failed")) || (data17 === "unverified"))){
const err45 = {instancePath:instancePath+"/checks/" + i0+"/status",schemaPath:"#/definitions/status/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values",schema:schema56.enum,parentSchema:schema56,data:data17};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data15.message !== undefined){
let data18 = data15.message;
if(typeof data18 === "string"){
if(func3(data18) > 4096){
const err46 = {instancePath:instancePath+"/checks/" + i0+"/message",schemaPath:"#/properties/checks/items/properties/message/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema55.properties.checks.items.properties.message,data:data18};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/checks/" + i0+"/message",schemaPath:"#/properties/checks/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.checks.items.properties.message.type,parentSchema:schema55.properties.checks.items.properties.message,data:data18};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data15.location !== undefined){
let data19 = data15.location;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.file === undefined){
const err48 = {instancePath:instancePath+"/checks/" + i0+"/location",schemaPath:"#/properties/checks/items/properties/location/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema55.properties.checks.items.properties.location.required,parentSchema:schema55.properties.checks.items.properties.location,data:data19};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
for(const key5 in data19){
if(!(((key5 === "file") || (key5 === "line")) || (key5 === "column"))){
const err49 = {instancePath:instancePath+"/checks/" + i0+"/location",schemaPath:"#/properties/checks/items/properties/location/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema55.properties.checks.items.properties.location,data:data19};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data19.file !== undefined){
let data20 = data19.file;
if(typeof data20 === "string"){
if(func3(data20) > 1024){
const err50 = {instancePath:instancePath+"/checks/" + i0+"/location/file",schemaPath:"#/properties/checks/items/properties/location/properties/file/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema55.properties.checks.items.properties.location.properties.file,data:data20};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(func3(data20) < 1){
const err51 = {instancePath:instancePath+"/checks/" + i0+"/location/file",schemaPath:"#/properties/checks/items/properties/location/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.checks.items.properties.location.properties.file,data:data20};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/checks/" + i0+"/location/file",schemaPath:"#/properties/checks/items/properties/location/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.checks.items.properties.location.properties.file.type,parentSchema:schema55.properties.checks.items.properties.location.properties.file,data:data20};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data19.line !== undefined){
let data21 = data19.line;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err53 = {instancePath:instancePath+"/checks/" + i0+"/location/line",schemaPath:"#/properties/checks/items/properties/location/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.properties.checks.items.properties.location.properties.line.type,parentSchema:schema55.properties.checks.items.properties.location.properties.line,data:data21};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 1 || isNaN(data21)){
const err54 = {instancePath:instancePath+"/checks/" + i0+"/location/line",schemaPath:"#/properties/checks/items/properties/location/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema55.properties.checks.items.properties.location.properties.line,data:data21};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
if(data19.column !== undefined){
let data22 = data19.column;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err55 = {instancePath:instancePath+"/checks/" + i0+"/location/column",schemaPath:"#/properties/checks/items/properties/location/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.properties.checks.items.properties.location.properties.column.type,parentSchema:schema55.properties.checks.items.properties.location.properties.column,data:data22};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 1 || isNaN(data22)){
const err56 = {instancePath:instancePath+"/checks/" + i0+"/location/column",schemaPath:"#/properties/checks/items/properties/location/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema55.properties.checks.items.properties.location.properties.column,data:data22};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
}
else {
const err57 = {instancePath:instancePath+"/checks/" + i0+"/location",schemaPath:"#/properties/checks/items/properties/location/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.properties.checks.items.properties.location.type,parentSchema:schema55.properties.checks.items.properties.location,data:data19};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data15.remediation !== undefined){
let data23 = data15.remediation;
if(typeof data23 === "string"){
if(func3(data23) > 4096){
const err58 = {instancePath:instancePath+"/checks/" + i0+"/remediation",schemaPath:"#/properties/checks/items/properties/remediation/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema55.properties.checks.items.properties.remediation,data:data23};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/checks/" + i0+"/remediation",schemaPath:"#/properties/checks/items/properties/remediation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.checks.items.properties.remediation.type,parentSchema:schema55.properties.checks.items.properties.remediation,data:data23};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data15.unlock !== undefined){
let data24 = data15.unlock;
if(typeof data24 === "string"){
if(func3(data24) > 1024){
const err60 = {instancePath:instancePath+"/checks/" + i0+"/unlock",schemaPath:"#/properties/checks/items/properties/unlock/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema55.properties.checks.items.properties.unlock,data:data24};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/checks/" + i0+"/unlock",schemaPath:"#/properties/checks/items/properties/unlock/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.checks.items.properties.unlock.type,parentSchema:schema55.properties.checks.items.properties.unlock,data:data24};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.properties.checks.items.type,parentSchema:schema55.properties.checks.items,data:data15};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.checks.type,parentSchema:schema55.properties.checks,data:data14};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}

const validateBundleManifest = validate36;
const schema58 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/bundle-manifest.schema.json","title":"gonogo evidence bundle manifest (gonogo.bundle/v1)","description":"manifest.json at the root of an evidence bundle: what the bundle is about, the run that made it, and every file in it with its size and SHA-256. `digest` is the SHA-256 of the RFC 8785 canonical JSON of this document without `digest`. manifest.json and signature.json are not listed in `files`.","type":"object","required":["contract","bundle_id","created_at","subject","run","files","digest"],"additionalProperties":false,"properties":{"contract":{"const":"gonogo.bundle/v1"},"bundle_id":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[A-Za-z0-9._-]+$","description":"<repository name>-<first 12 of the commit SHA>-<first 12 of the SHA-256 of the canonical file list>."},"created_at":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$","description":"UTC time from SOURCE_DATE_EPOCH or the effective time, never the wall clock of the machine unless neither is given."},"subject":{"type":"object","required":["repository","sha","ref"],"additionalProperties":false,"properties":{"repository":{"type":"string","maxLength":256,"pattern":"^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)?$","description":"OWNER/NAME, or empty for a bundle made outside GitHub Actions."},"sha":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"ref":{"type":"string","maxLength":1024},"tag":{"type":"string","minLength":1,"maxLength":1024}}},"run":{"type":"object","description":"The workflow run that made the bundle; every field is null for a bundle made locally.","required":["url","workflow","actor","event","id","attempt"],"additionalProperties":false,"properties":{"url":{"type":["string","null"],"maxLength":2048,"description":"{server}/{repository}/actions/runs/{id}/attempts/{attempt}"},"workflow":{"type":["string","null"],"maxLength":1024},"actor":{"type":["string","null"],"maxLength":256},"event":{"type":["string","null"],"maxLength":128},"id":{"type":["string","null"],"pattern":"^[0-9]{1,20}$"},"attempt":{"type":["integer","null"],"minimum":1}}},"files":{"type":"array","description":"Every file of the bundle but manifest.json and signature.json, sorted by path, each path once.","items":{"type":"object","required":["path","size","sha256"],"additionalProperties":false,"properties":{"path":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^(?![A-Za-z]:)(?!(?:.*/)?\\.\\.?(?:/|$))[^/\\\\\\u0000]+(?:/[^/\\\\\\u0000]+)*$","description":"POSIX path relative to the bundle root: no leading '/', no drive letter, no backslash, no NUL, no empty, '.' or '..' segment."},"size":{"type":"integer","minimum":0},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}}},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"}}};
const pattern31 = new RegExp("^[A-Za-z0-9._-]+$", "u");
const pattern32 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$", "u");
const pattern33 = new RegExp("^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)?$", "u");
const pattern35 = new RegExp("^[0-9]{1,20}$", "u");
const pattern36 = new RegExp("^(?![A-Za-z]:)(?!(?:.*/)?\\.\\.?(?:/|$))[^/\\\\\\u0000]+(?:/[^/\\\\\\u0000]+)*$", "u");
const pattern37 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern38 = new RegExp("^sha256:[0-9a-f]{64}$", "u");

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gonogo.dev/schemas/bundle-manifest.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.contract === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contract"},message:"must have required property '"+"contract"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.bundle_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bundle_id"},message:"must have required property '"+"bundle_id"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.created_at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.subject === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.run === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.files === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.digest === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "contract") || (key0 === "bundle_id")) || (key0 === "created_at")) || (key0 === "subject")) || (key0 === "run")) || (key0 === "files")) || (key0 === "digest"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.contract !== undefined){
let data0 = data.contract;
if("gonogo.bundle/v1" !== data0){
const err8 = {instancePath:instancePath+"/contract",schemaPath:"#/properties/contract/const",keyword:"const",params:{allowedValue: "gonogo.bundle/v1"},message:"must be equal to constant",schema:"gonogo.bundle/v1",parentSchema:schema58.properties.contract,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.bundle_id !== undefined){
let data1 = data.bundle_id;
if(typeof data1 === "string"){
if(func3(data1) > 256){
const err9 = {instancePath:instancePath+"/bundle_id",schemaPath:"#/properties/bundle_id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema58.properties.bundle_id,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/bundle_id",schemaPath:"#/properties/bundle_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.bundle_id,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern31.test(data1)){
const err11 = {instancePath:instancePath+"/bundle_id",schemaPath:"#/properties/bundle_id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._-]+$"+"\"",schema:"^[A-Za-z0-9._-]+$",parentSchema:schema58.properties.bundle_id,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/bundle_id",schemaPath:"#/properties/bundle_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.bundle_id.type,parentSchema:schema58.properties.bundle_id,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.created_at !== undefined){
let data2 = data.created_at;
if(typeof data2 === "string"){
if(!pattern32.test(data2)){
const err13 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$",parentSchema:schema58.properties.created_at,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.created_at.type,parentSchema:schema58.properties.created_at,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.subject !== undefined){
let data3 = data.subject;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.repository === undefined){
const err15 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema58.properties.subject.required,parentSchema:schema58.properties.subject,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data3.sha === undefined){
const err16 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/required",keyword:"required",params:{missingProperty: "sha"},message:"must have required property '"+"sha"+"'",schema:schema58.properties.subject.required,parentSchema:schema58.properties.subject,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data3.ref === undefined){
const err17 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'",schema:schema58.properties.subject.required,parentSchema:schema58.properties.subject,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data3){
if(!((((key1 === "repository") || (key1 === "sha")) || (key1 === "ref")) || (key1 === "tag"))){
const err18 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema58.properties.subject,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data3.repository !== undefined){
let data4 = data3.repository;
if(typeof data4 === "string"){
if(func3(data4) > 256){
const err19 = {instancePath:instancePath+"/subject/repository",schemaPath:"#/properties/subject/properties/repository/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema58.properties.subject.properties.repository,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern33.test(data4)){
const err20 = {instancePath:instancePath+"/subject/repository",schemaPath:"#/properties/subject/properties/repository/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)?$"},message:"must match pattern \""+"^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)?$"+"\"",schema:"^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)?$",parentSchema:schema58.properties.subject.properties.repository,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/subject/repository",schemaPath:"#/properties/subject/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.subject.properties.repository.type,parentSchema:schema58.properties.subject.properties.repository,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data3.sha !== undefined){
let data5 = data3.sha;
if(typeof data5 === "string"){
if(!pattern29.test(data5)){
const err22 = {instancePath:instancePath+"/subject/sha",schemaPath:"#/properties/subject/properties/sha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\"",schema:"^[0-9a-f]{40}([0-9a-f]{24})?$",parentSchema:schema58.properties.subject.properties.sha,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/subject/sha",schemaPath:"#/properties/subject/properties/sha/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.subject.properties.sha.type,parentSchema:schema58.properties.subject.properties.sha,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data3.ref !== undefined){
let data6 = data3.ref;
if(typeof data6 === "string"){
if(func3(data6) > 1024){
const err24 = {instancePath:instancePath+"/subject/ref",schemaPath:"#/properties/subject/properties/ref/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema58.properties.subject.properties.ref,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/subject/ref",schemaPath:"#/properties/subject/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.subject.properties.ref.type,parentSchema:schema58.properties.subject.properties.ref,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data3.tag !== undefined){
let data7 = data3.tag;
if(typeof data7 === "string"){
if(func3(data7) > 1024){
const err26 = {instancePath:instancePath+"/subject/tag",schemaPath:"#/properties/subject/properties/tag/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema58.properties.subject.properties.tag,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func3(data7) < 1){
const err27 = {instancePath:instancePath+"/subject/tag",schemaPath:"#/properties/subject/properties/tag/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.subject.properties.tag,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/subject/tag",schemaPath:"#/properties/subject/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.subject.properties.tag.type,parentSchema:schema58.properties.subject.properties.tag,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.subject.type,parentSchema:schema58.properties.subject,data:data3};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.run !== undefined){
let data8 = data.run;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.url === undefined){
const err30 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema58.properties.run.required,parentSchema:schema58.properties.run,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data8.workflow === undefined){
const err31 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'",schema:schema58.properties.run.required,parentSchema:schema58.properties.run,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data8.actor === undefined){
const err32 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'",schema:schema58.properties.run.required,parentSchema:schema58.properties.run,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data8.event === undefined){
const err33 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'",schema:schema58.properties.run.required,parentSchema:schema58.properties.run,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data8.id === undefined){
const err34 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema58.properties.run.required,parentSchema:schema58.properties.run,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data8.attempt === undefined){
const err35 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "attempt"},message:"must have required property '"+"attempt"+"'",schema:schema58.properties.run.required,parentSchema:schema58.properties.run,data:data8};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key2 in data8){
if(!((((((key2 === "url") || (key2 === "workflow")) || (key2 === "actor")) || (key2 === "event")) || (key2 === "id")) || (key2 === "attempt"))){
const err36 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema58.properties.run,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data8.url !== undefined){
let data9 = data8.url;
if((typeof data9 !== "string") && (data9 !== null)){
const err37 = {instancePath:instancePath+"/run/url",schemaPath:"#/properties/run/properties/url/type",keyword:"type",params:{type: schema58.properties.run.properties.url.type},message:"must be string,null",schema:schema58.properties.run.properties.url.type,parentSchema:schema58.properties.run.properties.url,data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(typeof data9 === "string"){
if(func3(data9) > 2048){
const err38 = {instancePath:instancePath+"/run/url",schemaPath:"#/properties/run/properties/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema58.properties.run.properties.url,data:data9};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data8.workflow !== undefined){
let data10 = data8.workflow;
if((typeof data10 !== "string") && (data10 !== null)){
const err39 = {instancePath:instancePath+"/run/workflow",schemaPath:"#/properties/run/properties/workflow/type",keyword:"type",params:{type: schema58.properties.run.properties.workflow.type},message:"must be string,null",schema:schema58.properties.run.properties.workflow.type,parentSchema:schema58.properties.run.properties.workflow,data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(typeof data10 === "string"){
if(func3(data10) > 1024){
const err40 = {instancePath:instancePath+"/run/workflow",schemaPath:"#/properties/run/properties/workflow/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema58.properties.run.properties.workflow,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data8.actor !== undefined){
let data11 = data8.actor;
if((typeof data11 !== "string") && (data11 !== null)){
const err41 = {instancePath:instancePath+"/run/actor",schemaPath:"#/properties/run/properties/actor/type",keyword:"type",params:{type: schema58.properties.run.properties.actor.type},message:"must be string,null",schema:schema58.properties.run.properties.actor.type,parentSchema:schema58.properties.run.properties.actor,data:data11};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(typeof data11 === "string"){
if(func3(data11) > 256){
const err42 = {instancePath:instancePath+"/run/actor",schemaPath:"#/properties/run/properties/actor/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema58.properties.run.properties.actor,data:data11};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data8.event !== undefined){
let data12 = data8.event;
if((typeof data12 !== "string") && (data12 !== null)){
const err43 = {instancePath:instancePath+"/run/event",schemaPath:"#/properties/run/properties/event/type",keyword:"type",params:{type: schema58.properties.run.properties.event.type},message:"must be string,null",schema:schema58.properties.run.properties.event.type,parentSchema:schema58.properties.run.properties.event,data:data12};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(typeof data12 === "string"){
if(func3(data12) > 128){
const err44 = {instancePath:instancePath+"/run/event",schemaPath:"#/properties/run/properties/event/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema58.properties.run.properties.event,data:data12};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
if(data8.id !== undefined){
let data13 = data8.id;
if((typeof data13 !== "string") && (data13 !== null)){
const err45 = {instancePath:instancePath+"/run/id",schemaPath:"#/properties/run/properties/id/type",keyword:"type",params:{type: schema58.properties.run.properties.id.type},message:"must be string,null",schema:schema58.properties.run.properties.id.type,parentSchema:schema58.properties.run.properties.id,data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(typeof data13 === "string"){
if(!pattern35.test(data13)){
const err46 = {instancePath:instancePath+"/run/id",schemaPath:"#/properties/run/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,20}$"},message:"must match pattern \""+"^[0-9]{1,20}$"+"\"",schema:"^[0-9]{1,20}$",parentSchema:schema58.properties.run.properties.id,data:data13};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data8.attempt !== undefined){
let data14 = data8.attempt;
if((!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))) && (data14 !== null)){
const err47 = {instancePath:instancePath+"/run/attempt",schemaPath:"#/properties/run/properties/attempt/type",keyword:"type",params:{type: schema58.properties.run.properties.attempt.type},message:"must be integer,null",schema:schema58.properties.run.properties.attempt.type,parentSchema:schema58.properties.run.properties.attempt,data:data14};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
const err48 = {instancePath:instancePath+"/run/attempt",schemaPath:"#/properties/run/properties/attempt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema58.properties.run.properties.attempt,data:data14};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
}
else {
const err49 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.run.type,parentSchema:schema58.properties.run,data:data8};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.files !== undefined){
let data15 = data.files;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.path === undefined){
const err50 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema58.properties.files.items.required,parentSchema:schema58.properties.files.items,data:data16};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data16.size === undefined){
const err51 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema58.properties.files.items.required,parentSchema:schema58.properties.files.items,data:data16};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data16.sha256 === undefined){
const err52 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema58.properties.files.items.required,parentSchema:schema58.properties.files.items,data:data16};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
for(const key3 in data16){
if(!(((key3 === "path") || (key3 === "size")) || (key3 === "sha256"))){
const err53 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema58.properties.files.items,data:data16};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data16.path !== undefined){
let data17 = data16.path;
if(typeof data17 === "string"){
if(func3(data17) > 1024){
const err54 = {instancePath:instancePath+"/files/" + i0+"/path",schemaPath:"#/properties/files/items/properties/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema58.properties.files.items.properties.path,data:data17};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(func3(data17) < 1){
const err55 = {instancePath:instancePath+"/files/" + i0+"/path",schemaPath:"#/properties/files/items/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.files.items.properties.path,data:data17};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!pattern36.test(data17)){
const err56 = {instancePath:instancePath+"/files/" + i0+"/path",schemaPath:"#/properties/files/items/properties/path/pattern",keyword:"pattern",params:{pattern: "^(?![A-Za-z]:)(?!(?:.*/)?\\.\\.?(?:/|$))[^/\\\\\\u0000]+(?:/[^/\\\\\\u0000]+)*$"},message:"must match pattern \""+"^(?![A-Za-z]:)(?!(?:.*/)?\\.\\.?(?:/|$))[^/\\\\\\u0000]+(?:/[^/\\\\\\u0000]+)*$"+"\"",schema:"^(?![A-Za-z]:)(?!(?:.*/)?\\.\\.?(?:/|$))[^/\\\\\\u0000]+(?:/[^/\\\\\\u0000]+)*$",parentSchema:schema58.properties.files.items.properties.path,data:data17};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/files/" + i0+"/path",schemaPath:"#/properties/files/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.files.items.properties.path.type,parentSchema:schema58.properties.files.items.properties.path,data:data17};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data16.size !== undefined){
let data18 = data16.size;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err58 = {instancePath:instancePath+"/files/" + i0+"/size",schemaPath:"#/properties/files/items/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.files.items.properties.size.type,parentSchema:schema58.properties.files.items.properties.size,data:data18};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err59 = {instancePath:instancePath+"/files/" + i0+"/size",schemaPath:"#/properties/files/items/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.files.items.properties.size,data:data18};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
if(data16.sha256 !== undefined){
let data19 = data16.sha256;
if(typeof data19 === "string"){
if(!pattern37.test(data19)){
const err60 = {instancePath:instancePath+"/files/" + i0+"/sha256",schemaPath:"#/properties/files/items/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema58.properties.files.items.properties.sha256,data:data19};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/files/" + i0+"/sha256",schemaPath:"#/properties/files/items/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.files.items.properties.sha256.type,parentSchema:schema58.properties.files.items.properties.sha256,data:data19};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.files.items.type,parentSchema:schema58.properties.files.items,data:data16};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.files.type,parentSchema:schema58.properties.files,data:data15};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.digest !== undefined){
let data20 = data.digest;
if(typeof data20 === "string"){
if(!pattern38.test(data20)){
const err64 = {instancePath:instancePath+"/digest",schemaPath:"#/properties/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema58.properties.digest,data:data20};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/digest",schemaPath:"#/properties/digest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.digest.type,parentSchema:schema58.properties.digest,data:data20};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}

const validatePromotionRecord = validate37;
const schema59 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/promotion-record.schema.json","title":"gonogo promotion record (gonogo.promotion/v1)","description":"One promotion (or rollback) of an evidence bundle into an environment: the payload of a GitHub deployment, or a file of the CLI's state folder. `previous` is the digest of the environment's record before it (null for the first): a hash chain. `digest` is the SHA-256 of the RFC 8785 canonical JSON of this document without `digest` and `signature`.","type":"object","required":["contract","environment","sequence","kind","bundle","source","reviewers","approvals","run","promoted_at","previous","digest"],"additionalProperties":false,"definitions":{"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"}},"properties":{"contract":{"const":"gonogo.promotion/v1"},"environment":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"},"sequence":{"type":"integer","minimum":1},"kind":{"enum":["promotion","rollback"]},"reason":{"type":"string","maxLength":1024},"rollback_of":{"$ref":"#/definitions/digest"},"bundle":{"type":"object","required":["id","digest","subject","created_at","decision","artifact","location"],"additionalProperties":false,"properties":{"replayed":{"type":"boolean","description":"true: the promotion checks decided again from the bundle alone (bundle verify --replay) and got its summary byte for byte; false: the bundle records no inputs (made before replayable bundles) and was accepted with allow-unreplayable (or is a rollback to such a bundle). Absent in records written before replay existed."},"id":{"type":"string","minLength":1,"maxLength":256},"digest":{"$ref":"#/definitions/digest"},"subject":{"type":"object","required":["repository","sha","ref"],"additionalProperties":false,"properties":{"repository":{"type":"string"},"sha":{"type":"string"},"ref":{"type":"string"},"tag":{"type":"string"}}},"created_at":{"type":"string"},"decision":{"enum":["go","conditional-go","no-go"]},"artifact":{"oneOf":[{"type":"null"},{"type":"object","required":["name","id"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"id":{"type":"integer","minimum":1}}}]},"location":{"type":["string","null"],"maxLength":4096}}},"source":{"oneOf":[{"type":"null"},{"type":"object","required":["environment","record"],"additionalProperties":false,"properties":{"environment":{"type":"string"},"record":{"$ref":"#/definitions/digest"}}}]},"reviewers":{"type":"object","required":["required","verified","named","prevent_self_review"],"additionalProperties":false,"properties":{"required":{"type":"integer","minimum":0},"verified":{"type":"boolean"},"named":{"type":"array","items":{"type":"string"}},"prevent_self_review":{"type":["boolean","null"]}}},"approvals":{"type":"array","items":{"type":"object","required":["user","state","comment","observed_at"],"additionalProperties":false,"properties":{"user":{"type":"string"},"state":{"type":"string"},"comment":{"type":"string","maxLength":4096},"observed_at":{"type":"string"}}}},"run":{"type":"object","required":["url","workflow","actor","event","id","attempt"],"additionalProperties":false,"properties":{"url":{"type":["string","null"]},"workflow":{"type":["string","null"]},"actor":{"type":["string","null"]},"event":{"type":["string","null"]},"id":{"type":["string","null"]},"attempt":{"type":["integer","null"]}}},"promoted_at":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$"},"previous":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/digest"}]},"digest":{"$ref":"#/definitions/digest"},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"With a signing key: hex HMAC-SHA256 of `digest` (as bundles sign theirs). Not part of the digest."}}};
const schema60 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gonogo.dev/schemas/promotion-record.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.contract === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contract"},message:"must have required property '"+"contract"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.environment === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.sequence === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sequence"},message:"must have required property '"+"sequence"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.kind === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.bundle === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bundle"},message:"must have required property '"+"bundle"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.source === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.reviewers === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reviewers"},message:"must have required property '"+"reviewers"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.approvals === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approvals"},message:"must have required property '"+"approvals"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.run === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.promoted_at === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "promoted_at"},message:"must have required property '"+"promoted_at"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.previous === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previous"},message:"must have required property '"+"previous"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.digest === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema59.properties, key0))){
const err12 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.contract !== undefined){
let data0 = data.contract;
if("gonogo.promotion/v1" !== data0){
const err13 = {instancePath:instancePath+"/contract",schemaPath:"#/properties/contract/const",keyword:"const",params:{allowedValue: "gonogo.promotion/v1"},message:"must be equal to constant",schema:"gonogo.promotion/v1",parentSchema:schema59.properties.contract,data:data0};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.environment !== undefined){
let data1 = data.environment;
if(typeof data1 === "string"){
if(!pattern13.test(data1)){
const err14 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$",parentSchema:schema59.properties.environment,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.environment.type,parentSchema:schema59.properties.environment,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.sequence !== undefined){
let data2 = data.sequence;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err16 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.properties.sequence.type,parentSchema:schema59.properties.sequence,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err17 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema59.properties.sequence,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.kind !== undefined){
let data3 = data.kind;
if(!((data3 === "promotion") || (data3 === "rollback"))){
const err18 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema59.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema59.properties.kind.enum,parentSchema:schema59.properties.kind,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.reason !== undefined){
let data4 = data.reason;
if(typeof data4 === "string"){
if(func3(data4) > 1024){
const err19 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema59.properties.reason,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.reason.type,parentSchema:schema59.properties.reason,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.rollback_of !== undefined){
let data5 = data.rollback_of;
if(typeof data5 === "string"){
if(!pattern38.test(data5)){
const err21 = {instancePath:instancePath+"/rollback_of",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema60,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/rollback_of",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.bundle !== undefined){
let data6 = data.bundle;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.id === undefined){
const err23 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema59.properties.bundle.required,parentSchema:schema59.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data6.digest === undefined){
const err24 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'",schema:schema59.properties.bundle.required,parentSchema:schema59.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data6.subject === undefined){
const err25 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema59.properties.bundle.required,parentSchema:schema59.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data6.created_at === undefined){
const err26 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'",schema:schema59.properties.bundle.required,parentSchema:schema59.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data6.decision === undefined){
const err27 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/required",keyword:"required",params:{missingProperty: "decision"},message:"must have required property '"+"decision"+"'",schema:schema59.properties.bundle.required,parentSchema:schema59.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data6.artifact === undefined){
const err28 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/required",keyword:"required",params:{missingProperty: "artifact"},message:"must have required property '"+"artifact"+"'",schema:schema59.properties.bundle.required,parentSchema:schema59.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data6.location === undefined){
const err29 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/required",keyword:"required",params:{missingProperty: "location"},message:"must have required property '"+"location"+"'",schema:schema59.properties.bundle.required,parentSchema:schema59.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key1 in data6){
if(!((((((((key1 === "replayed") || (key1 === "id")) || (key1 === "digest")) || (key1 === "subject")) || (key1 === "created_at")) || (key1 === "decision")) || (key1 === "artifact")) || (key1 === "location"))){
const err30 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data6.replayed !== undefined){
let data7 = data6.replayed;
if(typeof data7 !== "boolean"){
const err31 = {instancePath:instancePath+"/bundle/replayed",schemaPath:"#/properties/bundle/properties/replayed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema59.properties.bundle.properties.replayed.type,parentSchema:schema59.properties.bundle.properties.replayed,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data6.id !== undefined){
let data8 = data6.id;
if(typeof data8 === "string"){
if(func3(data8) > 256){
const err32 = {instancePath:instancePath+"/bundle/id",schemaPath:"#/properties/bundle/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema59.properties.bundle.properties.id,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(func3(data8) < 1){
const err33 = {instancePath:instancePath+"/bundle/id",schemaPath:"#/properties/bundle/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.bundle.properties.id,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/bundle/id",schemaPath:"#/properties/bundle/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.bundle.properties.id.type,parentSchema:schema59.properties.bundle.properties.id,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data6.digest !== undefined){
let data9 = data6.digest;
if(typeof data9 === "string"){
if(!pattern38.test(data9)){
const err35 = {instancePath:instancePath+"/bundle/digest",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema60,data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/bundle/digest",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data6.subject !== undefined){
let data10 = data6.subject;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.repository === undefined){
const err37 = {instancePath:instancePath+"/bundle/subject",schemaPath:"#/properties/bundle/properties/subject/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema59.properties.bundle.properties.subject.required,parentSchema:schema59.properties.bundle.properties.subject,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data10.sha === undefined){
const err38 = {instancePath:instancePath+"/bundle/subject",schemaPath:"#/properties/bundle/properties/subject/required",keyword:"required",params:{missingProperty: "sha"},message:"must have required property '"+"sha"+"'",schema:schema59.properties.bundle.properties.subject.required,parentSchema:schema59.properties.bundle.properties.subject,data:data10};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data10.ref === undefined){
const err39 = {instancePath:instancePath+"/bundle/subject",schemaPath:"#/properties/bundle/properties/subject/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'",schema:schema59.properties.bundle.properties.subject.required,parentSchema:schema59.properties.bundle.properties.subject,data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key2 in data10){
if(!((((key2 === "repository") || (key2 === "sha")) || (key2 === "ref")) || (key2 === "tag"))){
const err40 = {instancePath:instancePath+"/bundle/subject",schemaPath:"#/properties/bundle/properties/subject/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.bundle.properties.subject,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data10.repository !== undefined){
let data11 = data10.repository;
if(typeof data11 !== "string"){
const err41 = {instancePath:instancePath+"/bundle/subject/repository",schemaPath:"#/properties/bundle/properties/subject/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.bundle.properties.subject.properties.repository.type,parentSchema:schema59.properties.bundle.properties.subject.properties.repository,data:data11};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data10.sha !== undefined){
let data12 = data10.sha;
if(typeof data12 !== "string"){
const err42 = {instancePath:instancePath+"/bundle/subject/sha",schemaPath:"#/properties/bundle/properties/subject/properties/sha/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.bundle.properties.subject.properties.sha.type,parentSchema:schema59.properties.bundle.properties.subject.properties.sha,data:data12};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data10.ref !== undefined){
let data13 = data10.ref;
if(typeof data13 !== "string"){
const err43 = {instancePath:instancePath+"/bundle/subject/ref",schemaPath:"#/properties/bundle/properties/subject/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.bundle.properties.subject.properties.ref.type,parentSchema:schema59.properties.bundle.properties.subject.properties.ref,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data10.tag !== undefined){
let data14 = data10.tag;
if(typeof data14 !== "string"){
const err44 = {instancePath:instancePath+"/bundle/subject/tag",schemaPath:"#/properties/bundle/properties/subject/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.bundle.properties.subject.properties.tag.type,parentSchema:schema59.properties.bundle.properties.subject.properties.tag,data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/bundle/subject",schemaPath:"#/properties/bundle/properties/subject/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.bundle.properties.subject.type,parentSchema:schema59.properties.bundle.properties.subject,data:data10};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data6.created_at !== undefined){
let data15 = data6.created_at;
if(typeof data15 !== "string"){
const err46 = {instancePath:instancePath+"/bundle/created_at",schemaPath:"#/properties/bundle/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.bundle.properties.created_at.type,parentSchema:schema59.properties.bundle.properties.created_at,data:data15};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data6.decision !== undefined){
let data16 = data6.decision;
if(!(((data16 === "go") || (data16 === "conditional-go")) || (data16 === "no-go"))){
const err47 = {instancePath:instancePath+"/bundle/decision",schemaPath:"#/properties/bundle/properties/decision/enum",keyword:"enum",params:{allowedValues: schema59.properties.bundle.properties.decision.enum},message:"must be equal to one of the allowed values",schema:schema59.properties.bundle.properties.decision.enum,parentSchema:schema59.properties.bundle.properties.decision,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data6.artifact !== undefined){
let data17 = data6.artifact;
const _errs38 = errors;
let valid5 = false;
let passing0 = null;
const _errs39 = errors;
if(data17 !== null){
const err48 = {instancePath:instancePath+"/bundle/artifact",schemaPath:"#/properties/bundle/properties/artifact/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema59.properties.bundle.properties.artifact.oneOf[0].type,parentSchema:schema59.properties.bundle.properties.artifact.oneOf[0],data:data17};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid0 = _errs39 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs41 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.name === undefined){
const err49 = {instancePath:instancePath+"/bundle/artifact",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema59.properties.bundle.properties.artifact.oneOf[1].required,parentSchema:schema59.properties.bundle.properties.artifact.oneOf[1],data:data17};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data17.id === undefined){
const err50 = {instancePath:instancePath+"/bundle/artifact",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema59.properties.bundle.properties.artifact.oneOf[1].required,parentSchema:schema59.properties.bundle.properties.artifact.oneOf[1],data:data17};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key3 in data17){
if(!((key3 === "name") || (key3 === "id"))){
const err51 = {instancePath:instancePath+"/bundle/artifact",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.bundle.properties.artifact.oneOf[1],data:data17};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data17.name !== undefined){
let data18 = data17.name;
if(typeof data18 === "string"){
if(func3(data18) < 1){
const err52 = {instancePath:instancePath+"/bundle/artifact/name",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.bundle.properties.artifact.oneOf[1].properties.name,data:data18};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/bundle/artifact/name",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.bundle.properties.artifact.oneOf[1].properties.name.type,parentSchema:schema59.properties.bundle.properties.artifact.oneOf[1].properties.name,data:data18};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data17.id !== undefined){
let data19 = data17.id;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err54 = {instancePath:instancePath+"/bundle/artifact/id",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.properties.bundle.properties.artifact.oneOf[1].properties.id.type,parentSchema:schema59.properties.bundle.properties.artifact.oneOf[1].properties.id,data:data19};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 1 || isNaN(data19)){
const err55 = {instancePath:instancePath+"/bundle/artifact/id",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema59.properties.bundle.properties.artifact.oneOf[1].properties.id,data:data19};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
}
else {
const err56 = {instancePath:instancePath+"/bundle/artifact",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.bundle.properties.artifact.oneOf[1].type,parentSchema:schema59.properties.bundle.properties.artifact.oneOf[1],data:data17};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
var _valid0 = _errs41 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err57 = {instancePath:instancePath+"/bundle/artifact",schemaPath:"#/properties/bundle/properties/artifact/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema59.properties.bundle.properties.artifact.oneOf,parentSchema:schema59.properties.bundle.properties.artifact,data:data17};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
else {
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
}
}
if(data6.location !== undefined){
let data20 = data6.location;
if((typeof data20 !== "string") && (data20 !== null)){
const err58 = {instancePath:instancePath+"/bundle/location",schemaPath:"#/properties/bundle/properties/location/type",keyword:"type",params:{type: schema59.properties.bundle.properties.location.type},message:"must be string,null",schema:schema59.properties.bundle.properties.location.type,parentSchema:schema59.properties.bundle.properties.location,data:data20};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(typeof data20 === "string"){
if(func3(data20) > 4096){
const err59 = {instancePath:instancePath+"/bundle/location",schemaPath:"#/properties/bundle/properties/location/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema59.properties.bundle.properties.location,data:data20};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
}
else {
const err60 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.bundle.type,parentSchema:schema59.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.source !== undefined){
let data21 = data.source;
const _errs51 = errors;
let valid7 = false;
let passing1 = null;
const _errs52 = errors;
if(data21 !== null){
const err61 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema59.properties.source.oneOf[0].type,parentSchema:schema59.properties.source.oneOf[0],data:data21};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var _valid1 = _errs52 === errors;
if(_valid1){
valid7 = true;
passing1 = 0;
}
const _errs54 = errors;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.environment === undefined){
const err62 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf/1/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'",schema:schema59.properties.source.oneOf[1].required,parentSchema:schema59.properties.source.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data21.record === undefined){
const err63 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf/1/required",keyword:"required",params:{missingProperty: "record"},message:"must have required property '"+"record"+"'",schema:schema59.properties.source.oneOf[1].required,parentSchema:schema59.properties.source.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
for(const key4 in data21){
if(!((key4 === "environment") || (key4 === "record"))){
const err64 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.source.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data21.environment !== undefined){
let data22 = data21.environment;
if(typeof data22 !== "string"){
const err65 = {instancePath:instancePath+"/source/environment",schemaPath:"#/properties/source/oneOf/1/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.source.oneOf[1].properties.environment.type,parentSchema:schema59.properties.source.oneOf[1].properties.environment,data:data22};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data21.record !== undefined){
let data23 = data21.record;
if(typeof data23 === "string"){
if(!pattern38.test(data23)){
const err66 = {instancePath:instancePath+"/source/record",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema60,data:data23};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/source/record",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data23};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.source.oneOf[1].type,parentSchema:schema59.properties.source.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var _valid1 = _errs54 === errors;
if(_valid1 && valid7){
valid7 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid7 = true;
passing1 = 1;
}
}
if(!valid7){
const err69 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema59.properties.source.oneOf,parentSchema:schema59.properties.source,data:data21};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
else {
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
}
}
if(data.reviewers !== undefined){
let data24 = data.reviewers;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.required === undefined){
const err70 = {instancePath:instancePath+"/reviewers",schemaPath:"#/properties/reviewers/required",keyword:"required",params:{missingProperty: "required"},message:"must have required property '"+"required"+"'",schema:schema59.properties.reviewers.required,parentSchema:schema59.properties.reviewers,data:data24};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data24.verified === undefined){
const err71 = {instancePath:instancePath+"/reviewers",schemaPath:"#/properties/reviewers/required",keyword:"required",params:{missingProperty: "verified"},message:"must have required property '"+"verified"+"'",schema:schema59.properties.reviewers.required,parentSchema:schema59.properties.reviewers,data:data24};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data24.named === undefined){
const err72 = {instancePath:instancePath+"/reviewers",schemaPath:"#/properties/reviewers/required",keyword:"required",params:{missingProperty: "named"},message:"must have required property '"+"named"+"'",schema:schema59.properties.reviewers.required,parentSchema:schema59.properties.reviewers,data:data24};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data24.prevent_self_review === undefined){
const err73 = {instancePath:instancePath+"/reviewers",schemaPath:"#/properties/reviewers/required",keyword:"required",params:{missingProperty: "prevent_self_review"},message:"must have required property '"+"prevent_self_review"+"'",schema:schema59.properties.reviewers.required,parentSchema:schema59.properties.reviewers,data:data24};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
for(const key5 in data24){
if(!((((key5 === "required") || (key5 === "verified")) || (key5 === "named")) || (key5 === "prevent_self_review"))){
const err74 = {instancePath:instancePath+"/reviewers",schemaPath:"#/properties/reviewers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.reviewers,data:data24};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data24.required !== undefined){
let data25 = data24.required;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err75 = {instancePath:instancePath+"/reviewers/required",schemaPath:"#/properties/reviewers/properties/required/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.properties.reviewers.properties.required.type,parentSchema:schema59.properties.reviewers.properties.required,data:data25};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 0 || isNaN(data25)){
const err76 = {instancePath:instancePath+"/reviewers/required",schemaPath:"#/properties/reviewers/properties/required/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema59.properties.reviewers.properties.required,data:data25};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
if(data24.verified !== undefined){
let data26 = data24.verified;
if(typeof data26 !== "boolean"){
const err77 = {instancePath:instancePath+"/reviewers/verified",schemaPath:"#/properties/reviewers/properties/verified/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema59.properties.reviewers.properties.verified.type,parentSchema:schema59.properties.reviewers.properties.verified,data:data26};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data24.named !== undefined){
let data27 = data24.named;
if(Array.isArray(data27)){
const len0 = data27.length;
for(let i0=0; i0<len0; i0++){
let data28 = data27[i0];
if(typeof data28 !== "string"){
const err78 = {instancePath:instancePath+"/reviewers/named/" + i0,schemaPath:"#/properties/reviewers/properties/named/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.reviewers.properties.named.items.type,parentSchema:schema59.properties.reviewers.properties.named.items,data:data28};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/reviewers/named",schemaPath:"#/properties/reviewers/properties/named/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.properties.reviewers.properties.named.type,parentSchema:schema59.properties.reviewers.properties.named,data:data27};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data24.prevent_self_review !== undefined){
let data29 = data24.prevent_self_review;
if((typeof data29 !== "boolean") && (data29 !== null)){
const err80 = {instancePath:instancePath+"/reviewers/prevent_self_review",schemaPath:"#/properties/reviewers/properties/prevent_self_review/type",keyword:"type",params:{type: schema59.properties.reviewers.properties.prevent_self_review.type},message:"must be boolean,null",schema:schema59.properties.reviewers.properties.prevent_self_review.type,parentSchema:schema59.properties.reviewers.properties.prevent_self_review,data:data29};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/reviewers",schemaPath:"#/properties/reviewers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.reviewers.type,parentSchema:schema59.properties.reviewers,data:data24};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.approvals !== undefined){
let data30 = data.approvals;
if(Array.isArray(data30)){
const len1 = data30.length;
for(let i1=0; i1<len1; i1++){
let data31 = data30[i1];
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.user === undefined){
const err82 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'",schema:schema59.properties.approvals.items.required,parentSchema:schema59.properties.approvals.items,data:data31};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data31.state === undefined){
const err83 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'",schema:schema59.properties.approvals.items.required,parentSchema:schema59.properties.approvals.items,data:data31};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data31.comment === undefined){
const err84 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "comment"},message:"must have required property '"+"comment"+"'",schema:schema59.properties.approvals.items.required,parentSchema:schema59.properties.approvals.items,data:data31};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data31.observed_at === undefined){
const err85 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "observed_at"},message:"must have required property '"+"observed_at"+"'",schema:schema59.properties.approvals.items.required,parentSchema:schema59.properties.approvals.items,data:data31};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
for(const key6 in data31){
if(!((((key6 === "user") || (key6 === "state")) || (key6 === "comment")) || (key6 === "observed_at"))){
const err86 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.approvals.items,data:data31};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data31.user !== undefined){
let data32 = data31.user;
if(typeof data32 !== "string"){
const err87 = {instancePath:instancePath+"/approvals/" + i1+"/user",schemaPath:"#/properties/approvals/items/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.approvals.items.properties.user.type,parentSchema:schema59.properties.approvals.items.properties.user,data:data32};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data31.state !== undefined){
let data33 = data31.state;
if(typeof data33 !== "string"){
const err88 = {instancePath:instancePath+"/approvals/" + i1+"/state",schemaPath:"#/properties/approvals/items/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.approvals.items.properties.state.type,parentSchema:schema59.properties.approvals.items.properties.state,data:data33};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data31.comment !== undefined){
let data34 = data31.comment;
if(typeof data34 === "string"){
if(func3(data34) > 4096){
const err89 = {instancePath:instancePath+"/approvals/" + i1+"/comment",schemaPath:"#/properties/approvals/items/properties/comment/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema59.properties.approvals.items.properties.comment,data:data34};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/approvals/" + i1+"/comment",schemaPath:"#/properties/approvals/items/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.approvals.items.properties.comment.type,parentSchema:schema59.properties.approvals.items.properties.comment,data:data34};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data31.observed_at !== undefined){
let data35 = data31.observed_at;
if(typeof data35 !== "string"){
const err91 = {instancePath:instancePath+"/approvals/" + i1+"/observed_at",schemaPath:"#/properties/approvals/items/properties/observed_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.approvals.items.properties.observed_at.type,parentSchema:schema59.properties.approvals.items.properties.observed_at,data:data35};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.approvals.items.type,parentSchema:schema59.properties.approvals.items,data:data31};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/approvals",schemaPath:"#/properties/approvals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.properties.approvals.type,parentSchema:schema59.properties.approvals,data:data30};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data.run !== undefined){
let data36 = data.run;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.url === undefined){
const err94 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema59.properties.run.required,parentSchema:schema59.properties.run,data:data36};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data36.workflow === undefined){
const err95 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'",schema:schema59.properties.run.required,parentSchema:schema59.properties.run,data:data36};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data36.actor === undefined){
const err96 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'",schema:schema59.properties.run.required,parentSchema:schema59.properties.run,data:data36};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data36.event === undefined){
const err97 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'",schema:schema59.properties.run.required,parentSchema:schema59.properties.run,data:data36};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data36.id === undefined){
const err98 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema59.properties.run.required,parentSchema:schema59.properties.run,data:data36};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data36.attempt === undefined){
const err99 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "attempt"},message:"must have required property '"+"attempt"+"'",schema:schema59.properties.run.required,parentSchema:schema59.properties.run,data:data36};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
for(const key7 in data36){
if(!((((((key7 === "url") || (key7 === "workflow")) || (key7 === "actor")) || (key7 === "event")) || (key7 === "id")) || (key7 === "attempt"))){
const err100 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.run,data:data36};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data36.url !== undefined){
let data37 = data36.url;
if((typeof data37 !== "string") && (data37 !== null)){
const err101 = {instancePath:instancePath+"/run/url",schemaPath:"#/properties/run/properties/url/type",keyword:"type",params:{type: schema59.properties.run.properties.url.type},message:"must be string,null",schema:schema59.properties.run.properties.url.type,parentSchema:schema59.properties.run.properties.url,data:data37};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data36.workflow !== undefined){
let data38 = data36.workflow;
if((typeof data38 !== "string") && (data38 !== null)){
const err102 = {instancePath:instancePath+"/run/workflow",schemaPath:"#/properties/run/properties/workflow/type",keyword:"type",params:{type: schema59.properties.run.properties.workflow.type},message:"must be string,null",schema:schema59.properties.run.properties.workflow.type,parentSchema:schema59.properties.run.properties.workflow,data:data38};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data36.actor !== undefined){
let data39 = data36.actor;
if((typeof data39 !== "string") && (data39 !== null)){
const err103 = {instancePath:instancePath+"/run/actor",schemaPath:"#/properties/run/properties/actor/type",keyword:"type",params:{type: schema59.properties.run.properties.actor.type},message:"must be string,null",schema:schema59.properties.run.properties.actor.type,parentSchema:schema59.properties.run.properties.actor,data:data39};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data36.event !== undefined){
let data40 = data36.event;
if((typeof data40 !== "string") && (data40 !== null)){
const err104 = {instancePath:instancePath+"/run/event",schemaPath:"#/properties/run/properties/event/type",keyword:"type",params:{type: schema59.properties.run.properties.event.type},message:"must be string,null",schema:schema59.properties.run.properties.event.type,parentSchema:schema59.properties.run.properties.event,data:data40};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data36.id !== undefined){
let data41 = data36.id;
if((typeof data41 !== "string") && (data41 !== null)){
const err105 = {instancePath:instancePath+"/run/id",schemaPath:"#/properties/run/properties/id/type",keyword:"type",params:{type: schema59.properties.run.properties.id.type},message:"must be string,null",schema:schema59.properties.run.properties.id.type,parentSchema:schema59.properties.run.properties.id,data:data41};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data36.attempt !== undefined){
let data42 = data36.attempt;
if((!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))) && (data42 !== null)){
const err106 = {instancePath:instancePath+"/run/attempt",schemaPath:"#/properties/run/properties/attempt/type",keyword:"type",params:{type: schema59.properties.run.properties.attempt.type},message:"must be integer,null",schema:schema59.properties.run.properties.attempt.type,parentSchema:schema59.properties.run.properties.attempt,data:data42};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.run.type,parentSchema:schema59.properties.run,data:data36};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data.promoted_at !== undefined){
let data43 = data.promoted_at;
if(typeof data43 === "string"){
if(!pattern32.test(data43)){
const err108 = {instancePath:instancePath+"/promoted_at",schemaPath:"#/properties/promoted_at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$",parentSchema:schema59.properties.promoted_at,data:data43};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
else {
const err109 = {instancePath:instancePath+"/promoted_at",schemaPath:"#/properties/promoted_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.promoted_at.type,parentSchema:schema59.properties.promoted_at,data:data43};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data.previous !== undefined){
let data44 = data.previous;
const _errs106 = errors;
let valid17 = false;
let passing2 = null;
const _errs107 = errors;
if(data44 !== null){
const err110 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema59.properties.previous.oneOf[0].type,parentSchema:schema59.properties.previous.oneOf[0],data:data44};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid2 = _errs107 === errors;
if(_valid2){
valid17 = true;
passing2 = 0;
}
const _errs109 = errors;
if(typeof data44 === "string"){
if(!pattern38.test(data44)){
const err111 = {instancePath:instancePath+"/previous",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema60,data:data44};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/previous",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data44};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
var _valid2 = _errs109 === errors;
if(_valid2 && valid17){
valid17 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid17 = true;
passing2 = 1;
}
}
if(!valid17){
const err113 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema59.properties.previous.oneOf,parentSchema:schema59.properties.previous,data:data44};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
else {
errors = _errs106;
if(vErrors !== null){
if(_errs106){
vErrors.length = _errs106;
}
else {
vErrors = null;
}
}
}
}
if(data.digest !== undefined){
let data45 = data.digest;
if(typeof data45 === "string"){
if(!pattern38.test(data45)){
const err114 = {instancePath:instancePath+"/digest",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema60,data:data45};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else {
const err115 = {instancePath:instancePath+"/digest",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data45};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data.signature !== undefined){
let data46 = data.signature;
if(typeof data46 === "string"){
if(!pattern37.test(data46)){
const err116 = {instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema59.properties.signature,data:data46};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.signature.type,parentSchema:schema59.properties.signature,data:data46};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}


/***/ })

};
