export const id = 897;
export const ids = [897];
export const modules = {

/***/ 4070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jo: () => (/* binding */ CONTEXTS),
/* harmony export */   O4: () => (/* binding */ evaluateExpression),
/* harmony export */   hs: () => (/* binding */ STEP_FUNCTIONS),
/* harmony export */   rF: () => (/* binding */ astReferences),
/* harmony export */   yI: () => (/* binding */ falseByKnown)
/* harmony export */ });
/* unused harmony export contextReferences */
/* harmony import */ var _actions_expressions__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7928);
/* harmony import */ var _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2049);
/* harmony import */ var _actions_expressions_result__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/**
 * `${{ }}` expressions evaluated by GitHub's own engine (`@actions/expressions`: its lexer, parser
 * and evaluator, with GitHub's operators and functions: `||`, `&&`, `format()`, `fromJSON()`,
 * `contains()`, …), over the contexts that are known before a workflow runs.
 *
 * Known statically: `matrix` (one combination), `inputs` of a called workflow (the caller's
 * `with:` over the callee's defaults), the members of `github` the caller names (e.g.
 * `event_name` when the event is fixed, `workflow`), and `strategy.job-index` / `job-total` of a
 * matrix job. Anything else (`github.ref`, `needs.*`, `vars.*`,
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
        const result = new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Evaluator */ .oi(ast, contextData(ctx)).evaluate();
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
        case 'strategy':
            if (first !== undefined && ctx.strategy && Object.hasOwn(ctx.strategy, first.toLowerCase()))
                return undefined;
            return runtime;
        case 'runner':
            if (first !== undefined && ctx.runner && Object.hasOwn(ctx.runner, first.toLowerCase()))
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
/** The contexts `ctx` knows, as the evaluator takes them. */
function contextData(ctx) {
    const context = new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Dictionary */ .p.bT();
    if (ctx.matrix)
        context.add('matrix', toData(ctx.matrix));
    if (ctx.github)
        context.add('github', toData(ctx.github));
    if (ctx.strategy)
        context.add('strategy', toData(ctx.strategy));
    if (ctx.runner)
        context.add('runner', toData(ctx.runner));
    if (ctx.inputs) {
        const inputs = {};
        for (const [k, v] of ctx.inputs)
            if ('value' in v)
                inputs[k] = v.value;
        context.add('inputs', toData(inputs));
    }
    return context;
}
/** Functions available in steps beyond the built-in ones (docs: "Status check functions"). */
const STEP_FUNCTIONS = [
    { name: 'success', minArgs: 0, maxArgs: 0 },
    { name: 'always', minArgs: 0, maxArgs: 0 },
    { name: 'cancelled', minArgs: 0, maxArgs: 0 },
    { name: 'failure', minArgs: 0, maxArgs: 0 },
    { name: 'hashFiles', minArgs: 1, maxArgs: 255 }
];
/**
 * Whether an `if:` condition (without `${{ }}`) is false by what `ctx` knows, whatever the
 * rest: the condition, or an operand of its top-level `&&` chain, reads only contexts `ctx` knows
 * (and literals and functions GitHub's evaluator has) and is falsy. `always() && runner.os ==
 * 'Windows'` is false on Linux; `runner.os != 'Windows' && matrix.x` is not known there.
 * Never throws: what cannot be read is not false.
 */
function falseByKnown(expr, ctx) {
    let ast;
    try {
        ast = new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG(expr).lex().tokens, CONTEXTS, STEP_FUNCTIONS).parse();
    }
    catch {
        return false;
    }
    const context = contextData(ctx);
    const conjuncts = [];
    const stack = [ast];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Grouping */ .aU)
            stack.push(node.group);
        else if (node instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Logical */ .oD && node.operator.lexeme === '&&')
            stack.push(...node.args);
        else
            conjuncts.push(node);
    }
    return conjuncts.some((node) => {
        if (astReferences(node).some((ref) => unknownReference(ref, ctx) !== undefined))
            return false;
        try {
            return (0,_actions_expressions_result__WEBPACK_IMPORTED_MODULE_2__/* .falsy */ .me)(new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Evaluator */ .oi(node, context).evaluate());
        }
        catch {
            return false;
        }
    });
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

