export const id = 1325;
export const ids = [1325];
export const modules = {

/***/ 1325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECK_NAME: () => (/* binding */ CHECK_NAME),
  gatherWorkflowFacts: () => (/* binding */ gatherWorkflowFacts),
  runWorkflowLint: () => (/* binding */ runWorkflowLint)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/checks/workflow-lint/interpreters.ts

/**
 * The outcome for each snippet, in the order given. Never rejects: a scratch folder that cannot
 * be made, an input that cannot be written or a tool that cannot run is a `crashed`, `missing` or
 * `timeout` outcome, never `ok`.
 */
async function checkSnippets(snippets, opts) {
    if (snippets.length === 0)
        return [];
    const scratch = await opts.processes.toolScratch();
    if ('error' in scratch) {
        const message = `no scratch folder for the scripts: ${scratch.error}`;
        return snippets.map(() => ({ kind: 'crashed', tool: 'interpreter', message }));
    }
    const tmp = scratch;
    try {
        const keyOf = (s) => `${s.lang}\0${s.module ? 'm' : s.detectModule ? 'd' : ''}\0${s.text}`;
        const unique = new Map();
        for (const s of snippets)
            if (!unique.has(keyOf(s)))
                unique.set(keyOf(s), s);
        const results = new Map();
        const byLang = (l) => [...unique].filter(([, s]) => s.lang === l);
        const py = byLang('python');
        if (py.length > 0) {
            const outs = await checkPython(py.map(([, s]) => s.text), tmp, opts);
            py.forEach(([k], i) => results.set(k, outs[i]));
        }
        // Shell snippets go in batches: one shell process runs `-n` over each file of its batch.
        const jobs = [];
        let seq = 0;
        for (const lang of ['bash', 'sh']) {
            const list = byLang(lang);
            for (let i = 0; i < list.length; i += SHELL_BATCH) {
                const batch = list.slice(i, i + SHELL_BATCH);
                const first = seq;
                seq += batch.length;
                jobs.push(async () => {
                    const outs = await checkShellBatch(lang, batch.map(([, s]) => s), first, tmp, opts);
                    batch.forEach(([k], j) => results.set(k, outs[j]));
                });
            }
        }
        const node = byLang('node');
        const scripts = node.filter(([, s]) => !s.module);
        for (let i = 0; i < scripts.length; i += NODE_BATCH) {
            const batch = scripts.slice(i, i + NODE_BATCH);
            const n = seq++;
            jobs.push(async () => {
                const outs = await checkNodeBatch(batch.map(([, s]) => s.text), n, tmp, opts);
                batch.forEach(([k], j) => results.set(k, outs[j]));
            });
        }
        for (const [k, s] of node.filter(([, x]) => x.module)) {
            const i = seq++;
            jobs.push(async () => {
                results.set(k, await checkNode(s, i, tmp, opts));
            });
        }
        let next = 0;
        const worker = async () => {
            while (next < jobs.length)
                await jobs[next++]();
        };
        const n = Math.max(1, Math.min(opts.concurrency ?? Math.min(8, external_node_os_default().cpus().length), jobs.length));
        await Promise.all(Array.from({ length: n }, worker));
        // `node -e` without --input-type: code that fails as CommonJS runs as an ES module when it
        // parses as one (Node's syntax detection); the CommonJS error stands otherwise.
        for (const [k, s] of node.filter(([, x]) => x.detectModule && !x.module)) {
            if (results.get(k)?.kind !== 'error')
                continue;
            const asModule = await checkNode({ ...s, module: true }, seq++, tmp, opts);
            if (asModule.kind === 'ok')
                results.set(k, asModule);
        }
        // A snippet without a result was not checked: never read that as "ok".
        return snippets.map((s) => results.get(keyOf(s)) ?? {
            kind: 'crashed',
            tool: 'interpreter',
            message: 'no result for this script'
        });
    }
    finally {
        await scratch.dispose();
    }
}
function failure(r, tool, timeoutMs) {
    switch (r.failure?.kind) {
        case undefined:
            return undefined;
        case 'missing':
            return { kind: 'missing', tool };
        case 'timeout':
            return { kind: 'timeout', tool, seconds: timeoutMs / 1000 };
        case 'output-limit':
            return { kind: 'crashed', tool, message: `${tool} wrote more output than the gate reads` };
        case 'failed':
            return { kind: 'crashed', tool, message: `${tool} could not be run: ${r.failure.message}` };
    }
}
/** A scratch input file, or the crashed outcome saying why it could not be written. */
async function input(tmp, name, text) {
    const w = await tmp.write(name, text);
    if ('error' in w)
        return { crashed: { kind: 'crashed', tool: 'interpreter', message: w.error } };
    return w;
}
const PYTHON_PROGRAM = `
import json, sys
out = []
with open(sys.argv[1], encoding="utf-8") as f:
    snippets = json.load(f)
for s in snippets:
    try:
        compile(s, "<snippet>", "exec", dont_inherit=True)
        out.append(None)
    except SyntaxError as e:
        out.append([e.lineno or 0, e.msg or "invalid syntax"])
    except (ValueError, MemoryError, RecursionError) as e:
        out.append([0, str(e)])
sys.stdout.write(json.dumps(out))
`;
async function checkPython(texts, tmp, opts) {
    const tool = opts.interpreters.python;
    const file = await input(tmp, 'python-snippets.json', JSON.stringify(texts));
    if ('crashed' in file)
        return texts.map(() => file.crashed);
    const r = await opts.processes.runTool(tool, ['-I', '-W', 'ignore', '-c', PYTHON_PROGRAM, file.path], { timeoutMs: opts.timeoutMs });
    const f = failure(r, tool, opts.timeoutMs);
    if (f)
        return texts.map(() => f);
    let parsed;
    try {
        parsed = JSON.parse(r.stdout);
    }
    catch {
        parsed = undefined;
    }
    if (!Array.isArray(parsed) || parsed.length !== texts.length) {
        const message = `${tool} exited ${r.exitCode ?? 'abnormally'}: ${firstLine(r.stderr) || 'no output'}`;
        return texts.map(() => ({ kind: 'crashed', tool, message }));
    }
    return parsed.map((v) => {
        if (v === null)
            return { kind: 'ok' };
        if (!Array.isArray(v))
            return { kind: 'crashed', tool, message: 'unexpected answer from the syntax checker' };
        return { kind: 'error', line: Number(v[0]) || 0, message: String(v[1]) };
    });
}
/** Snippets per shell process. */
const SHELL_BATCH = 100;
const END = '@@gonogo-end';
/** Runs `$0 -n` on each file argument, printing its output and an end marker with the status. */
const SHELL_DRIVER = (flags) => `for f in "$@"; do out=$("$0" ${flags} -n "$f" 2>&1); rc=$?; printf '%s\\n${END} %s\\n' "$out" "$rc"; done`;
async function checkShellBatch(lang, batch, first, tmp, opts) {
    const tool = lang === 'bash' ? opts.interpreters.bash : opts.interpreters.sh;
    const files = [];
    for (const [j, s] of batch.entries()) {
        const file = await input(tmp, `snippet-${first + j}.sh`, s.text);
        if ('crashed' in file)
            return batch.map(() => file.crashed);
        files.push(file.path);
    }
    const flags = lang === 'bash' ? '-O extglob' : '';
    const r = await opts.processes.runTool(tool, ['-c', SHELL_DRIVER(flags), tool, ...files], {
        timeoutMs: opts.timeoutMs
    });
    const f = failure(r, tool, opts.timeoutMs);
    if (f)
        return batch.map(() => f);
    const parts = r.stdout.split(new RegExp(`\\n?${END} (\\d+)\\n`));
    // [out0, rc0, out1, rc1, …, rest]
    return batch.map((_, j) => {
        const out = parts[2 * j];
        const rc = parts[2 * j + 1];
        if (out === undefined || rc === undefined) {
            const message = `${tool} stopped before checking every script (exit ${r.exitCode ?? 'abnormal'}): ${firstLine(r.stderr) || 'no output'}`;
            return { kind: 'crashed', tool, message };
        }
        if (rc === '0')
            return { kind: 'ok' };
        const err = out.split(files[j]).join('<script>');
        const all = [...err.matchAll(/<script>:(?: line)? (\d+): (.*)/g)];
        // bash: `<script>: line 5: syntax error near unexpected token `fi'`; dash: `<script>: 5: …`.
        const m = all.find((x) => !x[2].startsWith('warning:')) ?? all[0];
        if (m)
            return { kind: 'error', line: Number(m[1]), message: m[2].trim() };
        return { kind: 'error', line: 0, message: firstLine(err) || `${tool} -n exited ${rc}` };
    });
}
/** Script snippets per node process. */
const NODE_BATCH = 200;
/**
 * Compiles each snippet as the body of a CommonJS module (the parameters Node wraps a script
 * in), without running it; a SyntaxError's stack starts with `<script>:<line>`.
 */
const NODE_PROGRAM = `
const fs = require('node:fs'), vm = require('node:vm')
const out = []
for (const code of JSON.parse(fs.readFileSync(process.argv[1], 'utf8'))) {
  try {
    vm.compileFunction(code, ['exports', 'require', 'module', '__filename', '__dirname'], { filename: '<script>' })
    out.push(null)
  } catch (e) {
    const stack = String((e && e.stack) || e)
    const m = /^<script>:(\\d+)/.exec(stack)
    const msg = stack.split('\\n').find((l) => /^\\w*Error\\b/.test(l)) || String(e)
    out.push([m ? Number(m[1]) : 0, msg.trim()])
  }
}
process.stdout.write(JSON.stringify(out))
`;
async function checkNodeBatch(texts, n, tmp, opts) {
    const tool = opts.interpreters.node;
    const file = await input(tmp, `node-snippets-${n}.json`, JSON.stringify(texts));
    if ('crashed' in file)
        return texts.map(() => file.crashed);
    const r = await opts.processes.runTool(tool, ['-e', NODE_PROGRAM, file.path], {
        timeoutMs: opts.timeoutMs
    });
    const f = failure(r, tool, opts.timeoutMs);
    if (f)
        return texts.map(() => f);
    let parsed;
    try {
        parsed = JSON.parse(r.stdout);
    }
    catch {
        parsed = undefined;
    }
    if (!Array.isArray(parsed) || parsed.length !== texts.length) {
        const message = `${tool} exited ${r.exitCode ?? 'abnormally'}: ${firstLine(r.stderr) || 'no output'}`;
        return texts.map(() => ({ kind: 'crashed', tool, message }));
    }
    return parsed.map((v) => {
        if (v === null)
            return { kind: 'ok' };
        if (!Array.isArray(v))
            return { kind: 'crashed', tool, message: 'unexpected answer from the syntax checker' };
        return { kind: 'error', line: Number(v[0]) || 0, message: String(v[1]) };
    });
}
async function checkNode(s, i, tmp, opts) {
    const written = await input(tmp, `snippet-${i}.${s.module ? 'mjs' : 'js'}`, s.text);
    if ('crashed' in written)
        return written.crashed;
    const file = written.path;
    const tool = opts.interpreters.node;
    const r = await opts.processes.runTool(tool, ['--check', file], { timeoutMs: opts.timeoutMs });
    const f = failure(r, tool, opts.timeoutMs);
    if (f)
        return f;
    if (r.exitCode === 0)
        return { kind: 'ok' };
    const err = r.stderr.split(file).join('<script>');
    // `<script>:3` then the source line, a caret, and `SyntaxError: …`.
    const m = /<script>:(\d+)/.exec(err);
    const msg = err.split('\n').find((l) => /^\w*Error\b/.test(l));
    if (m || msg) {
        return { kind: 'error', line: m ? Number(m[1]) : 0, message: msg?.trim() ?? firstLine(err) };
    }
    if (r.exitCode === null) {
        return { kind: 'crashed', tool, message: `${tool} ended abnormally: ${firstLine(err)}` };
    }
    return { kind: 'error', line: 0, message: firstLine(err) || `${tool} exited ${r.exitCode}` };
}
function firstLine(s) {
    return (s.trim().split('\n')[0] ?? '').slice(0, 300);
}

// EXTERNAL MODULE: ./src/workflow/local-uses.ts
var local_uses = __webpack_require__(7903);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/checks/workflow-lint/pinning.ts
/**
 * The pinning policy of the unpinned-action rule: which `uses:` must name a full commit SHA,
 * which may name any ref, and which need nothing, by `owner/name` pattern (first match wins).
 * Pure.
 *
 * Sources: GitHub docs, "Security hardening for GitHub Actions" → "Using third-party actions"
 * (a full-length commit SHA is the only immutable reference; tags can be moved or deleted);
 * zizmor's `unpinned-uses` policies `hash-pin` / `ref-pin` / `any`
 * (https://docs.zizmor.sh/audits/#unpinned-uses-configuration), which gonogo calls `sha`, `ref`
 * and `any`. Unlike zizmor, whose most specific pattern wins, gonogo tries the patterns in the
 * order written, so the file reads top to bottom.
 */


const SHA40 = /^[0-9a-f]{40}$/i;
const DIGEST = /@sha256:[0-9a-f]{64}$/i;
/** `actions/checkout/sub@v5` → `actions/checkout` (owner and repository, as written). */
function repositoryOf(uses) {
    const u = uses.trim();
    const at = u.lastIndexOf('@');
    const name = at < 0 ? u : u.slice(0, at);
    return name.split('/').slice(0, 2).join('/');
}
/**
 * Whether a pattern matches `owner/name`: `*` matches every repository; otherwise a glob whose
 * `*` and `?` stay within one segment (`actions/*`, `my-org/setup-*`), compared without case
 * (GitHub's owner and repository names are case-insensitive) and matching names that start with
 * a dot (`my-org/.github`).
 */
function patternMatches(pattern, repository) {
    if (pattern === '*')
        return true;
    return picomatch_default().isMatch(repository, pattern, { nocase: true, dot: true });
}
/** The first rule whose pattern matches the repository (the default `*` rule ends the list). */
function ruleFor(repository, rules) {
    return rules.find((r) => patternMatches(r.pattern, repository));
}
/**
 * Why `uses` does not meet the pinning policy, or undefined when it does (or need not).
 *
 * - `./…` (a local action or reusable workflow) runs at the workflow's own commit: never judged.
 * - `docker://image` is judged on its own, whatever the patterns say (they name repositories):
 *   it needs an `@sha256:` digest.
 * - `owner/name[/path]@ref`: the first rule whose pattern matches `owner/name` decides: `sha`
 *   needs a 40-hex commit SHA, `ref` any ref, `any` nothing.
 *
 * @param rules tried in order; an empty list means no requirement
 */
function pinning_pinVerdict(uses, rules) {
    const u = uses.trim();
    if ((0,local_uses/* isSameRepositoryUses */.jw)(u))
        return undefined;
    if (u.startsWith('docker://')) {
        return DIGEST.test(u)
            ? undefined
            : { reason: 'a docker image referenced by tag, not by @sha256: digest' };
    }
    const at = u.lastIndexOf('@');
    const ref = at < 0 ? '' : u.slice(at + 1);
    const rule = ruleFor(repositoryOf(u), rules);
    if (!rule || rule.policy === 'any')
        return undefined;
    if (rule.policy === 'ref')
        return ref === '' ? { reason: 'no @ref at all', rule } : undefined;
    if (SHA40.test(ref))
        return undefined;
    if (ref === '')
        return { reason: 'no @ref at all', rule };
    if (/^[0-9a-f]{7,39}$/i.test(ref))
        return { reason: `a short SHA (${ref})`, rule };
    return { reason: `the movable ref '${ref}'`, rule };
}
const POLICY_TEXT = {
    sha: 'a full commit SHA',
    ref: 'a tag, branch or SHA',
    any: 'nothing'
};
/** What a policy asks for, in words: `a full commit SHA`, `a tag, branch or SHA`, `nothing`. */
function policyText(policy) {
    return POLICY_TEXT[policy];
}
/**
 * The rule as a finding names it: `the default pinning policy`,
 * `checks.workflow-lint.pinning 'my-org/*'` or `checks.workflow-lint.allow_unpinned 'x/*'`.
 */
function describeRule(rule) {
    if (rule.source === 'default')
        return 'the default pinning policy';
    return `checks.workflow-lint.${rule.source} '${rule.pattern}'`;
}
/** The rules as a summary names them: `'actions/*': ref, '*': sha (default)`. */
function describeRules(rules) {
    return rules
        .map((r) => r.source === 'allow_unpinned'
        ? `'${r.pattern}': any (allow_unpinned)`
        : `'${r.pattern}': ${r.policy}${r.source === 'default' ? ' (default)' : ''}`)
        .join(', ');
}

// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 17 modules
var dist = __webpack_require__(7928);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/ast.js
var dist_ast = __webpack_require__(2049);
// EXTERNAL MODULE: ./src/workflow/expressions.ts
var expressions = __webpack_require__(4070);
;// CONCATENATED MODULE: ./src/workflow/dataflow.ts
/**
 * Which context values can reach the result of a `${{ }}` expression, read by GitHub's own
 * expression parser (`@actions/expressions`). `github.event.issue.title` reaches it;
 * `contains(github.event.issue.title, 'x')` or `github.event.issue.title == 'x'` do not (they
 * yield a boolean), while `a || b` (the result is one of the operands), `a && b` (its last
 * operand's: an earlier one only reaches the result when falsy, as '', 0, false or null, which
 * carry no text), `format()`, `join()`, `toJSON()`, `fromJSON()` and `case()` carry their
 * arguments' text into the result.
 * Docs: "Expressions" (operators, functions) and "Contexts reference".
 *
 * Unlike `contextReferences` (expressions.ts), paths may hold `*` (object filters such as
 * `github.event.commits.*.message`) and `?` for a computed index (`github.event[x]`). Pure;
 * never throws.
 */



/** Functions whose result is not their arguments' text (booleans, a hash). */
const OPAQUE_FUNCTIONS = new Set([
    'contains',
    'startswith',
    'endswith',
    'hashfiles',
    'success',
    'always',
    'cancelled',
    'failure'
]);
/**
 * The context paths whose values may reach the expression's result, lower-cased segment by
 * segment (`github.event.commits.*.message` → `['github', 'event', 'commits', '*', 'message']`).
 *
 * @param expr an expression without `${{ }}`
 * @returns the paths, or why the expression cannot be read
 */
function dataflowPaths(expr) {
    let ast;
    try {
        const lexed = new dist/* Lexer */.JG(expr).lex();
        ast = new dist/* Parser */.iX(lexed.tokens, expressions/* CONTEXTS */.Jo, expressions/* STEP_FUNCTIONS */.hs).parse();
    }
    catch (e) {
        return { error: (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '' };
    }
    const out = [];
    const seen = new Set();
    const add = (p) => {
        const k = p.join('\0');
        if (seen.has(k))
            return;
        seen.add(k);
        out.push(p);
    };
    // Iterative walk: deeply nested expressions cannot overflow the stack.
    const stack = [ast];
    while (stack.length > 0) {
        const node = stack.pop();
        const path = contextPath(node);
        if (path) {
            add(path);
            continue;
        }
        if (node instanceof dist_ast/* Logical */.oD) {
            // `a || b` yields the first truthy operand, so any of them; `a && b` yields the last one
            // when all are truthy, else the first falsy one, and a falsy value ('', 0, false, null)
            // carries no text: only the last operand's text reaches the result.
            if (node.operator.lexeme === '&&')
                stack.push(node.args[node.args.length - 1]);
            else
                stack.push(...node.args);
        }
        else if (node instanceof dist_ast/* Grouping */.aU)
            stack.push(node.group);
        else if (node instanceof dist_ast/* FunctionCall */.R6) {
            if (!OPAQUE_FUNCTIONS.has(node.functionName.lexeme.toLowerCase()))
                stack.push(...node.args);
        }
        else if (node instanceof dist_ast/* IndexAccess */.p_) {
            // `fromJSON(x).y`, `(a || b)[0]`: the result is part of what the base yields.
            stack.push(node.expr);
        }
        // Literals, `!` (Unary) and comparisons (Binary) yield no context's text.
    }
    return { paths: out };
}
/** `github.event.x[0].*` → its path; undefined when the node is not a context access chain. */
function contextPath(node) {
    const segments = [];
    let n = node;
    while (n instanceof dist_ast/* IndexAccess */.p_) {
        const index = n.index;
        if (index instanceof dist_ast/* Star */.FE)
            segments.push('*');
        else if (index instanceof dist_ast/* Literal */.uS) {
            const raw = literalKey(index);
            segments.push(raw === undefined ? '?' : raw);
        }
        else
            segments.push('?');
        n = n.expr;
    }
    if (!(n instanceof dist_ast/* ContextAccess */.QC))
        return undefined;
    segments.push(n.name.lexeme.toLowerCase());
    return segments.reverse();
}
function literalKey(l) {
    const v = l.literal.value;
    if (typeof v === 'string')
        return v.toLowerCase();
    if (typeof v === 'number')
        return String(v);
    return undefined;
}

;// CONCATENATED MODULE: ./src/checks/workflow-lint/resolve.ts
/**
 * Where the values of an expression come from: each context path that can reach its result
 * (workflow/dataflow.ts, on GitHub's expression parser), with `inputs.*` followed into the value
 * the caller's `with:` gives it (a reusable workflow's caller, a composite action's step; else
 * the action's default), and `env.*` into the `env:` entry in force (the step's, the job's, the
 * workflow's; docs: "Contexts reference" → `env` context, `inputs` context). Pure.
 */

/** Hops through inputs and env followed at most. */
const MAX_HOPS = 20;
/**
 * The origins of one expression's value in a scope. An `inputs.*` the scope does not bind (the
 * workflow's own inputs: whoever starts it sets them) and an `env.*` no `env:` sets stay as they
 * are; an expression that cannot be read yields nothing (GitHub refuses the file first).
 */
function originsOf(expr, scope, hops = 0, onPath = new Set()) {
    const df = dataflowPaths(expr);
    if ('error' in df)
        return [];
    const out = [];
    for (const path of df.paths) {
        const [root, name] = path;
        if (hops < MAX_HOPS && name !== undefined && name !== '*' && name !== '?') {
            if (root === 'inputs' && scope.inputs) {
                const b = scope.inputs.get(name);
                // A default that reads itself (directly or round about) is not followed again.
                if (b && !onPath.has(b)) {
                    const path2 = new Set([...onPath, b]);
                    for (const e of b.script.expressions) {
                        const hop = `inputs.${name} (${b.what}, ${b.file}:${e.line})`;
                        for (const o of originsOf(e.expr, b.scope, hops + 1, path2))
                            out.push({ path: o.path, through: [hop, ...o.through] });
                    }
                }
                continue;
            }
            if (root === 'env') {
                const i = scope.env.findIndex((m) => findKey(m, name) !== undefined);
                const level = scope.env[i];
                const key = level ? findKey(level, name) : undefined;
                const script = level && key !== undefined ? level[key] : undefined;
                if (script) {
                    const outer = { ...scope, env: scope.env.slice(i + 1) };
                    for (const e of script.expressions) {
                        const hop = `env.${key} (${scope.file}:${e.line})`;
                        for (const o of originsOf(e.expr, outer, hops + 1, onPath))
                            out.push({ path: o.path, through: [hop, ...o.through] });
                    }
                    continue;
                }
            }
        }
        out.push({ path, through: [] });
    }
    return out;
}
/** The key of an `env:` mapping matching a lower-cased context name. */
function findKey(m, lower) {
    return Object.keys(m).find((k) => k.toLowerCase() === lower);
}

// EXTERNAL MODULE: ./src/workflow/model.ts + 1 modules
var model = __webpack_require__(897);
;// CONCATENATED MODULE: ./src/checks/workflow-lint/scripts.ts

const EXPR_PLACEHOLDER = '__GH_EXPR__';
/** The script with each `${{ }}` replaced by the placeholder, keeping the lines it spanned. */
function withPlaceholders(script) {
    let out = '';
    let at = 0;
    for (const e of script.expressions) {
        out += script.text.slice(at, e.start);
        out += EXPR_PLACEHOLDER + '\n'.repeat(countNl(script.text.slice(e.start, e.end)));
        at = e.end;
    }
    return out + script.text.slice(at);
}
function countNl(s) {
    let n = 0;
    for (const c of s)
        if (c === '\n')
            n++;
    return n;
}
/** The language a `shell:` value runs, or `other` for shells that are not checked. */
function shellLang(shell) {
    const first = (shell.trim().split(/\s+/)[0] ?? '').split('/').pop() ?? '';
    if (first === 'bash')
        return 'bash';
    if (first === 'sh' || first === 'dash')
        return 'sh';
    if (/^python(\d+(\.\d+)?)?$/.test(first))
        return 'python';
    if (first === 'node')
        return 'node';
    return 'other';
}
/** Why a shell has no checker here. */
function noChecker(shell) {
    const first = (shell.trim().split(/\s+/)[0] ?? '').toLowerCase();
    if (first === 'pwsh' || first === 'powershell')
        return `${shell} (PowerShell): no PowerShell syntax checker here`;
    if (first === 'cmd')
        return 'cmd: no cmd syntax checker here';
    return `${shell}: a custom shell gonogo has no syntax checker for`;
}
/**
 * The snippets of every step site with a `run:`, each once per shell it runs under (a step
 * reached several ways, through callers or composite actions, is one snippet naming them all).
 */
function extractScripts(sites) {
    const snippets = [];
    const unchecked = [];
    const byKey = new Map();
    const seenUnchecked = new Set();
    for (const site of sites) {
        const run = site.step.run;
        if (!run)
            continue;
        const reportAt = site.aliasAt ?? run.alias?.at;
        const at = `${site.file}\0${run.line}\0${reportAt ?? ''}`;
        const shells = site.step.shellUnknown !== undefined ? [] : site.step.shells;
        if (site.step.shellUnknown !== undefined) {
            const k = `${at}\0?`;
            if (!seenUnchecked.has(k)) {
                seenUnchecked.add(k);
                unchecked.push({
                    file: site.file,
                    label: site.label,
                    line: reportAt ?? run.line,
                    shell: 'unknown',
                    reason: `its shell cannot be known: ${site.step.shellUnknown}`
                });
            }
        }
        for (const shell of shells) {
            const key = `${at}\0${shell}`;
            const known = byKey.get(key);
            if (known) {
                // The snippets of one step share one list of the ways it is reached.
                known[0]?.chains.push(site.chain);
                continue;
            }
            const lang = shellLang(shell);
            if (lang === 'other') {
                if (!seenUnchecked.has(key)) {
                    seenUnchecked.add(key);
                    unchecked.push({
                        file: site.file,
                        label: site.label,
                        line: reportAt ?? run.line,
                        shell,
                        reason: noChecker(shell)
                    });
                }
                continue;
            }
            const base = {
                file: site.file,
                label: site.label,
                ...(reportAt !== undefined ? { reportAt } : {}),
                chains: [site.chain]
            };
            const text = withPlaceholders(run);
            const runLines = text.split('\n').map((_, i) => (0,model/* scriptLine */.WK)(run, i + 1));
            const made = [{ ...base, lang, text, origin: 'run', lines: runLines }];
            if (lang === 'bash' || lang === 'sh')
                made.push(...embedded(text, runLines, base));
            // Each snippet shares the chains list of the first, so later ways reach all of them.
            for (const m of made)
                m.chains = base.chains;
            byKey.set(key, made);
            snippets.push(...made);
        }
    }
    return { snippets, unchecked };
}
const PY_WORD = /^python(\d+(\.\d+)?)?$/;
const HEREDOC = /(?<!<)<<(-?)[ \t]*(?:'([^'\n]*)'|"([^"\n]*)"|\\?([A-Za-z_][\w.-]*))/g;
/** Which interpreter (if any) reads its program from stdin on this command line. */
function stdinInterpreter(line, opIndex) {
    // The simple command around the heredoc operator.
    const before = line.slice(0, opIndex);
    const start = Math.max(before.lastIndexOf('|'), before.lastIndexOf(';'), before.lastIndexOf('&'), before.lastIndexOf('('));
    const words = before
        .slice(start + 1)
        .trim()
        .split(/\s+/)
        .filter((w) => w !== '');
    // Skip `env X=1`, `sudo`, `time`, assignments.
    let i = 0;
    while (i < words.length &&
        (/^[A-Za-z_]\w*=/.test(words[i]) ||
            ['env', 'sudo', 'time', 'exec', 'command'].includes(words[i])))
        i++;
    const cmd = (words[i] ?? '').split('/').pop() ?? '';
    const args = words.slice(i + 1).filter((w) => !/^[0-9]?[<>]/.test(w));
    if (PY_WORD.test(cmd)) {
        // `python - …` or `python` with options only: the program comes from stdin.
        for (const a of args) {
            if (a === '-')
                return { lang: 'python', module: false };
            if (a === '-c' || a === '-m')
                return undefined;
            if (!a.startsWith('-'))
                return undefined;
        }
        return { lang: 'python', module: false };
    }
    if (cmd === 'node') {
        let module = false;
        for (const a of args) {
            if (a === '--input-type=module')
                module = true;
            else if (a === '-')
                break;
            else if (['-e', '-p', '--eval', '--print'].includes(a) || !a.startsWith('-'))
                return undefined;
        }
        return { lang: 'node', module };
    }
    return undefined;
}
/** Heredoc programs and inline `-c` / `-e` code inside a shell script. */
function embedded(text, runLines, base) {
    const out = [];
    const lines = text.split('\n');
    let i = 0;
    while (i < lines.length) {
        const line = lines[i];
        const ops = [];
        for (const m of line.matchAll(HEREDOC)) {
            const delim = m[2] ?? m[3] ?? m[4] ?? '';
            if (delim === '')
                continue;
            ops.push({
                strip: m[1] === '-',
                delim,
                quoted: m[2] !== undefined || m[3] !== undefined || m[0].includes('\\'),
                target: stdinInterpreter(line, m.index)
            });
        }
        i++;
        for (const op of ops) {
            const bodyStart = i;
            while (i < lines.length) {
                const l = op.strip ? lines[i].replace(/^\t+/, '') : lines[i];
                if (l === op.delim)
                    break;
                i++;
            }
            const end = i;
            if (i < lines.length)
                i++; // the delimiter line
            if (!op.target)
                continue;
            let body = lines.slice(bodyStart, end);
            if (op.strip)
                body = body.map((l) => l.replace(/^\t+/, ''));
            let code = body.join('\n');
            if (!op.quoted)
                code = shellExpandLike(code);
            out.push({
                ...base,
                lang: op.target.lang,
                text: code,
                origin: `heredoc ${op.delim}`,
                lines: runLines.slice(bodyStart, Math.max(bodyStart + 1, end)),
                ...(op.target.module ? { module: true } : {})
            });
        }
    }
    out.push(...inline(text, runLines, base));
    return out;
}
/** An unquoted heredoc body is expanded by the shell: stand in for what it would substitute. */
function shellExpandLike(code) {
    return code
        .replace(/\$\([^()\n]*\)/g, '__SH_CMD__')
        .replace(/\$\{[^}\n]*\}/g, '__SH_VAR__')
        .replace(/\$[A-Za-z_]\w*/g, '__SH_VAR__')
        .replace(/\\([$`\\])/g, '$1');
}
const INLINE = /(^|[\s;|&(])(?:[^\s;|&()]*\/)?(node|python(?:\d+(?:\.\d+)?)?)((?:[ \t]+-(?!e\b|p\b|c\b)[\w-]+(?:=\S+|[ \t]+(?:module|commonjs)\b)?)*)[ \t]+(-e|-p|--eval|--print|-c)[ \t]+(['"])/g;
/** `python3 -c '…'` and `node -e '…'` (single quotes, or double quotes without expansions). */
function inline(text, runLines, base) {
    const out = [];
    for (const m of text.matchAll(INLINE)) {
        const tool = m[2];
        const flag = m[4];
        const isNode = tool === 'node';
        if (isNode === (flag === '-c'))
            continue;
        const quote = m[5];
        const open = (m.index ?? 0) + m[0].length; // first character of the code
        let code = '';
        let j = open;
        let closed = false;
        if (quote === "'") {
            while (j < text.length) {
                const k = text.indexOf("'", j);
                if (k < 0)
                    break;
                code += text.slice(j, k);
                // The `'\''` idiom puts a quote inside single-quoted code.
                if (text.startsWith("'\\''", k)) {
                    code += "'";
                    j = k + 4;
                    continue;
                }
                closed = true;
                break;
            }
        }
        else {
            let k = j;
            while (k < text.length) {
                const c = text[k];
                if (c === '\\' && k + 1 < text.length) {
                    const n = text[k + 1];
                    code += '"\\$`'.includes(n) ? n : `\\${n}`;
                    k += 2;
                    continue;
                }
                if (c === '"') {
                    closed = true;
                    break;
                }
                if (c === '$' || c === '`')
                    break;
                code += c;
                k++;
            }
        }
        if (!closed)
            continue;
        const firstLine = countNl(text.slice(0, open));
        const n = countNl(code) + 1;
        // `node --input-type=module -e '…'` runs the code as an ES module (withastro/astro);
        // without --input-type, Node detects module syntax.
        const module = isNode && /(^|\s)--input-type[= \t]+module(\s|$)/.test(m[3] ?? '');
        const detect = isNode && !/(^|\s)--input-type\b/.test(m[3] ?? '');
        out.push({
            ...base,
            lang: isNode ? 'node' : 'python',
            text: code,
            origin: `${tool}${module ? ' --input-type=module' : ''} ${flag}`,
            lines: runLines.slice(firstLine, firstLine + n),
            ...(module ? { module: true } : {}),
            ...(detect ? { detectModule: true } : {})
        });
    }
    return out;
}
/** The workflow-file line of a snippet's line k (clamped to the snippet). */
function snippetLine(s, k) {
    if (s.lines.length === 0)
        return 1;
    const i = Math.min(Math.max(1, k), s.lines.length) - 1;
    return s.lines[i];
}

