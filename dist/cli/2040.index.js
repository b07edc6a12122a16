export const id = 2040;
export const ids = [2040];
export const modules = {

/***/ 2040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deriveCheckNames: () => (/* binding */ deriveCheckNames),
/* harmony export */   g9: () => (/* binding */ closestNames)
/* harmony export */ });
/* unused harmony exports MAX_CHECK_NAME_LENGTH, MAX_WORKFLOW_LEVELS, MAX_REUSABLE_WORKFLOWS, MAX_CHECK_RUNS, MAX_DERIVATION_STEPS */
/* harmony import */ var _workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4070);
/* harmony import */ var _workflow_matrix_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6884);
/* harmony import */ var _workflow_local_uses_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7903);
/* harmony import */ var _workflow_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(897);
/* harmony import */ var _workflow_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7738);
/* harmony import */ var _job_condition_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8098);
/* harmony import */ var _name_pattern_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8757);







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
    line;
    constructor(reason, refused, 
    /** The line of the top-level workflow's job it comes from, when one job causes it. */
    line) {
        super(reason);
        this.reason = reason;
        this.refused = refused;
        this.line = line;
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
    const resolve = opts.resolveLocal ?? ((p) => (0,_workflow_local_uses_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveLocal */ .iT)(files, p));
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
                ...(wf.refused ? { names: (0,_name_pattern_js__WEBPACK_IMPORTED_MODULE_6__/* .noName */ .$L)(file.path) } : {})
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
            workflowChecks(wf, {
                level: 1,
                stack: [wf.path],
                prefix: '',
                via: [],
                on: wf.on,
                github: staticGithub(wf),
                conditions: []
            }, own, resolve, parse, budget);
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
                ...(stop.refused ? { names: (0,_name_pattern_js__WEBPACK_IMPORTED_MODULE_6__/* .noName */ .$L)(file.path) } : {}),
                ...(stop.line !== undefined ? { line: stop.line } : {}),
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
    const name = model.root.name;
    return {
        path: file.path,
        ...(typeof name === 'string' && name !== '' ? { name } : {}),
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
        const instances = jobInstances(job, frame.inputs, frame.github);
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
        const calleePattern = (0,_name_pattern_js__WEBPACK_IMPORTED_MODULE_6__/* .startingWith */ .JM)(`${frame.prefix}${callers[0]?.display ?? job.id} / …`, callers.map((i) => `${frame.prefix}${i.display} / `));
        if (typeof uses !== 'string') {
            fail('`uses:` must be a workflow path', calleePattern);
            continue;
        }
        countReusable(budget, (0,_workflow_local_uses_js__WEBPACK_IMPORTED_MODULE_5__/* .isSameRepositoryUses */ .jw)(uses) ? (resolve(uses)?.path ?? uses) : uses);
        if (!(0,_workflow_local_uses_js__WEBPACK_IMPORTED_MODULE_5__/* .isSameRepositoryUses */ .jw)(uses)) {
            fail(`reusable workflow ${uses} is not in this repository, so the check names it produces cannot be read; name them in the policy by hand`, calleePattern);
            continue;
        }
        // GitHub resolves every called workflow before it starts a run: a call it cannot make
        // refuses the whole top-level workflow ("Invalid workflow file … error parsing called
        // workflow"), so none of its jobs report a check (thrown up to the top-level workflow).
        // Typed on the const, so that a call narrows as a throw does.
        const refuse = (why) => {
            throw new OverLimit(`job "${job.id}"${frame.top ? ` (called from ${top.workflow} job "${top.job}")` : ''} ${why}; GitHub refuses the whole workflow and runs none of its jobs`, true, frame.top?.line ?? job.line);
        };
        const file = resolve(uses);
        if (!file)
            refuse(`calls ${uses}, which is not among this repository's workflow files ("workflow was not found")`);
        if (frame.stack.includes(file.path))
            refuse(`calls ${uses}, which is already being called (${[...frame.stack, file.path].join(' → ')}): a cycle`);
        if (frame.level + 1 > MAX_WORKFLOW_LEVELS)
            refuse(`calls ${uses} at level ${frame.level + 1}; GitHub connects at most ${MAX_WORKFLOW_LEVELS} levels of workflows`);
        const callee = parse(file);
        if ('error' in callee) {
            if (callee.refused)
                refuse(`calls ${uses}, which GitHub would refuse: ${callee.error.replace(/^GitHub would refuse this workflow: /, '')}`);
            fail(`calls ${uses}, which cannot be read: ${callee.error}`, calleePattern);
            continue;
        }
        if (!callee.on.events.some((t) => t.event === 'workflow_call'))
            refuse(`calls ${uses}, which is not reusable: its \`on:\` has no \`workflow_call\` ("workflow is not reusable as it is missing a \`on.workflow_call\` trigger")`);
        for (const inst of callers) {
            spend(budget, 1);
            const inputs = callInputs(job.body.with, callee.inputDefaults, {
                matrix: inst.matrix,
                ...(inst.strategy ? { strategy: inst.strategy } : {}),
                inputs: frame.inputs,
                github: frame.github
            });
            workflowChecks(callee, {
                top,
                level: frame.level + 1,
                stack: [...frame.stack, callee.path],
                prefix: `${frame.prefix}${inst.display} / `,
                via,
                inputs,
                on: frame.on,
                github: frame.github,
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
        return prefix || calls ? (0,_name_pattern_js__WEBPACK_IMPORTED_MODULE_6__/* .startingWith */ .JM)(`${prefix}…`, [prefix]) : undefined;
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
function jobInstances(job, inputs, github) {
    const raw = job.body.name;
    if (typeof raw === 'object' && raw !== null && !(raw instanceof _workflow_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .Expr */ .GN))
        return { reason: '`name:` must be text, not a mapping or list' };
    const template = raw === undefined || raw === null || raw === '' ? undefined : raw;
    const expanded = (0,_workflow_matrix_js__WEBPACK_IMPORTED_MODULE_1__/* .expandMatrix */ .Eh)(job.body.strategy, inputs ? { inputs } : {});
    if (typeof expanded === 'string')
        return { reason: expanded, names: namePattern(job, template, true, inputs, github) };
    const instances = [];
    for (const [index, combo] of expanded.combos.entries()) {
        let display;
        // strategy.job-index / job-total: the run's place among the matrix's runs (docs "Contexts
        // reference", strategy context), in the order the combinations are expanded.
        const strategy = expanded.hasMatrix
            ? { 'job-index': index, 'job-total': expanded.combos.length }
            : undefined;
        if (template instanceof _workflow_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .Expr */ .GN) {
            const r = (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateExpression */ .O4)(template.expr, {
                matrix: combo.values,
                ...(strategy ? { strategy } : {}),
                ...(inputs ? { inputs } : {}),
                github
            });
            const names = namePattern(job, template, expanded.hasMatrix, inputs, github);
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
                return { reason: segments, names: namePattern(job, template, true, inputs, github) };
            display = segments.length > 0 ? `${base} (${segments.join(', ')})` : base;
        }
        instances.push({
            display: truncate(display),
            matrix: combo.values,
            ...(strategy ? { strategy } : {})
        });
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
function namePattern(job, template, matrix, inputs, github) {
    if (template instanceof _workflow_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .Expr */ .GN) {
        const segments = [];
        for (const piece of (0,_name_pattern_js__WEBPACK_IMPORTED_MODULE_6__/* .splitTemplate */ .LL)(template.source)) {
            if (typeof piece === 'string') {
                segments.push(piece);
                continue;
            }
            // A part that reads only inputs or literals is known; one that reads the matrix is not.
            const r = (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateExpression */ .O4)(piece.expr, { ...(inputs ? { inputs } : {}), github });
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
/**
 * The members of `github` a workflow's job names may use before it runs (docs "Contexts
 * reference", github context): `workflow`, its `name:` or else its path; `event_name` when
 * exactly one event starts it (with several, the name differs by event and stays unknown).
 */
function staticGithub(wf) {
    const events = new Set(wf.on.events.map((t) => t.event));
    return {
        workflow: wf.name ?? wf.path,
        ...(events.size === 1 ? { event_name: [...events][0] } : {})
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
/* harmony import */ var _actions_expressions__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7928);
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


/***/ })

};