// UNUSED EXPORTS: defaultShellOn, runnerRuns

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
    let runs;
    let runners;
    let steps;
    const lazy = {
        get runs() {
            return (runs ??= runnerRuns(body));
        },
        get runners() {
            return (runners ??= osesOf(lazy.runs));
        },
        get steps() {
            const r = lazy.runs;
            return (steps ??= Array.isArray(body.steps)
                ? readSteps(body.steps, defaultShell, lazy.runners, 'unknown' in r ? undefined : r)
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
function readSteps(list, defaultShell, runners, runs) {
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
            const on = 'unknown' in runners ? runners : runnersTaking(raw.if, runners, runs);
            const chosen = step.shell?.value ?? defaultShell?.value;
            if (chosen !== undefined)
                step.shells = shellsOn(chosen, on);
            else if ('unknown' in on)
                step.shellUnknown = on.unknown;
            else
                step.shells = [...new Set(on.map(defaultShellOn))].sort();
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
/** `runner.os` as GitHub writes it (docs "Contexts reference", runner context). */
const RUNNER_OS_NAME = {
    linux: 'Linux',
    windows: 'Windows',
    macos: 'macOS'
};
/**
 * The runners a step runs on, given its `if:`: a runner is left out when the condition is false
 * for every run of the job on it, by `runner.os` and the run's matrix combination
 * (expressions.ts `falseByKnown`: the condition, or an operand of its top-level `&&`, reads only
 * those and is falsy). `if: runner.os == 'Windows'` or `if: matrix.os == 'windows-latest'` in a
 * job whose matrix also runs on Linux: the step's PowerShell never meets bash there (numpy's
 * wheels.yml); `always() && runner.os == 'Windows'` too. Empty when the step runs on none.
 *
 * @param runs the job's runs (with their matrix combinations), when known; else only
 *   `runner.os` is read
 */
function runnersTaking(condition, runners, runs) {
    if (condition === undefined || condition === null)
        return runners;
    const expr = condition instanceof parse/* Expr */.GN ? condition.expr : typeof condition === 'string' ? condition : '';
    if (!/\b(runner\.os|matrix)\b/i.test(expr))
        return runners;
    const all = runs ?? runners.map((os) => ({ os }));
    const kept = new Set(all
        .filter((r) => !(0,expressions/* falseByKnown */.yI)(expr, {
        runner: { os: RUNNER_OS_NAME[r.os] },
        ...(r.matrix ? { matrix: r.matrix } : {})
    }))
        .map((r) => r.os));
    return runners.filter((os) => kept.has(os));
}
/**
 * The shells a step's `shell:` (or `defaults.run.shell`) runs as on its runners. `sh` is
 * `/bin/sh`: dash on Ubuntu runners, but bash in POSIX mode on macOS (sh(1) on macOS: sh runs
 * bash, dash or zsh per /private/var/select/sh, bash by default), which accepts bash syntax such
 * as arrays; there it is checked as `bash --posix`. Other shells are what they say.
 */
function shellsOn(chosen, runners) {
    if (!('unknown' in runners) && runners.length === 0)
        return [];
    const [first = '', ...rest] = chosen.trim().split(/\s+/);
    if (first !== 'sh' || 'unknown' in runners || !runners.includes('macos'))
        return [chosen];
    const mac = ['bash', '--posix', ...rest].join(' ');
    return [...new Set(runners.map((os) => (os === 'macos' ? mac : chosen)))].sort();
}
function defaultShellOn(os) {
    return os === 'windows' ? 'pwsh' : 'bash';
}
/** The operating systems of a job's runs, each once, sorted; or why they are unknown. */
function osesOf(runs) {
    return 'unknown' in runs ? runs : [...new Set(runs.map((r) => r.os))].sort();
}
/**
 * Every run of a job (one per matrix combination) with its runner's operating system, from
 * `runs-on` labels (a list, a group's `labels`, or an expression over the matrix, evaluated per
 * combination). GitHub-hosted images name their OS (`ubuntu-*`, `windows-*`, `macos-*`);
 * self-hosted runners carry `Linux`, `Windows` or `macOS` labels (docs: "Using labels with
 * self-hosted runners"). A label set that names no OS is unknown, not assumed to be Linux. The
 * combination is given when the job has a matrix that could be expanded.
 */
function runnerRuns(body) {
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
            values.push({ v: v, ...(combos.hasMatrix ? { matrix: c.values } : {}) });
        }
    }
    else if (typeof combos !== 'string' && combos.hasMatrix)
        for (const c of combos.combos)
            values.push({ v: runsOn, matrix: c.values });
    else
        values.push({ v: runsOn });
    const runs = [];
    for (const { v, matrix } of values) {
        const os = osOfLabels(labelsOf(v));
        if (!os)
            return { unknown: `runs-on ${describe(runsOn)} names no operating system` };
        runs.push({ os, ...(matrix ? { matrix } : {}) });
    }
    return runs;
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
/* harmony export */   h4: () => (/* binding */ githubContext),
/* harmony export */   hj: () => (/* binding */ aliasBomb),
/* harmony export */   mi: () => (/* binding */ plainFromParser),
/* harmony export */   nK: () => (/* binding */ isPlainMap)
/* harmony export */ });
/* unused harmony exports MAX_WORKFLOW_FILE_BYTES, MAX_WORKFLOW_DEPTH, MAX_EXPRESSION_SCAN, GITHUB_FEATURES, lexicalLimits, MAX_WORKFLOW_SCALARS */
/* harmony import */ var _actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2657);
/* harmony import */ var _actions_workflow_parser_model_convert__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(545);
/* harmony import */ var _actions_workflow_parser_templates_template_context__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5071);
/* harmony import */ var _actions_workflow_parser_workflows_workflow_schema__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2363);
/* harmony import */ var _actions_workflow_parser_model_converter_cron__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5130);
/* harmony import */ var _actions_expressions_features__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5478);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8815);
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
    const parsed = plainFromParser(file.path, () => parsedAndConverted(file), WORKFLOW_WORDS);
    if (!parsed.ok)
        return parsed;
    const conflict = conflictingFilters(parsed.root);
    return conflict ? { ok: false, path: file.path, ...conflict } : parsed;
}
/**
 * GitHub's parse of a workflow file, followed by the checks GitHub makes when it turns the parsed
 * template into a workflow (`convertWorkflowTemplate` of the same library): `needs:` naming an
 * unknown job or making a cycle, a job id GitHub does not accept (`test.unit`), a job `if:` that
 * is not a valid expression, no job without dependencies. GitHub refuses such a file ("The
 * workflow is not valid") and runs none of its jobs; the problems land in the parse's errors.
 *
 * Reusable workflows are not fetched (depth 0, as the library's default): the conversion then
 * awaits nothing, so its checks have run when the call returns
 * (`__tests__/workflow-refusals.test.ts` asserts each of them is reported).
 */