;// CONCATENATED MODULE: ./src/checks/workflow-lint/taint.ts
/**
 * Who controls a context value, as GitHub's security guide classifies it (docs: "Script
 * injections" → "Understanding the risk of script injections",
 * docs.github.com/en/actions/concepts/security/script-injections): values in the `github` context
 * that end with `body`, `default_branch`, `email`, `head_ref`, `label`, `message`, `name`,
 * `page_name`, `ref` or `title` can be written by whoever opens the issue, pull request, comment,
 * review, commit or wiki page that triggers the workflow.
 *
 * Not attacker-controlled: numbers, ids, SHAs, booleans, timestamps, logins, and what belongs to
 * the repository itself (`github.event.repository.*`, a pull request's `base.*` side: its branch
 * exists in this repository; `github.ref`, `github.event.ref` and `github.event.inputs.*`: only
 * people with write access push or dispatch). Pure.
 */
/** Leaf words of free text (the guide's list, with `branch` and `description`). */
const TEXT_WORDS = [
    'body',
    'branch',
    'description',
    'email',
    'label',
    'message',
    'name',
    'ref',
    'title'
];
/** Objects of an event payload that hold such text (the whole object reaches the script). */
const TEXT_OBJECTS = new Set([
    'event',
    'pull_request',
    'pull_requests',
    'issue',
    'comment',
    'review',
    'review_comment',
    'commits',
    'commit',
    'head_commit',
    'head',
    'head_repository',
    'repo',
    'author',
    'committer',
    'discussion',
    'answer',
    'pages',
    'workflow_run',
    'check_suite',
    'check_run',
    'release',
    'labels',
    'label',
    'client_payload'
]);
/** Parts of a payload that belong to the repository and its owners, not to whoever triggers. */
const REPOSITORY_OWNED = new Set([
    'repository',
    'base',
    'organization',
    'enterprise',
    'installation'
]);
/** Top-level `github.event` fields set by pushes and dispatches (write access needed). */
const WRITER_FIELDS = new Set(['ref', 'base_ref', 'inputs', 'before', 'after', 'forced']);
function isTextLeaf(segment) {
    return TEXT_WORDS.some((w) => segment === w || segment.endsWith(`_${w}`));
}
const WHO = {
    pull_request: "the pull request's author",
    issue: "the issue's author",
    comment: 'the commenter',
    review: 'the reviewer',
    review_comment: 'the reviewer',
    commits: "the commits' author",
    head_commit: "the commit's author",
    pages: 'whoever edits the wiki',
    discussion: "the discussion's author",
    answer: "the answer's author",
    workflow_run: 'whoever pushed the branch or opened the pull request of the triggering run',
    check_suite: 'whoever pushed the branch of the checked commit',
    check_run: 'whoever pushed the branch of the checked commit',
    release: 'whoever publishes the release'
};
/**
 * Whether a context path (lower-cased segments, `*` for an object filter, `?` for a computed
 * index) can hold text written by someone outside the repository.
 *
 * @returns who writes it, or undefined when the repository's own people or GitHub set it
 */
function attackerControlled(path) {
    const [root, first] = path;
    if (root !== 'github')
        return undefined;
    const text = display(path);
    if (first === undefined)
        return { path: text, by: 'whoever triggers the event (its payload)' };
    if (first === 'head_ref')
        return { path: text, by: "the pull request's author (its branch name)" };
    if (first !== 'event')
        return undefined;
    const event = path.slice(2);
    if (event.length === 0)
        return { path: text, by: 'whoever triggers the event (its payload)' };
    if (WRITER_FIELDS.has(event[0]))
        return undefined;
    if (event.some((s) => REPOSITORY_OWNED.has(s)))
        return undefined;
    if (event[0] === 'merge_group' && /^(head|base)_ref$/.test(event[1] ?? ''))
        return undefined;
    const leaf = event[event.length - 1];
    const named = [...event].reverse().find((s) => s !== '*' && s !== '?' && !/^\d+$/.test(s));
    const whole = leaf === '*' || leaf === '?' || /^\d+$/.test(leaf);
    if (!isTextLeaf(leaf) && !TEXT_OBJECTS.has(leaf) && !(whole && named && TEXT_OBJECTS.has(named)))
        return undefined;
    return { path: text, by: WHO[event[0]] ?? 'whoever triggers the event' };
}
/**
 * Whether a context path names the pull request's own code (its head branch, commit or fork),
 * which a privileged workflow must not check out (docs: "Security hardening for GitHub Actions"
 * → pull_request_target, and GitHub Security Lab's "Preventing pwn requests").
 */