function parsedAndConverted(file) {
    const result = (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .parseWorkflow */ .hM)({ name: file.path, content: file.text }, githubContext((0,_actions_workflow_parser_workflows_workflow_schema__WEBPACK_IMPORTED_MODULE_2__/* .getWorkflowSchema */ .L)()));
    const root = result.value;
    if (!root)
        return result;
    keepErrors(result, (e) => !insideEventSettings(root, e.range?.start));
    if (result.context.errors.getErrors().length > 0)
        return result;
    (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .convertWorkflowTemplate */ .DE)(result.context, root, undefined, {
        fetchReusableWorkflowDepth: 0,
        errorPolicy: _actions_workflow_parser_model_convert__WEBPACK_IMPORTED_MODULE_1__/* .ErrorPolicy */ .t.ReturnErrorsOnly,
        featureFlags: GITHUB_FEATURES
    }).catch(() => undefined);
    // Only the conversion's checks GitHub's service makes too are kept (see SERVER_REFUSALS).
    keepErrors(result, (e) => SERVER_REFUSALS.test(e.rawMessage) ||
        (INVALID_CRON.test(e.rawMessage) && !cronValidOnceTrimmed(root, e.range?.start)));
    return result;
}
/** Keeps only the parse's errors that `keep` accepts. */
function keepErrors(result, keep) {
    const errors = result.context.errors.getErrors();
    const kept = errors.filter(keep);
    if (kept.length === errors.length)
        return;
    result.context.errors.clear();
    result.context.errors.add(kept);
}
/** Events whose settings GitHub checks (cron expressions; a reusable workflow's interface). */
const CHECKED_EVENT_SETTINGS = new Set(['schedule', 'workflow_call']);
/**
 * Whether a parse error lies inside the settings of an event of `on:` (its filters, types,
 * inputs), other than `schedule` and `workflow_call`. GitHub's service runs such workflows and
 * ignores what it does not know, where the editor library refuses them: etcd's
 * `workflow_dispatch` input of `type: int`, helm's `create: { tags: [v*] }` (create takes no
 * filter), opentelemetry's `merge_group: { paths: … }` (merge_group takes none; GitHub runs it on
 * every merge queue entry). An unknown event name (the key itself) is still a refusal.
 */
function insideEventSettings(root, at) {
    if (!at)
        return false;
    return onEvents(root).some((event) => {
        if (CHECKED_EVENT_SETTINGS.has(scalarKey(event.key)))
            return false;
        const r = event.value.range;
        return r !== undefined && after(at, r.start) && !after(at, r.end);
    });
}
/** The entries (event and settings) of the token tree's `on:` mapping; none when it is not one. */
function onEvents(root) {
    if (!isMappingToken(root))
        return [];
    for (const pair of root) {
        if (scalarKey(pair.key) === 'on' && isMappingToken(pair.value))
            return [...pair.value];
    }
    return [];
}
/** Whether position `a` is at or after `b`. */
function after(a, b) {
    return a.line > b.line || (a.line === b.line && a.column >= b.column);
}
/**
 * Language features GitHub runs that the parser library keeps behind flags (its editor ships them
 * later): background steps (`background:`, `wait:`, `wait-all:`, `cancel:`, `parallel:`; GitHub
 * changelog 2026-06-25, "Actions steps can now be run in parallel"; electron/electron's CI uses
 * them), the `case()` function, the `copilot-requests` permission. Without them GitHub's own
 * workflows would read as refused.
 */
const GITHUB_FEATURES = new _actions_expressions_features__WEBPACK_IMPORTED_MODULE_5__/* .FeatureFlags */ .g({
    allowBackgroundSteps: true,
    allowCaseFunction: true,
    allowCopilotRequestsPermission: true
});
/** A parser context for `schema` with {@link GITHUB_FEATURES} on. */
function githubContext(schema) {
    const context = new _actions_workflow_parser_templates_template_context__WEBPACK_IMPORTED_MODULE_6__/* .TemplateContext */ .m(new _actions_workflow_parser_templates_template_context__WEBPACK_IMPORTED_MODULE_6__/* .TemplateValidationErrors */ .R(), schema, new _actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .NoOperationTraceWriter */ .P0());
    context.state.featureFlags = GITHUB_FEATURES;
    return context;
}
/** The library's message for a `cron:` its validator refuses. */
const INVALID_CRON = /^Invalid cron expression/;
/**
 * Whether the `cron:` value at `at` is valid once its surrounding whitespace is removed: the
 * library refuses `cron: |` (a block scalar ending in a newline) where GitHub trims it and runs
 * the schedule (apache/arrow cpp_extra.yml); any other invalid cron GitHub refuses too ("invalid
 * `cron` attribute", qiskit-community/prototype-quantum-kernel-training#35).
 */