function pullRequestCode(path) {
    const p = path.join('.');
    return (p === 'github.head_ref' ||
        /^github\.event\.pull_request\.(head(\.|$)|merge_commit_sha$)/.test(p) ||
        /^github\.event\.workflow_run\.(head_sha|head_branch|head_repository|head_commit)(\.|$)/.test(p) ||
        /^github\.event\.workflow_run\.pull_requests\.[^.]+\.head(\.|$)/.test(p) ||
        /^github\.event\.(check_suite|check_run\.check_suite)\.(head_sha|head_branch)$/.test(p) ||
        /^github\.event\.check_run\.head_sha$/.test(p));
}
/** `['github', 'event', 'commits', '*', 'message']` → `github.event.commits.*.message`. */
function display(path) {
    return path
        .map((s, i) => (i > 0 && s === '?' ? '[…]' : s))
        .join('.')
        .replace(/\.\[/g, '[');
}

// EXTERNAL MODULE: ./src/workflow/parse.ts
var parse = __webpack_require__(7738);
;// CONCATENATED MODULE: ./src/checks/workflow-lint/walk.ts
/**
 * Every place a step runs, as GitHub runs it: each workflow's jobs and steps (aliased ones
 * included: the model resolves YAML aliases), the jobs of a local reusable workflow a job calls
 * (`uses: ./.github/workflows/x.yml`) under the CALLER's triggers (docs: "Reusing workflows":
 * the called workflow runs in the caller's context, `github.event` is the caller's event), and
 * the steps of a local composite action a step uses, inside the calling job (docs: "Creating a
 * composite action"). Each site carries the chain that reaches it (caller file and line, then the
 * callee's), and the scope its `${{ inputs.* }}` and `${{ env.* }}` are read in. Pure.
 */



/** GitHub allows ten levels of reusable workflows (docs: "Reusing workflows" → "Limitations"). */
const MAX_CALL_DEPTH = 10;
/** Composite actions nested deeper than this are not followed. */
const MAX_ACTION_DEPTH = 10;
/** Sites visited at most (aliases and calls can multiply them). */
const MAX_SITES = 200_000;
/** Walks every readable workflow as a root (its own triggers), following local calls. */
function walkWorkflows(files, actions) {
    const byPath = new Map();
    for (const f of files)
        if (f.model)
            byPath.set(f.file, f.model);
    const known = new Set(files.map((f) => f.file));
    /** Files GitHub's parser refuses (not those only past a gonogo limit). */
    const refused = new Set(files.filter((f) => f.invalid && !f.invalid.limit).map((f) => f.file));
    const walk = { jobs: [], steps: [], problems: [], limited: false };
    let budget = MAX_SITES;
    const visitWorkflow = (wf, inputs, ctx) => {
        for (const job of wf.jobs) {
            if (--budget < 0) {
                walk.limited = true;
                return;
            }
            const label = jobLabel(job);
            walk.jobs.push({ file: wf.path, job, label, chain: ctx.chain, root: ctx.root });
            const env = [job.env, wf.env];
            if (job.uses)
                followCall(wf, job, label, env, inputs, ctx);
            for (const step of job.steps) {
                const scope = {
                    ...(inputs ? { inputs } : {}),
                    env: [step.env, ...env],
                    file: wf.path
                };
                visitStep({
                    file: wf.path,
                    step,
                    jobId: job.id,
                    label: `${label} step ${step.index + 1}${step.name ? ` ('${step.name}')` : ''}`,
                    chain: ctx.chain,
                    root: ctx.root,
                    scope,
                    ...(job.alias || job.stepsAlias ? { aliasAt: job.alias?.at ?? job.stepsAlias?.at } : {})
                }, ctx, 0);
            }
        }
    };
    const followCall = (wf, job, label, env, inputs, ctx) => {
        const uses = job.uses?.value ?? '';
        const path = (0,local_uses/* sameRepositoryPath */.Y5)(uses);
        if (path === undefined)
            return;
        const line = job.uses?.line ?? job.line;
        if (!known.has(path)) {
            walk.problems.push({
                file: wf.path,
                line,
                status: 'failed',
                message: `${label} calls ${uses}, which is not a workflow file of this repository (.github/workflows/*.yml); GitHub cannot start the workflow`,
                remediation: `Add ${path} or correct the path in uses: (a local reusable workflow lives in .github/workflows).`,
                chain: ctx.chain
            });
            return;
        }
        // GitHub resolves every call before a run starts: one it cannot make refuses the workflow
        // that makes it, and the top-level workflow with it (check-names.ts refuses it the same way).
        const refuse = (why, remediation) => {
            walk.problems.push({
                file: wf.path,
                line,
                status: 'failed',
                message: `${label} calls ${uses}, ${why}; GitHub refuses the workflow and runs none of its jobs`,
                remediation,
                chain: ctx.chain
            });
        };
        if (refused.has(path))
            return refuse('which GitHub would refuse (its own finding says why)', `Fix ${path} first.`);
        const callee = byPath.get(path);
        // A callee not read for a gonogo limit is a finding of its own file.
        if (!callee)
            return;
        if (ctx.active.has(path))
            return refuse(`which is already being called (${[...ctx.chain.map((v) => v.file), wf.path, path].join(' → ')}): a cycle`, 'Break the cycle: a reusable workflow cannot call one of its callers.');
        if (ctx.chain.length + 2 > MAX_CALL_DEPTH)
            return refuse(`at level ${ctx.chain.length + 2}; GitHub connects at most ${MAX_CALL_DEPTH} levels of workflows`, 'Call fewer levels deep (docs: "Reusing workflows", Limitations).');
        if (!callee.triggers.some((t) => t.event === 'workflow_call'))
            return refuse('which is not reusable: its `on:` has no `workflow_call` ("workflow is not reusable as it is missing a `on.workflow_call` trigger")', `Add workflow_call to the on: of ${path}.`);
        const scope = { ...(inputs ? { inputs } : {}), env, file: wf.path };
        const bindings = new Map();
        const withMap = job.body.with;
        if ((0,parse/* isPlainMap */.nK)(withMap)) {
            for (const key of Object.keys(withMap)) {
                const script = (0,model/* scriptOf */.Fl)(withMap, key, line);
                if (script)
                    bindings.set(key.toLowerCase(), {
                        script,
                        file: wf.path,
                        what: `with: ${key} of ${label}`,
                        scope
                    });
            }
        }
        visitWorkflow(callee, bindings, {
            root: ctx.root,
            chain: [...ctx.chain, { file: wf.path, line, what: `${label} calls ${path}` }],
            active: new Set([...ctx.active, path])
        });
    };
    const visitStep = (site, ctx, depth) => {
        if (--budget < 0) {
            walk.limited = true;
            return;
        }
        walk.steps.push(site);
        const uses = site.step.uses;
        const dir = uses ? (0,local_uses/* sameRepositoryPath */.Y5)(uses.value) : undefined;
        if (dir === undefined || !uses)
            return;
        const found = actions.get(dir);
        // `$/path` is the repository at the running commit: no earlier step can create it.
        const selfRepository = uses.value.trim().startsWith('$/');
        const where = `${selfRepository ? '$/' : './'}${dir}`;
        if (!found) {
            walk.limited = true;
            return;
        }
        const useVia = {
            file: site.file,
            line: site.aliasAt ?? uses.line,
            what: `${site.label} uses ${where}`
        };
        if (found.problem) {
            if (found.problem.kind === 'missing' && selfRepository) {
                walk.problems.push({
                    file: site.file,
                    line: site.aliasAt ?? uses.line,
                    status: 'failed',
                    message: `${site.label} uses ${where}, but ${found.problem.message}; $/ names the repository at the commit that runs, so no earlier step can create the action and GitHub fails the step`,
                    remediation: `Correct the path in uses: (the action's folder in this repository).`,
                    chain: site.chain
                });
            }
            else if (found.problem.kind === 'missing') {
                walk.problems.push({
                    file: site.file,
                    line: site.aliasAt ?? uses.line,
                    status: 'unverified',
                    message: `${site.label} uses ${where}, but ${found.problem.message}, so the action's steps were not linted: gonogo reads only the repository as checked out, and an earlier step may create the action before it runs`,
                    remediation: `If an earlier step creates or checks out the action, lint the action where it comes from; if the path is wrong, correct it (GitHub would fail the step).`,
                    unlock: `the action's metadata file (${where}/action.yml) in the checked-out repository`,
                    chain: site.chain
                });
            }
            else if (found.problem.kind === 'unreadable' || found.file === undefined) {
                // Unreadable (a link out, too large, binary): reported where it is used.
                walk.problems.push({
                    file: site.file,
                    line: site.aliasAt ?? uses.line,
                    status: 'failed',
                    message: `${site.label} uses ${where}: ${found.problem.message}; its steps cannot be linted`,
                    remediation: `Make ${where} a regular action folder inside the repository (action.yml under 1 MiB, no link out of it).`,
                    chain: site.chain
                });
            }
            else {
                // A bad action file is a finding naming that file, reached from each step using it.
                walk.problems.push({
                    file: found.file,
                    line: found.problem.line ?? 1,
                    status: 'failed',
                    message: `${found.problem.message}; its steps cannot be linted`,
                    remediation: `Fix ${found.file} so GitHub can run the action (the Actions tab shows the same error).`,
                    chain: [...site.chain, useVia]
                });
            }
            return;
        }
        const action = found.action;
        if (!action?.composite || ctx.active.has(`action:${dir}`))
            return;
        if (depth >= MAX_ACTION_DEPTH) {
            walk.limited = true;
            return;
        }
        const outer = site.scope;
        const bindings = new Map();
        for (const [key, script] of Object.entries(site.step.with))
            bindings.set(key.toLowerCase(), {
                script,
                file: site.file,
                what: `with: ${key} of ${site.label}`,
                scope: outer
            });
        const own = { inputs: bindings, env: [], file: action.path };
        for (const [name, input] of action.inputs)
            if (!bindings.has(name) && input.default)
                bindings.set(name, {
                    script: input.default,
                    file: action.path,
                    what: `the default of input ${input.name}`,
                    scope: own
                });
        const chain = [...site.chain, useVia];
        const inner = {
            root: ctx.root,
            chain,
            active: new Set([...ctx.active, `action:${dir}`])
        };
        for (const step of action.steps) {
            visitStep({
                file: action.path,
                step,
                jobId: site.jobId,
                label: `step ${step.index + 1}${step.name ? ` ('${step.name}')` : ''} of action ${where}`,
                chain,
                root: ctx.root,
                scope: { inputs: bindings, env: [step.env], file: action.path }
            }, inner, depth + 1);
        }
    };
    for (const f of files) {
        if (!f.model)
            continue;
        visitWorkflow(f.model, undefined, {
            root: f.model,
            chain: [],
            active: new Set([f.file])
        });
    }
    return walk;
}
/** `job 'second'`, naming the alias when the job (or its `steps:`) is written as one. */
function jobLabel(job) {
    if (job.alias)
        return `job '${job.id}' (an alias at line ${job.alias.at} of ${job.alias.job !== undefined ? `job '${job.alias.job}'` : 'the job'} written at line ${job.alias.of})`;
    if (job.stepsAlias)
        return `job '${job.id}' (its steps: an alias at line ${job.stepsAlias.at} of the steps written at line ${job.stepsAlias.of})`;
    return `job '${job.id}'`;
}

;// CONCATENATED MODULE: ./src/checks/workflow-lint/rules.ts






const RULE_TEXT = {
    'workflow-parse': {
        title: 'Workflow file cannot be read or is not a workflow',
        help: 'Every file under .github/workflows, and every local action its steps use, must be one GitHub would run (read by GitHub’s own workflow and action parser).'
    },
    'script-syntax': {
        title: 'Embedded script does not parse',
        help: 'Scripts in run: blocks are syntax-checked by the interpreter of the shell they run under (bash, sh, python, node, and python/node heredocs and -c/-e code); PowerShell and cmd have no checker here and are listed as not checked.'
    },
    'unpinned-action': {
        title: 'Action not pinned as the pinning policy requires',
        help: 'A tag or branch can be moved to other code; pin uses: to a 40-character commit SHA (keep the tag in a comment), or, for owners you trust, allow refs with checks.workflow-lint.pinning.'
    },
    'missing-permissions': {
        title: 'No top-level permissions',
        help: 'Without permissions: the GITHUB_TOKEN gets the repository default, which may be read-write; declare the least it needs.'
    },
    'script-injection': {
        title: 'Untrusted context expanded into a script',
        help: '${{ }} is substituted into the script before it runs, so text an attacker controls (titles, bodies, branch names, commit messages) becomes code; pass it through env: instead.'
    },
    'untrusted-checkout': {
        title: 'Privileged workflow checks out pull-request code',
        help: 'pull_request_target and workflow_run run with secrets and a write token; checking out the PR head there lets the PR run code with them.'
    }
};
/**
 * Why `uses` is not pinned as the policy asks, or undefined when it is (or need not be); see
 * {@link pinVerdict} in pinning.ts.
 */
function unpinnedReason(uses, rules) {
    return pinVerdict(uses, rules)?.reason;
}
const PRIVILEGED = new Set(['pull_request_target', 'workflow_run']);
function isCheckout(uses) {
    const u = uses?.trim().toLowerCase() ?? '';
    return u === 'actions/checkout' || u.startsWith('actions/checkout@');
}
const TOOL_HINT = {
    python: 'python3 on PATH (for example actions/setup-python before the gate)',
    bash: 'bash on PATH',
    sh: 'sh on PATH',
    node: 'node on PATH (for example actions/setup-node before the gate)'
};
/** Every finding the rules make, before severities. */
function findFindings(facts, settings) {
    const drafts = [];
    for (const f of facts.files)
        parseFindings(f, drafts);
    for (const f of facts.files)
        if (f.model)
            permissionFindings(f, drafts);
    for (const p of facts.walk.problems) {
        drafts.push({
            rule: 'workflow-parse',
            file: p.file,
            line: p.line,
            text: p.message,
            remediation: p.remediation,
            status: p.status,
            ...(p.unlock ? { unlock: p.unlock } : {}),
            chain: p.chain
        });
    }
    for (const j of facts.walk.jobs) {
        const uses = j.job.uses;
        if (!uses)
            continue;
        const why = pinning_pinVerdict(uses.value, settings.pinning);
        const line = j.job.alias?.at ?? uses.line;
        if (why)
            drafts.push(unpinned(j.file, line, j.label, uses.value, why, j.chain));
    }
    for (const site of facts.walk.steps)
        stepFindings(site, settings, drafts);
    if (facts.truncated) {
        drafts.push({
            rule: 'workflow-parse',
            file: '.github/workflows',
            line: 1,
            status: 'failed',
            text: `.github/workflows holds more than ${facts.truncated.limit} workflow files; only the first ${facts.truncated.limit} were linted`,
            remediation: `Keep at most ${facts.truncated.limit} workflow files, or split the repository.`,
            chain: []
        });
    }
    if (facts.walk.limited) {
        drafts.push({
            rule: 'workflow-parse',
            file: '.github/workflows',
            line: 1,
            status: 'unverified',
            text: `some local reusable workflows or composite actions were not followed into: they nest more than ${MAX_CALL_DEPTH} levels deep, or the workflows reach more than ${MAX_SITES} steps, and gonogo stops there, so what runs beyond was not linted as part of its callers`,
            remediation: 'Check the deeper reusable workflows and composite actions by hand (each workflow file is still linted on its own).',
            unlock: 'local calls within the depth and size limits workflow-lint follows',
            chain: []
        });
    }
    if (facts.scripts)
        syntaxFindings(facts.scripts, drafts);
    return merge(drafts);
}
function parseFindings(f, out) {
    if (f.readError !== undefined) {
        out.push({
            rule: 'workflow-parse',
            file: f.file,
            line: 1,
            status: 'failed',
            text: `${f.readError}; the workflow cannot be linted`,
            remediation: 'Make the workflow a regular UTF-8 YAML file inside the repository (no link out of it) under 1 MiB, or remove it.',
            chain: []
        });
    }
    else if (f.invalid) {
        const line = f.invalid.line;
        out.push({
            rule: 'workflow-parse',
            file: f.file,
            line,
            status: 'failed',
            text: f.invalid.message,
            remediation: `Fix ${f.file} at line ${line} so it is a valid workflow (GitHub would not run it as it is); the Actions tab shows the same error.`,
            chain: []
        });
    }
}
function permissionFindings(f, out) {
    const wf = f.model;
    // A workflow only others call runs with its caller's token, which it can only narrow (docs:
    // "Reusing workflows" → "Access and permissions"): the caller's permissions are what count.
    if (!wf || wf.hasPermissions || wf.callableOnly)
        return;
    const bare = [
        ...wf.jobs.filter((j) => !j.hasPermissions && !j.uses),
        ...wf.jobs.filter((j) => !j.hasPermissions && j.uses)
    ].map((j) => j.id);
    if (bare.length === 0)
        return;
    out.push({
        rule: 'missing-permissions',
        file: wf.path,
        line: 1,
        status: 'failed',
        text: `no top-level permissions:, and job${bare.length > 1 ? 's' : ''} ${bare.map((j) => `'${j}'`).join(', ')} declare${bare.length > 1 ? '' : 's'} none, so the GITHUB_TOKEN gets the repository's default permissions`,
        remediation: `Add a top-level "permissions: { contents: read }" to ${wf.path} (or "permissions: {}") and grant each job only what it needs under its own permissions:.`,
        chain: []
    });
}
function stepFindings(site, settings, out) {
    const { step } = site;
    if (step.uses) {
        const why = pinning_pinVerdict(step.uses.value, settings.pinning);
        if (why)
            out.push(unpinned(site.file, site.aliasAt ?? step.uses.line, site.label, step.uses.value, why, site.chain));
    }
    if (step.run)
        injections(site, step.run, 'its run: script', out);
    const script = step.with.script;
    if (script && /^actions\/github-script(@|$)/i.test(step.uses?.value.trim() ?? ''))
        injections(site, script, 'its github-script code', out);
    const privileged = site.root.triggers.map((t) => t.event).filter((e) => PRIVILEGED.has(e));
    if (privileged.length > 0 && isCheckout(step.uses?.value))
        checkouts(site, privileged, out);
    if (privileged.length > 0 && step.run)
        scriptCheckouts(site, step.run, privileged, out);
}
/**
 * Where a command starts on a shell line: its start, or after `;`, `&&`, `||`, `|`, `(`, a
 * backquote, `then`, `do`, `else`, `sudo` or `exec`.
 */
const COMMAND_START = String.raw `(?:^|[;&|(\x60]|\b(?:then|do|else|sudo|exec)\b)\s*`;
/** `gh pr checkout …` as a command: the GitHub CLI checks out a pull request's head. */
const GH_PR_CHECKOUT = new RegExp(String.raw `${COMMAND_START}gh\s+pr\s+checkout\b`);
/**
 * A git command and its subcommand, e.g. `git -C x checkout` (up to 8 options before it: the bound
 * keeps a hostile line such as `git -x ;git -x ;git …` linear instead of rescanning to its end
 * from every `git`).
 */
const GIT_COMMAND = new RegExp(String.raw `${COMMAND_START}git(?:\s+-\S+(?:\s+[^-\s]\S*)?){0,8}\s+(checkout|switch|reset|worktree|pull|fetch|clone)\b`, 'g');
/**
 * A pull request's ref: `pull/N/head`, `refs/pull/N/merge`, N possibly an expression (of at most
 * 200 characters, so that a line of unclosed `pull/${{` stays linear).
 */
const PULL_REF = /\bpull\/(\$\{\{[^}]{0,200}\}\}|[^\s/]+)\/(head|merge)\b/;
/** Shell variables on a line: `$NAME`, `${NAME}`. */
const SHELL_VARIABLE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g;
/**
 * Checkouts of pull-request code written as shell in a `run:` of a privileged workflow, as
 * CodeQL's actions/untrusted-checkout query counts them (GhMutableRefCheckout,
 * GitMutableRefCheckout): `gh pr checkout` run as a command; a git checkout, switch, reset,
 * worktree, pull or clone of a `pull/N/head|merge` ref or of a value from the pull request's head
 * (`${{ github.event.pull_request.head.sha }}`, `${{ github.head_ref }}`, or an `env:` variable
 * holding one, used as `$NAME`); and a git checkout/switch/reset after a `git fetch` of either
 * (`git checkout FETCH_HEAD`). A fetch alone checks nothing out. Comment lines are skipped and
 * lines continued with `\` are read as one; one finding per command line.
 */