function cronValidOnceTrimmed(root, at) {
    if (!at)
        return false;
    for (const event of onEvents(root)) {
        if (scalarKey(event.key) !== 'schedule' || !isSequenceToken(event.value))
            continue;
        for (const item of event.value) {
            if (!isMappingToken(item))
                continue;
            for (const entry of item) {
                const start = entry.value.range?.start;
                const value = entry.value.value;
                if (scalarKey(entry.key) !== 'cron' || !start || typeof value !== 'string')
                    continue;
                if (start.line === at.line && start.column === at.column)
                    return value.trim() !== value && (0,_actions_workflow_parser_model_converter_cron__WEBPACK_IMPORTED_MODULE_3__/* .isValidCron */ .lg)(value.trim());
            }
        }
    }
    return false;
}
/**
 * Conversion errors that GitHub's service reports too ("Invalid workflow file"): `needs:` naming
 * an unknown job (apache/buildstream#1736), a cycle, which leaves no job without dependencies
 * (canonical/mlflow-operator#396), an invalid job id, more unnamed steps than can be named, and
 * an `if:` that is not an expression (the expression parser's own errors), and an invalid cron
 * expression (see {@link cronValidOnceTrimmed}). The library is GitHub's editor language service
 * and is stricter elsewhere than the service that runs workflows: it refuses a `cron: |` block
 * scalar (its trailing newline) and a `workflow_dispatch` input default of another YAML type
 * (`default: 14` without `type:`), both of which GitHub runs (apache/arrow cpp_extra.yml,
 * r_nightly.yml); those are not refusals.
 */
const SERVER_REFUSALS = /depends on unknown job|must contain at least one job with no dependencies|The identifier '.*' is invalid|Unable to create a unique name|^(Unexpected end of expression|Unexpected symbol|Unrecognized named-value|Unrecognized function|Too few parameters supplied|Too many parameters supplied|Even number of parameters supplied|Exceeded max expression)/;
/** Filters an event may carry only one of (workflow syntax: `on.<event>.<branches|tags|paths>`). */
const EXCLUSIVE_FILTERS = [
    ['branches', 'branches-ignore'],
    ['tags', 'tags-ignore'],
    ['paths', 'paths-ignore']
];
/**
 * An event of `on:` that sets a filter together with its `-ignore` form. The workflow syntax docs
 * say "You cannot use both the branches and branches-ignore filters for the same event" (tags and
 * paths alike), and GitHub refuses the file: "Invalid workflow file: you may only define one of
 * `branches` and `branches-ignore` for a single event". Returns the problem and its line.
 */
function conflictingFilters(root) {
    const on = root.on;
    if (!isPlainMap(on))
        return undefined;
    for (const [event, spec] of Object.entries(on)) {
        if (!isPlainMap(spec))
            continue;
        for (const [only, ignore] of EXCLUSIVE_FILTERS) {
            if (spec[only] === undefined || spec[ignore] === undefined)
                continue;
            const line = keyPositionOf(spec, ignore)?.line;
            return {
                error: `GitHub would refuse this workflow: on.${event} sets both \`${only}\` and \`${ignore}\` ("you may only define one of \`${only}\` and \`${ignore}\` for a single event"); keep one, using \`!\` patterns in \`${only}\` to exclude${line !== undefined ? ` (line ${line})` : ''}`,
                ...(line !== undefined ? { line } : {})
            };
        }
    }
    return undefined;
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
    for (const tok of new yaml__WEBPACK_IMPORTED_MODULE_4__/* .Lexer */ .JG().lex(text)) {
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
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .parseDocument */ .Tp)(text, { uniqueKeys: false });
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


/***/ })

};