function scriptCheckouts(site, run, privileged, out) {
    const triggers = privileged.join('/');
    const root = site.root.path === site.file ? '' : ` (${site.root.path})`;
    const fromHeadEnv = new Map();
    const headVariable = (name) => {
        let v = fromHeadEnv.get(name);
        if (v === undefined) {
            v = originsOf(`env.${name}`, site.scope).some((o) => pullRequestCode(o.path));
            fromHeadEnv.set(name, v);
        }
        return v;
    };
    // In text order, so that each line looks only at its own (lines come in order too).
    const expressions = [...run.expressions].sort((a, b) => a.start - b.start);
    let next = 0;
    let fetchedPull = false;
    for (const { text, first, start, end } of shellLines(run.text)) {
        const own = [];
        while (next < expressions.length && expressions[next].start < end) {
            const e = expressions[next++];
            if (e.start >= start)
                own.push(e);
        }
        if (/^\s*#/.test(text))
            continue;
        let found = GH_PR_CHECKOUT.test(text);
        const gits = [...text.matchAll(GIT_COMMAND)];
        if (gits.length === 0 && !found)
            continue;
        // Only a line with a git command needs to know whether it names pull-request code.
        const fromHead = gits.length > 0 &&
            (PULL_REF.test(text) ||
                own.some((e) => originsOf(e.expr, site.scope).some((o) => pullRequestCode(o.path))) ||
                [...text.matchAll(SHELL_VARIABLE)].some((m) => headVariable(m[1])));
        for (const m of gits) {
            const sub = m[1];
            if (newBranchAtHead(sub, text.slice((m.index ?? 0) + m[0].length)))
                continue;
            if (sub === 'fetch')
                fetchedPull ||= fromHead;
            else if (fromHead || (fetchedPull && /checkout|switch|reset|worktree/.test(sub)))
                found = true;
        }
        if (!found)
            continue;
        out.push({
            rule: 'untrusted-checkout',
            file: site.file,
            line: site.aliasAt ?? run.alias?.at ?? run.lines[first] ?? run.line,
            status: 'failed',
            text: `a ${triggers} workflow${root} checks out pull-request code in a run: script (${site.label}: ${text.trim().replace(/\s+/g, ' ').slice(0, 160)}); that code then runs with the workflow's secrets and write token`,
            remediation: `Run untrusted code under the pull_request trigger (no secrets, read-only token) instead; if ${triggers} is needed, keep it to trusted base-branch code and pass PR results as artifacts, never checking out or executing the PR head here.`,
            chain: site.chain
        });
    }
}
/** Options of git checkout/switch that create a branch: the next word is its name. */
const NEW_BRANCH_OPTIONS = new Set([
    '-b',
    '-B',
    '-c',
    '-C',
    '--orphan',
    '--create',
    '--force-create'
]);
/**
 * Whether a git checkout/switch only creates a branch at the commit already checked out
 * (`git checkout -b "$NAME"`, `git switch -c name`): a name taken from the pull request checks
 * out none of its code. With a start point after the name it is an ordinary checkout.
 */
function newBranchAtHead(sub, rest) {
    if (sub !== 'checkout' && sub !== 'switch')
        return false;
    // Words as the shell splits them, roughly: quoted strings and `${{ }}` are one word each.
    const command = (rest.replace(/\$\{\{[^}]{0,200}\}\}/g, 'x').split(/[;&|]/)[0] ?? '').trim();
    const words = command.match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
    return words.length === 2 && NEW_BRANCH_OPTIONS.has(words[0]);
}
/**
 * A script's lines with `\`-continued lines joined: the text, the index of its first line, and
 * its start and end offsets in the script.
 */
function shellLines(script) {
    const out = [];
    const lines = script.split('\n');
    let offset = 0;
    for (let k = 0; k < lines.length;) {
        const first = k;
        const start = offset;
        let text = '';
        for (;;) {
            const line = lines[k];
            offset += line.length + 1;
            k++;
            if (line.endsWith('\\') && k < lines.length)
                text += `${line.slice(0, -1)} `;
            else {
                text += line;
                break;
            }
        }
        out.push({ text, first, start, end: offset });
    }
    return out;
}
/** Attacker-controlled origins of one expression, each described with the hops to it. */
function tainted(expr, site) {
    const out = [];
    for (const o of originsOf(expr, site.scope)) {
        const c = attackerControlled(o.path);
        if (c)
            out.push({ c, o });
    }
    return out;
}
function describeOrigin({ c, o }) {
    const through = o.through.length > 0 ? `${o.through.join(', from ')}, from ` : '';
    return `${through}${c.path} (written by ${c.by})`;
}
/** Injection findings for one script (a `run:` or a github-script `script:`). */
function injections(site, script, what, out) {
    for (const e of script.expressions) {
        const found = tainted(e.expr, site);
        if (found.length === 0)
            continue;
        const written = `\${{ ${e.expr} }}`.replace(/\s+/g, ' ');
        const at = site.aliasAt ?? script.alias?.at;
        const aliasNote = at !== undefined
            ? ` (the expression is at line ${e.line}, used here through a YAML alias)`
            : '';
        const sources = [...new Set(found.map(describeOrigin))].sort();
        out.push({
            rule: 'script-injection',
            file: site.file,
            line: at ?? e.line,
            status: 'failed',
            text: `${site.label} expands ${sources.join('; ')} into ${what} (${written.slice(0, 160)})${aliasNote}; whoever writes that text can run commands in the job`,
            remediation: `Move the value into the step's env (for example env: { VALUE: ${written} }) and use it as "$VALUE" (quoted) in the script, or process.env.VALUE in github-script.`,
            chain: site.chain
        });
    }
}
/**
 * Whether a checkout input names the pull request's code: a `refs/pull/…` ref (written out or
 * built with `format()`), or a value that comes from the pull request's head.
 */
function namesPullRequestCode(script, site) {
    if (/refs\/pull\//.test(script.text))
        return true;
    return script.expressions.some((e) => originsOf(e.expr, site.scope).some((o) => pullRequestCode(o.path)));
}
function checkouts(site, privileged, out) {
    const triggers = privileged.join('/');
    const root = site.root.path === site.file ? '' : ` (${site.root.path})`;
    // One finding per step, at the first input that names pull-request code, quoting each.
    const named = ['ref', 'repository'].flatMap((key) => {
        const v = site.step.with[key];
        return v && namesPullRequestCode(v, site) ? [{ key, v }] : [];
    });
    const first = named[0];
    if (!first)
        return;
    out.push({
        rule: 'untrusted-checkout',
        file: site.file,
        line: site.aliasAt ?? first.v.alias?.at ?? first.v.line,
        status: 'failed',
        text: `a ${triggers} workflow${root} checks out pull-request code (${site.label}, ${named.map(({ key, v }) => `${key}: ${v.text.trim().replace(/\s+/g, ' ').slice(0, 160)}`).join(', ')}); that code then runs with the workflow's secrets and write token`,
        remediation: `Run untrusted code under the pull_request trigger (no secrets, read-only token) instead; if ${triggers} is needed, keep it to trusted base-branch code and pass PR results as artifacts, never checking out or executing the PR head here.`,
        chain: site.chain
    });
}
function unpinned(file, line, where, uses, why, chain) {
    const name = uses.split('@')[0] ?? uses;
    const repo = repositoryOf(uses);
    const owner = repo.split('/')[0] ?? repo;
    const rule = why.rule;
    let remediation;
    if (uses.startsWith('docker://')) {
        remediation = `Reference the image by digest: ${uses.replace(/:[^:/@]+$/, '')}@sha256:<digest> (docker buildx imagetools inspect shows it).`;
    }
    else if (rule?.policy === 'ref') {
        remediation = `Add the ref to use, for example "uses: ${name}@<tag or 40-hex sha>" (GitHub refuses a uses: without one).`;
    }
    else {
        remediation = `Pin to the full commit SHA the ref points at and keep the tag as a comment, for example "uses: ${name}@<40-hex sha> # ${uses.split('@')[1] ?? 'vX.Y.Z'}" (git ls-remote https://github.com/${repo} shows it); let Dependabot keep it current.${rule?.source === 'default' ? ` If you trust ${owner} to keep its tags, allow them instead: checks.workflow-lint.pinning: { '${owner}/*': ref } (README "Built-in checks").` : ''}`;
    }
    return {
        rule: 'unpinned-action',
        file,
        line,
        status: 'failed',
        text: `${where} uses ${uses}, pinned to ${why.reason}${rule ? `, but ${describeRule(rule)} requires ${policyText(rule.policy)}` : ''}`,
        remediation,
        chain
    };
}
function syntaxFindings(scripts, out) {
    const missing = new Map();
    for (const { snippet: s, outcome: o } of scripts) {
        const where = `${s.label}, ${s.origin}`;
        if (o.kind === 'error') {
            const at = snippetLine(s, o.line);
            const line = s.reportAt ?? at;
            const aliasNote = s.reportAt !== undefined
                ? ` (the script at line ${at}, used here through a YAML alias)`
                : '';
            for (const chain of s.chains) {
                out.push({
                    rule: 'script-syntax',
                    file: s.file,
                    line,
                    status: 'failed',
                    text: `${s.lang} syntax error in ${where}${aliasNote}: ${o.message}`,
                    remediation: `Fix the ${s.lang} code at ${s.file} line ${at}${s.lang === 'python' || s.lang === 'node' ? '' : ' (run "bash -n" on the script to see it)'}; ${'`${{ }}`'} expressions were read as a plain word.`,
                    chain
                });
            }
        }
        else if (o.kind === 'missing') {
            missing.set(o.tool, [...(missing.get(o.tool) ?? []), s]);
        }
        else if (o.kind === 'timeout' || o.kind === 'crashed') {
            const line = s.reportAt ?? snippetLine(s, 1);
            out.push({
                rule: 'script-syntax',
                file: s.file,
                line,
                status: 'unverified',
                text: `the ${s.lang} code in ${where} could not be checked: ${o.kind === 'timeout' ? `${o.tool} took longer than ${o.seconds} s` : o.message}`,
                remediation: 'Check the script by hand, or make it smaller; raise checks.workflow-lint.timeout_seconds if the runner is slow.',
                unlock: `${o.tool} finishing its syntax check (checks.workflow-lint.timeout_seconds)`,
                chain: []
            });
        }
    }
    for (const [tool, list] of missing) {
        const first = list[0];
        const line = first.reportAt ?? snippetLine(first, 1);
        const langs = [...new Set(list.map((s) => s.lang))].sort();
        out.push({
            rule: 'script-syntax',
            file: first.file,
            line,
            status: 'unverified',
            text: `${list.length} ${langs.join('/')} script${list.length > 1 ? 's' : ''} not checked: ${tool} was not found (first at ${first.file}:${line})`,
            remediation: `Install ${tool} where the check runs, or point checks.workflow-lint.interpreters at it.`,
            unlock: TOOL_HINT[langs[0]] ?? `${tool} on PATH`,
            chain: []
        });
    }
}
/** How many ways to a finding its message lists; the rest are counted. */
const MAX_CHAINS_SHOWN = 3;
function describeChain(chain) {
    return chain.map((v) => `${v.file}:${v.line} (${v.what})`).join(' → ');
}
/**
 * One finding per rule, place and text: the same step reached through several callers (or
 * directly and through a caller) is one finding naming each way.
 */
function merge(drafts) {
    const groups = new Map();
    for (const d of drafts) {
        const key = [d.rule, d.file, d.line, d.status, d.text].join('\0');
        let g = groups.get(key);
        if (!g)
            groups.set(key, (g = { first: d, chains: new Map() }));
        g.chains.set(describeChain(d.chain), d.chain);
    }
    const out = [];
    for (const { first: d, chains } of groups.values()) {
        const direct = chains.has('');
        const ways = [...chains]
            .filter(([k]) => k !== '')
            .sort(([, a], [, b]) => compareChains(a, b))
            .map(([k]) => k);
        let suffix = '';
        if (ways.length > 0) {
            const shown = ways.slice(0, MAX_CHAINS_SHOWN).join('; ');
            const more = ways.length - MAX_CHAINS_SHOWN;
            suffix = ` (${direct ? 'also ' : ''}reached from ${shown}${more > 0 ? `; and ${more} more` : ''})`;
        }
        const related = new Map();
        for (const k of ways)
            for (const v of chains.get(k) ?? [])
                related.set(`${v.file}:${v.line}:${v.what}`, {
                    file: v.file,
                    line: v.line,
                    message: v.what
                });
        out.push({
            rule: d.rule,
            file: d.file,
            line: d.line,
            // The location is the finding's `location`, not part of its text (one place, one copy).
            message: `${d.text}${suffix}`,
            remediation: d.remediation,
            status: d.status,
            ...(d.unlock ? { unlock: d.unlock } : {}),
            ...(related.size > 0 ? { related: [...related.values()].sort(compareRelated) } : {})
        });
    }
    return out;
}
function compareChains(a, b) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        const c = cmp(x.file, y.file) || x.line - y.line || cmp(x.what, y.what);
        if (c !== 0)
            return c;
    }
    return a.length - b.length;
}
function compareRelated(a, b) {
    return cmp(a.file, b.file) || a.line - b.line || cmp(a.message, b.message);
}
function compareFindings(a, b) {
    return cmp(a.file, b.file) || a.line - b.line || cmp(a.rule, b.rule) || cmp(a.message, b.message);
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Findings after severities: `off` drops them, `warning` keeps them without failing. */
function applySeverity(findings, settings) {
    const out = [];
    for (const f of [...findings].sort(compareFindings)) {
        const sev = f.rule === 'workflow-parse' ? 'error' : settings.severity[f.rule];
        if (sev === 'off')
            continue;
        out.push({ ...f, level: f.status === 'unverified' ? 'note' : sev });
    }
    return out;
}
/** The report's checks: one per finding, and a passed summary for each rule without failures. */
function toChecks(facts, judged, settings) {
    const checks = [];
    const seen = new Map();
    for (const f of judged) {
        const base = `${f.rule}/${f.file}:${f.line}`;
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        const warning = f.status === 'failed' && f.level === 'warning';
        checks.push({
            id: n === 1 ? base : `${base}#${n}`,
            status: warning ? 'passed' : f.status,
            message: warning ? `warning: ${f.message}` : f.message,
            location: { file: f.file, line: f.line },
            remediation: f.remediation,
            ...(f.unlock ? { unlock: f.unlock } : {})
        });
    }
    const failedRules = new Set(judged.filter((f) => f.status === 'failed').map((f) => f.rule));
    const summary = (rule, message) => {
        if (failedRules.has(rule))
            return;
        if (rule !== 'workflow-parse' && settings.severity[rule] === 'off')
            return;
        checks.push({ id: rule, status: 'passed', message });
    };
    if (facts.files.length === 0) {
        checks.push({
            id: 'workflow-parse',
            status: 'unverified',
            message: 'no workflow files under .github/workflows: there is nothing to lint',
            location: { file: '.github/workflows' },
            remediation: 'Run the check in a repository with GitHub Actions workflows, or drop the control that asks for it.',
            unlock: 'workflow files (.github/workflows/*.yml) in the checked-out workspace'
        });
        return checks;
    }
    const wfs = facts.files.flatMap((f) => (f.model ? [f.model] : []));
    const composites = facts.actions.filter((a) => a.action?.composite).length;
    const sites = facts.walk.steps;
    const remote = [
        ...facts.walk.jobs.flatMap((j) => (j.job.uses ? [j.job.uses.value] : [])),
        ...sites.flatMap((s) => (s.step.uses ? [s.step.uses.value] : []))
    ].filter((u) => !(0,local_uses/* isSameRepositoryUses */.jw)(u)).length;
    summary('workflow-parse', `${facts.files.length} workflow file${facts.files.length === 1 ? '' : 's'} parsed${composites > 0 ? `, and ${composites} local composite action${composites === 1 ? '' : 's'} read with the steps that use ${composites === 1 ? 'it' : 'them'}` : ''}`);
    summary('unpinned-action', `${remote} use${remote === 1 ? '' : 's'} of actions, reusable workflows and docker images from other repositories ${remote === 1 ? 'is' : 'are'} pinned as the pinning policy asks (${describeRules(settings.pinning)}; docker images by digest)`);
    summary('missing-permissions', `${wfs.length} workflow${wfs.length === 1 ? '' : 's'} declare${wfs.length === 1 ? 's' : ''} token permissions`);
    const runs = new Set(sites.filter((s) => s.step.run).map((s) => `${s.file}:${s.step.line}`));
    summary('script-injection', `no text written outside the repository is expanded into the ${runs.size} run: scripts`);
    const privileged = wfs.filter((w) => w.triggers.some((t) => PRIVILEGED.has(t.event)));
    summary('untrusted-checkout', `${privileged.length} pull_request_target/workflow_run workflow${privileged.length === 1 ? '' : 's'}, none checking out pull-request code (their local reusable workflows and composite actions included)`);
    if (facts.scripts) {
        const ok = facts.scripts.filter((s) => s.outcome.kind === 'ok');
        const byLang = new Map();
        for (const s of ok)
            byLang.set(s.snippet.lang, (byLang.get(s.snippet.lang) ?? 0) + 1);
        const parts = [...byLang].sort(([a], [b]) => cmp(a, b)).map(([l, n]) => `${n} ${l}`);
        summary('script-syntax', `${ok.length} embedded script${ok.length === 1 ? '' : 's'} parse${ok.length === 1 ? 's' : ''}${parts.length ? ` (${parts.join(', ')})` : ''}${notChecked(facts.unchecked)}`);
    }
    return checks;
}
/** `; not checked: 2 run: steps in pwsh (PowerShell): no PowerShell syntax checker here, …`. */
function notChecked(unchecked) {
    if (unchecked.length === 0)
        return '';
    const byReason = new Map();
    for (const u of unchecked)
        byReason.set(u.reason, [...(byReason.get(u.reason) ?? []), u]);
    const parts = [...byReason]
        .sort(([a], [b]) => cmp(a, b))
        .map(([reason, list]) => {
        const first = list[0];
        return `${list.length} run: step${list.length === 1 ? '' : 's'} (first ${first.file}:${first.line}): ${reason}`;
    });
    return `; not checked: ${parts.join('; ')}`;
}

// EXTERNAL MODULE: ./src/core/contracts.ts
var contracts = __webpack_require__(3348);
;// CONCATENATED MODULE: ./src/checks/workflow-lint/settings.ts
/** The finding kinds whose severity `checks.workflow-lint.severity` can set. */
const CONFIGURABLE_RULES = [
    'script-syntax',
    'unpinned-action',
    'missing-permissions',
    'script-injection',
    'untrusted-checkout'
];
/** Every rule: the configurable ones and `workflow-parse`, which always fails. */
const RULES = ['workflow-parse', ...CONFIGURABLE_RULES];
/**
 * The pinning every action needs when no pattern matches: a full commit SHA, GitHub's own actions
 * included. Both tools this rule follows do the same: OpenSSF Scorecard's Pinned-Dependencies
 * check asks for every GitHub workflow dependency to be pinned by hash and counts GitHub-owned
 * actions too (https://github.com/ossf/scorecard/blob/main/docs/checks.md#pinned-dependencies),
 * and zizmor's `unpinned-uses` has applied a blanket hash-pin policy since v1.20.0, having
 * dropped its ref-pin exception for `actions/*` (https://docs.zizmor.sh/audits/#unpinned-uses).
 */
const DEFAULT_PIN_POLICY = 'sha';
const DEFAULT_TIMEOUT_SECONDS = 30;
const DEFAULT_INTERPRETERS = {
    python: 'python3',
    bash: 'bash',
    sh: 'sh',
    node: 'node'
};
/** Defaults applied to schema-validated settings (or none). */
function resolveSettings(raw) {
    const s = (raw ?? {});
    const severity = Object.fromEntries(CONFIGURABLE_RULES.map((r) => [r, s.severity?.[r] ?? 'error']));
    return {
        severity,
        pinning: pinningRules(s),
        ...(s.sarif !== undefined ? { sarif: s.sarif } : {}),
        timeoutMs: (s.timeout_seconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000,
        interpreters: { ...DEFAULT_INTERPRETERS, ...(s.interpreters ?? {}) }
    };
}
/**
 * The pinning rules in the order they are tried (see {@link ResolvedSettings.pinning}). Object
 * keys keep the order they are written in the YAML file (no pattern is an integer-like key, the
 * only kind JavaScript would reorder: the schema requires `*` or `owner/name`).
 */
function pinningRules(s) {
    const rules = [
        ...(s.allow_unpinned ?? []).map((pattern) => ({
            pattern,
            policy: 'any',
            source: 'allow_unpinned'
        })),
        ...Object.entries(s.pinning ?? {}).map(([pattern, policy]) => ({
            pattern,
            policy,
            source: 'pinning'
        }))
    ];
    // A written `*` already ends the list: the default could never be reached.
    if (rules.some((r) => r.pattern === '*'))
        return rules;
    return [...rules, { pattern: '*', policy: DEFAULT_PIN_POLICY, source: 'default' }];
}

;// CONCATENATED MODULE: ./src/checks/workflow-lint/sarif.ts



const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SARIF_TOOL = 'gonogo workflow-lint';
/**
 * The findings as a SARIF 2.1.0 log for code scanning. Pure and deterministic: rules in a fixed
 * order, results in the findings' order, no timestamps. Failed findings are `error` (or `warning`
 * when their rule's severity is warning); findings nobody could check are `note`. A finding in a
 * local reusable workflow or composite action lists its callers as related locations.
 */
function toSarif(findings) {
    const rules = RULES.map((id) => ({
        id,
        name: id
            .split('-')
            .map((w) => (w[0] ?? '').toUpperCase() + w.slice(1))
            .join(''),
        shortDescription: { text: RULE_TEXT[id].title },
        fullDescription: { text: RULE_TEXT[id].help },
        help: { text: RULE_TEXT[id].help },
        defaultConfiguration: { level: 'error' }
    }));
    const results = findings.map((f) => ({
        ruleId: f.rule,
        ruleIndex: RULES.indexOf(f.rule),
        level: f.level,
        message: { text: `${f.message}. ${f.remediation}` },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: f.file, uriBaseId: '%SRCROOT%' },
                    region: { startLine: Math.max(1, f.line) }
                }
            }
        ],
        ...(f.related && f.related.length > 0
            ? {
                relatedLocations: f.related.map((r, id) => ({
                    id,
                    physicalLocation: {
                        artifactLocation: { uri: r.file, uriBaseId: '%SRCROOT%' },
                        region: { startLine: Math.max(1, r.line) }
                    },
                    message: { text: r.message }
                }))
            }
            : {}),
        partialFingerprints: { 'gonogoFinding/v1': `${f.rule}:${f.file}:${f.line}` }
    }));
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: SARIF_TOOL,
                        version: contracts/* GENERATOR_VERSION */.RO,
                        rules
                    }
                },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
                results
            }
        ]
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/actions/action-parser.js + 1 modules
var action_parser = __webpack_require__(4240);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/actions/action-schema.js + 1 modules
var action_schema = __webpack_require__(8590);
;// CONCATENATED MODULE: ./src/workflow/action-parse.ts
/**
 * Reads an action's metadata file (`action.yml` / `action.yaml`) with GitHub's own action parser
 * (`@actions/workflow-parser/actions/action-parser`, the action schema of GitHub's Actions
 * language services): anchors and aliases resolved, duplicate keys and schema errors reported
 * with their line, `${{ }}` recognised by GitHub's grammar. Docs: "Metadata syntax reference"
 * (docs.github.com/en/actions/reference/workflows-and-actions/metadata-syntax).
 *
 * The token tree comes out as the same plain values as a workflow, by the same converter
 * (parse.ts `plainFromParser`); positions are read with the same functions. Pure apart from the
 * parser; never throws.
 */



/** Where a mapping entry's value or a list item of an action file is written. */
const actionPositionOf = parse/* positionOf */.df;
/** Where a mapping entry's key of an action file is written. */
const actionKeyPositionOf = (/* unused pure expression or super */ null && (keyPositionOf));
/** How a scalar of an action file is written (start, end, block header). */
const actionLayoutOf = (/* unused pure expression or super */ null && (layoutOf));
const ACTION_WORDS = { noun: 'action', consequence: 'GitHub could not run the action either' };
/**
 * What the action schema of GitHub's language services requires but the runner does not: the
 * runner's own schema (actions/runner, src/Runner.Worker/action_yaml.json) requires neither
 * `name` nor `description`, and local actions without them run (github/docs#43910). Only
 * publishing to the Marketplace needs them.
 */
const NOT_REQUIRED_BY_RUNNER = /^Required property is missing: (name|description)$/;
/**
 * Parses one action metadata file the way GitHub reads it.
 *
 * @param file the file's workspace path and text
 * @returns the plain tree, or the first problem GitHub's parser reports (message and line)
 */
function parseActionFile(file) {
    if (file.readError !== undefined)
        return { ok: false, path: file.path, error: file.readError };
    if (file.text.includes('\u0000'))
        return { ok: false, path: file.path, error: 'binary data (U+0000 bytes), not YAML' };
    const bomb = (0,parse/* aliasBomb */.hj)(file.text);
    if (bomb)
        return { ok: false, path: file.path, error: bomb };
    const r = (0,parse/* plainFromParser */.mi)(file.path, () => {
        const parsed = (0,action_parser/* parseAction */.w)({ name: file.path, content: file.text }, (0,parse/* githubContext */.h4)((0,action_schema/* getActionSchema */.E)()));
        const errors = parsed.context.errors.getErrors();
        const kept = errors.filter((e) => !NOT_REQUIRED_BY_RUNNER.test(e.rawMessage.trim()));
        if (kept.length !== errors.length) {
            parsed.context.errors.clear();
            parsed.context.errors.add(kept);
        }
        return parsed;
    }, ACTION_WORDS);
    return r.ok ? { ok: true, path: r.path, root: r.root } : r;
}

;// CONCATENATED MODULE: ./src/workflow/composite.ts
/**
 * Local actions (`uses: ./path/to/action`) read as part of the steps that use them. GitHub loads
 * `action.yml` (else `action.yaml`) from that folder of the checked-out repository (docs:
 * "Workflow syntax: jobs.<job_id>.steps[*].uses", "Metadata syntax reference"); a composite
 * action (`runs.using: composite`) runs its `runs.steps` inside the calling job, with the job's
 * token, and every `run:` step of it names its shell (docs: "Creating a composite action",
 * "runs.steps[*].shell"). Other actions (JavaScript, Docker) run their own code: nothing of
 * theirs is a step here. Pure.
 */



/** Why a composite `run:` step without `shell:` has no known shell. */
const COMPOSITE_SHELL = "a composite action's run: step must name its shell (GitHub refuses one without)";
/**
 * Reads an action's metadata file into the model.
 *
 * @returns the action, or why GitHub would not run it (message and line)
 */
function readActionModel(file) {
    const parsed = parseActionFile(file);
    if (!parsed.ok) {
        return {
            ok: false,
            path: file.path,
            error: parsed.error,
            ...(parsed.line !== undefined ? { line: parsed.line } : {})
        };
    }
    const runs = parsed.root.runs;
    if (!(0,parse/* isPlainMap */.nK)(runs) || typeof runs.using !== 'string')
        return { ok: false, path: file.path, error: 'not an action: it has no `runs.using`' };
    const using = runs.using.trim().toLowerCase();
    const composite = using === 'composite';
    const steps = composite && Array.isArray(runs.steps)
        ? (0,model/* readSteps */.I$)(runs.steps, undefined, { unknown: COMPOSITE_SHELL })
        : [];
    const inputs = new Map();
    const declared = parsed.root.inputs;
    if ((0,parse/* isPlainMap */.nK)(declared)) {
        for (const [name, spec] of Object.entries(declared)) {
            const def = (0,parse/* isPlainMap */.nK)(spec) ? (0,model/* scriptOf */.Fl)(spec, 'default') : undefined;
            inputs.set(name.toLowerCase(), { name, ...(def ? { default: def } : {}) });
        }
    }
    return {
        ok: true,
        action: {
            path: file.path,
            using,
            composite,
            usingLine: actionPositionOf(runs, 'using')?.line ?? 1,
            steps,
            inputs
        }
    };
}
/** The metadata files GitHub looks for in an action's folder, in its order. */
function actionFileCandidates(dir) {
    const base = dir === '' ? '' : `${dir}/`;
    return [`${base}action.yml`, `${base}action.yaml`];
}

;// CONCATENATED MODULE: ./src/checks/workflow-lint/sources.ts



/** More local actions than this are not followed (each is a file read). */
const MAX_LOCAL_ACTIONS = 500;
/** Where GitHub reads workflows from. */
const WORKFLOWS_DIR = '.github/workflows';
/** Reads every workflow and the local actions reachable from their steps. */
async function readLintSources(ws) {
    const listed = await ws.workflows();
    if (!listed.ok) {
        // The folder itself is (or lies behind) a link out of the workspace.
        const readError = `${WORKFLOWS_DIR}: symbolic link that leads outside the workspace`;
        return {
            files: [{ file: WORKFLOWS_DIR, readError }],
            truncated: false,
            maxFiles: listed.maxFiles,
            actions: new Map()
        };
    }
    const { truncated, maxFiles, maxBytes } = listed;
    const files = listed.files.map((f) => f.readError !== undefined
        ? { file: f.path, readError: f.readError }
        : f.text.includes('\u0000')
            ? { file: f.path, readError: `${f.path}: binary data (NUL bytes), not a YAML workflow` }
            : readModel(f.path, f.text));
    const actions = await readLocalActions(ws, files, maxBytes);
    return { files, truncated, maxFiles, actions };
}
/** Follows `uses: ./…` from the workflows' steps into composite actions, breadth first. */
async function readLocalActions(ws, files, maxBytes) {
    const actions = new Map();
    const queue = [];
    // Each folder once (a Set: thousands of steps may name thousands of folders).
    const queued = new Set();
    const enqueue = (steps) => {
        for (const s of steps) {
            const dir = s.uses ? (0,local_uses/* sameRepositoryPath */.Y5)(s.uses.value) : undefined;
            if (dir === undefined || queued.has(dir))
                continue;
            queued.add(dir);
            queue.push(dir);
        }
    };
    for (const f of files)
        for (const j of f.model?.jobs ?? [])
            enqueue(j.steps);
    queue.sort(compare);
    while (queue.length > 0 && actions.size < MAX_LOCAL_ACTIONS) {
        const dir = queue.shift();
        const found = await readLocalAction(ws, dir, maxBytes);
        actions.set(dir, found);
        if (found.action?.composite)
            enqueue(found.action.steps);
    }
    for (const dir of queue) {
        actions.set(dir, {
            dir,
            problem: {
                kind: 'unreadable',
                message: `more than ${MAX_LOCAL_ACTIONS} local actions are used; the rest were not read`
            }
        });
    }
    return actions;
}
async function readLocalAction(ws, dir, maxBytes) {
    // `./../action/init`: a folder beside the checkout, which an earlier step may create (github/
    // codeql-action's own PR checks move the repository there first); not knowable from here.
    if (dir === '..' || dir.startsWith('../'))
        return {
            dir,
            problem: {
                kind: 'missing',
                message: `${dir} lies outside the repository as checked out`
            }
        };
    for (const file of actionFileCandidates(dir)) {
        const r = await ws.readText(file, maxBytes, 'for an action metadata file');
        if (!r.ok) {
            if (r.reason === 'missing')
                continue;
            return { dir, file, problem: { kind: 'unreadable', message: r.message } };
        }
        if (r.text.includes('\u0000'))
            return {
                dir,
                file,
                problem: { kind: 'unreadable', message: `${file}: binary data (NUL bytes), not YAML` }
            };
        let a;
        try {
            a = readActionModel({ path: file, text: r.text });
        }
        catch (e) {
            a = { ok: false, path: file, error: `the action could not be read (${message(e)})` };
        }
        return a.ok
            ? { dir, file, action: a.action }
            : {
                dir,
                file,
                problem: { kind: 'invalid', message: a.error, ...(a.line ? { line: a.line } : {}) }
            };
    }
    // The runner also takes a folder with only a Dockerfile as a Docker action: nothing to follow.
    if (await ws.hasFile(dir === '' ? 'Dockerfile' : `${dir}/Dockerfile`))
        return { dir };
    const where = dir === '' ? 'the repository root' : dir;
    return {
        dir,
        problem: {
            kind: 'missing',
            message: `${where} holds no action.yml or action.yaml in the checked-out repository`
        }
    };
}
/** One workflow into the model; a file the reader cannot take is a finding naming it. */
function readModel(file, text) {
    try {
        const m = (0,model/* readWorkflowModel */.zz)({ path: file, text });
        return m.ok
            ? { file, model: m.model }
            : {
                file,
                invalid: { message: m.error, line: m.line ?? 1, ...(m.limit ? { limit: true } : {}) }
            };
    }
    catch (e) {
        return { file, invalid: { message: `the workflow could not be read (${message(e)})`, line: 1 } };
    }
}
function message(e) {
    return (e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 200) ?? '';
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/checks/workflow-lint/run.ts









const CHECK_NAME = 'workflow-lint';
/**
 * Reads the workflows into the workflow model (with the local actions their steps use), walks
 * every place a step runs, and runs the interpreters over the scripts.
 */
async function gatherWorkflowFacts({ files, processes }, settings) {
    const sources = await readLintSources(files);
    const walk = walkWorkflows(sources.files, sources.actions);
    const { snippets, unchecked } = extractScripts(walk.steps);
    const facts = {
        files: sources.files,
        actions: [...sources.actions.values()].sort((a, b) => a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0),
        walk,
        unchecked,
        ...(sources.truncated ? { truncated: { limit: sources.maxFiles } } : {})
    };
    if (settings.severity['script-syntax'] !== 'off') {
        const outcomes = await checkSnippets(snippets, {
            processes,
            interpreters: settings.interpreters,
            timeoutMs: settings.timeoutMs
        });
        facts.scripts = snippets.map((snippet, i) => ({
            snippet,
            outcome: outcomes[i] ?? {
                kind: 'crashed',
                tool: 'interpreter',
                message: 'no result for this script'
            }
        }));
    }
    return facts;
}
/**
 * Writes the SARIF log through the repository facts (all or nothing, inside the workspace) and
 * says so in a check: `passed` when written, `failed` naming the path and what to do otherwise.
 */
async function writeSarif(files, p, findings) {
    const w = await files.writeOutput(p, toSarif(findings));
    if (!w.ok && w.reason !== 'failed') {
        return {
            id: 'sarif-output',
            status: 'failed',
            message: w.reason === 'outside' || w.rel === undefined
                ? `checks.workflow-lint.sarif: ${p} is outside the workspace; use a path relative to the repository root`
                : `checks.workflow-lint.sarif: ${w.rel} lies behind a symbolic link that leads outside the workspace`,
            location: { file: '.github/gonogo.yml' },
            remediation: 'Set checks.workflow-lint.sarif to a path inside the repository, for example gonogo-reports/workflow-lint.sarif.'
        };
    }
    if (!w.ok) {
        const rel = w.rel ?? p;
        return {
            id: 'sarif-output',
            status: 'failed',
            message: `${rel}: the SARIF log could not be written (${w.code ?? 'error'})`,
            location: { file: rel },
            remediation: `Make ${external_node_path_default().posix.dirname(rel)} a writable folder in the workspace, or change checks.workflow-lint.sarif.`
        };
    }
    return {
        id: 'sarif-output',
        status: 'passed',
        message: `${w.rel}: SARIF 2.1.0 log with ${findings.length} result${findings.length === 1 ? '' : 's'} written`,
        location: { file: w.rel }
    };
}
const runWorkflowLint = async (ctx) => {
    const settings = resolveSettings(ctx.settings);
    const facts = await gatherWorkflowFacts(ctx.facts, settings);
    const judged = applySeverity(findFindings(facts, settings), settings);
    const checks = toChecks(facts, judged, settings);
    if (settings.sarif !== undefined)
        checks.push(await writeSarif(ctx.facts.files, settings.sarif, judged));
    return (0,report/* makeReport */.d)({
        control: CHECK_NAME,
        subject: ctx.subject,
        generatedAt: new Date(ctx.effectiveTime).toISOString(),
        generator: CHECK_NAME,
        checks,
        facts: summarizeFacts(facts)
    });
};
/** What was observed, small and sorted. */
function summarizeFacts(facts) {
    const wfs = facts.files.flatMap((f) => (f.model ? [f.model] : []));
    const scripts = {};
    for (const s of facts.scripts ?? [])
        scripts[s.snippet.lang] = (scripts[s.snippet.lang] ?? 0) + 1;
    const notChecked = {};
    for (const u of facts.unchecked)
        notChecked[u.shell] = (notChecked[u.shell] ?? 0) + 1;
    return {
        workflows: facts.files.length,
        unreadable: facts.files.filter((f) => f.readError !== undefined || f.invalid).length,
        jobs: wfs.reduce((n, w) => n + w.jobs.length, 0),
        steps: wfs.reduce((n, w) => n + w.jobs.reduce((m, j) => m + j.steps.length, 0), 0),
        local_actions: facts.actions.length,
        composite_actions: facts.actions.filter((a) => a.action?.composite).length,
        scripts: sorted(scripts),
        scripts_not_checked: facts.unchecked.length,
        scripts_not_checked_by_shell: sorted(notChecked)
    };
}
function sorted(m) {
    return Object.fromEntries(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : 1)));
}


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
