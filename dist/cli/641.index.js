export const id = 641;
export const ids = [641];
export const modules = {

/***/ 8641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECK_NAME: () => (/* binding */ CHECK_NAME),
  gatherWorkflowFacts: () => (/* binding */ gatherWorkflowFacts),
  runWorkflowLint: () => (/* binding */ runWorkflowLint)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/io/atomic-write.ts
var atomic_write = __webpack_require__(7869);
// EXTERNAL MODULE: ./src/io/workflows.ts
var io_workflows = __webpack_require__(2886);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/checks/workflow-lint/interpreters.ts




const MAX_BUFFER = 4 * 1024 * 1024;
/** The outcome for each snippet, in the order given. */
async function checkSnippets(snippets, opts) {
    if (snippets.length === 0)
        return [];
    const tmp = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'gonogo-workflow-lint-'));
    try {
        const keyOf = (s) => `${s.lang}\0${s.module ? 'm' : ''}\0${s.text}`;
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
        for (const [k, s] of byLang('node')) {
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
        // A snippet without a result was not checked: never read that as "ok".
        return snippets.map((s) => results.get(keyOf(s)) ?? {
            kind: 'crashed',
            tool: 'interpreter',
            message: 'no result for this script'
        });
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
    }
}
/**
 * Interpreters run from the OS temp folder, never from the workspace: a PR could otherwise plant
 * `json.py` (Python puts the working directory on sys.path) and run code inside the gate.
 */
function run(cmd, args, timeoutMs) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(cmd, args, {
            timeout: timeoutMs,
            killSignal: 'SIGKILL',
            maxBuffer: MAX_BUFFER,
            encoding: 'utf8',
            cwd: external_node_os_default().tmpdir()
        }, (error, stdout, stderr) => {
            const e = error;
            resolve({
                code: e ? (typeof e.code === 'number' ? e.code : null) : 0,
                stdout,
                stderr,
                ...(e ? { error: e } : {})
            });
        });
    });
}
function failure(r, tool, timeoutMs) {
    if (r.error?.code === 'ENOENT' || r.error?.code === 'EACCES')
        return { kind: 'missing', tool };
    if (r.error?.killed)
        return { kind: 'timeout', tool, seconds: timeoutMs / 1000 };
    return undefined;
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
    const input = external_node_path_default().join(tmp, 'python-snippets.json');
    await (0,promises_.writeFile)(input, JSON.stringify(texts), 'utf8');
    const r = await run(tool, ['-I', '-W', 'ignore', '-c', PYTHON_PROGRAM, input], opts.timeoutMs);
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
        const message = `${tool} exited ${r.code ?? 'abnormally'}: ${firstLine(r.stderr) || 'no output'}`;
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
        const file = external_node_path_default().join(tmp, `snippet-${first + j}.sh`);
        await (0,promises_.writeFile)(file, s.text, 'utf8');
        files.push(file);
    }
    const flags = lang === 'bash' ? '-O extglob' : '';
    const r = await run(tool, ['-c', SHELL_DRIVER(flags), tool, ...files], opts.timeoutMs);
    const f = failure(r, tool, opts.timeoutMs);
    if (f)
        return batch.map(() => f);
    const parts = r.stdout.split(new RegExp(`\\n?${END} (\\d+)\\n`));
    // [out0, rc0, out1, rc1, …, rest]
    return batch.map((_, j) => {
        const out = parts[2 * j];
        const rc = parts[2 * j + 1];
        if (out === undefined || rc === undefined) {
            const message = `${tool} stopped before checking every script (exit ${r.code ?? 'abnormal'}): ${firstLine(r.stderr) || 'no output'}`;
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
async function checkNode(s, i, tmp, opts) {
    const file = external_node_path_default().join(tmp, `snippet-${i}.${s.module ? 'mjs' : 'js'}`);
    await (0,promises_.writeFile)(file, s.text, 'utf8');
    const tool = opts.interpreters.node;
    const r = await run(tool, ['--check', file], opts.timeoutMs);
    const f = failure(r, tool, opts.timeoutMs);
    if (f)
        return f;
    if (r.code === 0)
        return { kind: 'ok' };
    const err = r.stderr.split(file).join('<script>');
    // `<script>:3` then the source line, a caret, and `SyntaxError: …`.
    const m = /<script>:(\d+)/.exec(err);
    const msg = err.split('\n').find((l) => /^\w*Error\b/.test(l));
    if (m || msg) {
        return { kind: 'error', line: m ? Number(m[1]) : 0, message: msg?.trim() ?? firstLine(err) };
    }
    if (r.code === null) {
        return { kind: 'crashed', tool, message: `${tool} ended abnormally: ${firstLine(err)}` };
    }
    return { kind: 'error', line: 0, message: firstLine(err) || `${tool} exited ${r.code}` };
}
function firstLine(s) {
    return (s.trim().split('\n')[0] ?? '').slice(0, 300);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/checks/workflow-lint/parse.ts

/** `lines` of the script map to these lines of the workflow file (1-based both). */
function fileLine(run, scriptLine) {
    const k = Math.max(1, scriptLine);
    if (run.mapping === 'single')
        return run.line;
    const guess = run.mapping === 'literal' ? run.line + k : run.line + k - 1;
    return Math.min(guess, run.endLine);
}
function parseWorkflow(file, text) {
    const lc = new dist/* LineCounter */.HN();
    const wf = { file, errors: [], triggers: [], hasPermissions: false, jobs: [] };
    const lineOf = (n) => n?.range ? lc.linePos(n.range[0]).line : 1;
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lc, prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
        for (const e of doc.errors) {
            const line = e.linePos?.[0]?.line ?? 1;
            wf.errors.push({ line, message: `YAML error: ${e.message.split('\n')[0] ?? e.code}` });
        }
        return wf;
    }
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root)) {
        wf.errors.push({
            line: lineOf(root),
            message: 'not a workflow: the document is not a mapping'
        });
        return wf;
    }
    const get = (m, key) => {
        for (const p of m.items) {
            if ((0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key) {
                return { node: p.value ?? null, line: lineOf(p.key) };
            }
        }
        return undefined;
    };
    const scalar = (n) => (0,dist/* isScalar */.jn)(n) && n.value !== null && typeof n.value !== 'object'
        ? { value: primitive(n.value), line: lineOf(n) }
        : undefined;
    const textBlock = (n) => {
        if (!(0,dist/* isScalar */.jn)(n) || n.value === null || typeof n.value === 'object' || !n.range)
            return undefined;
        const start = lc.linePos(n.range[0]).line;
        const end = Math.max(start, lc.linePos(Math.max(n.range[0], n.range[1] - 1)).line);
        return {
            text: primitive(n.value),
            line: start,
            endLine: end,
            mapping: n.type === 'BLOCK_LITERAL' ? 'literal' : start === end ? 'single' : 'approximate'
        };
    };
    const shellOf = (m) => {
        const defaults = get(m, 'defaults')?.node;
        if (!(0,dist/* isMap */.jh)(defaults))
            return undefined;
        const run = get(defaults, 'run')?.node;
        return (0,dist/* isMap */.jh)(run) ? scalar(get(run, 'shell')?.node) : undefined;
    };
    // `on` is read by YAML 1.2 as the string "on"; `true` covers a YAML 1.1 reading.
    const on = get(root, 'on') ?? get(root, 'true');
    if (!on)
        wf.errors.push({ line: 1, message: "not a workflow: no 'on:' trigger" });
    else {
        wf.onLine = on.line;
        const n = on.node;
        if ((0,dist/* isScalar */.jn)(n)) {
            wf.triggers.push(String(n.value));
        }
        else if ((0,dist/* isSeq */.oP)(n)) {
            for (const i of n.items)
                if ((0,dist/* isScalar */.jn)(i))
                    wf.triggers.push(String(i.value));
        }
        else if ((0,dist/* isMap */.jh)(n)) {
            for (const p of n.items)
                if ((0,dist/* isScalar */.jn)(p.key))
                    wf.triggers.push(String(p.key.value));
        }
    }
    wf.triggers.sort();
    wf.hasPermissions = get(root, 'permissions') !== undefined;
    const shell = shellOf(root);
    if (shell)
        wf.shell = shell;
    const jobs = get(root, 'jobs');
    if (!jobs || !(0,dist/* isMap */.jh)(jobs.node)) {
        wf.errors.push({
            line: jobs?.line ?? 1,
            message: "not a workflow: 'jobs:' is missing or not a mapping"
        });
        return wf;
    }
    for (const jp of jobs.node.items) {
        if (!(0,dist/* isScalar */.jn)(jp.key))
            continue;
        const id = String(jp.key.value);
        const jn = jp.value;
        const job = {
            id,
            line: lineOf(jp.key),
            hasPermissions: false,
            steps: []
        };
        wf.jobs.push(job);
        if (!(0,dist/* isMap */.jh)(jn))
            continue;
        job.hasPermissions = get(jn, 'permissions') !== undefined;
        const uses = scalar(get(jn, 'uses')?.node);
        if (uses)
            job.uses = uses;
        const js = shellOf(jn);
        if (js)
            job.shell = js;
        const runsOn = runnerLabels(get(jn, 'runs-on')?.node, get(jn, 'strategy')?.node);
        if (runsOn)
            job.runsOn = runsOn;
        const steps = get(jn, 'steps')?.node;
        if (!(0,dist/* isSeq */.oP)(steps))
            continue;
        steps.items.forEach((sn, index) => {
            const s = sn;
            const step = { job: id, index, line: lineOf(s), with: {} };
            job.steps.push(step);
            if (!(0,dist/* isMap */.jh)(s))
                return;
            const name = scalar(get(s, 'name')?.node);
            if (name)
                step.name = name.value;
            const u = scalar(get(s, 'uses')?.node);
            if (u)
                step.uses = u;
            const sh = scalar(get(s, 'shell')?.node);
            if (sh)
                step.shell = sh;
            const run = textBlock(get(s, 'run')?.node);
            if (run)
                step.run = run;
            const w = get(s, 'with')?.node;
            if ((0,dist/* isMap */.jh)(w)) {
                for (const p of w.items) {
                    const v = scalar(p.value);
                    const block = textBlock(p.value);
                    if ((0,dist/* isScalar */.jn)(p.key) && v && block)
                        step.with[String(p.key.value)] = { ...v, block };
                }
            }
        });
    }
    return wf;
}
function primitive(v) {
    return typeof v === 'string'
        ? v
        : typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint'
            ? String(v)
            : '';
}
/** Runner labels from `runs-on`, with `${{ matrix.x }}` expanded from the job's matrix. */
function runnerLabels(runsOn, strategy) {
    if (!runsOn)
        return undefined;
    const raw = [];
    const collect = (n) => {
        if ((0,dist/* isScalar */.jn)(n))
            raw.push(String(n.value));
        else if ((0,dist/* isSeq */.oP)(n))
            for (const i of n.items)
                collect(i);
        else if ((0,dist/* isMap */.jh)(n)) {
            // runs-on: { group, labels }
            for (const p of n.items)
                if ((0,dist/* isScalar */.jn)(p.key) && p.key.value === 'labels')
                    collect(p.value);
        }
    };
    collect(runsOn);
    const labels = [];
    for (const r of raw) {
        const m = /^\s*\$\{\{\s*matrix\.([\w-]+)\s*\}\}\s*$/.exec(r);
        if (!m) {
            if (r.includes('${{'))
                return undefined;
            labels.push(r);
            continue;
        }
        const values = matrixValues(strategy, m[1]);
        if (!values)
            return undefined;
        labels.push(...values);
    }
    return labels;
}
function matrixValues(strategy, key) {
    if (!(0,dist/* isMap */.jh)(strategy))
        return undefined;
    const matrix = strategy.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'matrix')?.value;
    if (!(0,dist/* isMap */.jh)(matrix))
        return undefined;
    const out = [];
    for (const p of matrix.items) {
        if (!(0,dist/* isScalar */.jn)(p.key))
            continue;
        const k = String(p.key.value);
        if (k === key) {
            if (!(0,dist/* isSeq */.oP)(p.value))
                return undefined;
            for (const i of p.value.items) {
                if (!(0,dist/* isScalar */.jn)(i))
                    return undefined;
                out.push(String(i.value));
            }
        }
        else if (k === 'include' && (0,dist/* isSeq */.oP)(p.value)) {
            for (const inc of p.value.items) {
                if (!(0,dist/* isMap */.jh)(inc))
                    continue;
                for (const ip of inc.items)
                    if ((0,dist/* isScalar */.jn)(ip.key) && ip.key.value === key) {
                        if (!(0,dist/* isScalar */.jn)(ip.value))
                            return undefined;
                        out.push(String(ip.value.value));
                    }
            }
        }
    }
    return out.length > 0 ? out : undefined;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/checks/workflow-lint/scripts.ts

const EXPR_PLACEHOLDER = '__GH_EXPR__';
/** Replaces each `${{ … }}` with a placeholder, keeping the newlines the expression spanned. */
function replaceExpressions(text) {
    return text.replace(/\$\{\{[\s\S]*?\}\}/g, (m) => EXPR_PLACEHOLDER + '\n'.repeat(countNl(m)));
}
function countNl(s) {
    let n = 0;
    for (const c of s)
        if (c === '\n')
            n++;
    return n;
}
/** The language a `shell:` value runs, or undefined for shells that are not checked. */
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
const WINDOWS = /windows/i;
/** The shell a step runs in: its own, the job's default, the workflow's, else the runner's. */
function stepShell(wf, job, step) {
    const explicit = step.shell ?? job.shell ?? wf.shell;
    if (explicit)
        return explicit.value;
    // GitHub runs `pwsh` on Windows runners and bash elsewhere; a matrix that mixes both also runs
    // the script in bash, so only a job that is Windows-only is left to PowerShell.
    if (job.runsOn && job.runsOn.length > 0 && job.runsOn.every((l) => WINDOWS.test(l)))
        return 'pwsh';
    return 'bash';
}
function extractScripts(workflows) {
    const snippets = [];
    const unchecked = [];
    for (const wf of workflows) {
        for (const job of wf.jobs) {
            for (const step of job.steps) {
                if (!step.run)
                    continue;
                const shell = stepShell(wf, job, step);
                const lang = shellLang(shell);
                const base = {
                    file: wf.file,
                    job: job.id,
                    step: step.index,
                    ...(step.name !== undefined ? { name: step.name } : {})
                };
                if (lang === 'other') {
                    unchecked.push({ ...base, line: step.run.line, shell });
                    continue;
                }
                const text = replaceExpressions(step.run.text);
                const runLines = text.split('\n').map((_, i) => fileLine(step.run, i + 1));
                snippets.push({ ...base, lang, text, origin: 'run', lines: runLines });
                if (lang === 'bash' || lang === 'sh')
                    snippets.push(...embedded(text, runLines, base));
            }
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
const INLINE = /(^|[\s;|&(])(?:[^\s;|&()]*\/)?(node|python(?:\d+(?:\.\d+)?)?)((?:[ \t]+-(?!e\b|p\b|c\b)[\w-]+(?:=\S+)?)*)[ \t]+(-e|-p|--eval|--print|-c)[ \t]+(['"])/g;
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
        out.push({
            ...base,
            lang: isNode ? 'node' : 'python',
            text: code,
            origin: `${tool} ${flag}`,
            lines: runLines.slice(firstLine, firstLine + n)
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

;// CONCATENATED MODULE: ./src/checks/workflow-lint/rules.ts



const RULE_TEXT = {
    'workflow-parse': {
        title: 'Workflow file cannot be read or is not a workflow',
        help: 'Every file under .github/workflows must be readable YAML describing a workflow (on:, jobs:).'
    },
    'script-syntax': {
        title: 'Embedded script does not parse',
        help: 'Scripts in run: blocks (bash, sh, python, node, and python/node heredocs and -c/-e code) are syntax-checked by their interpreter.'
    },
    'unpinned-action': {
        title: 'Action not pinned to a full commit SHA',
        help: 'A tag or branch can be moved to other code; pin uses: to a 40-character commit SHA (keep the tag in a comment).'
    },
    'missing-permissions': {
        title: 'No top-level permissions',
        help: 'Without permissions: the GITHUB_TOKEN gets the repository default, which may be read-write; declare the least it needs.'
    },
    'script-injection': {
        title: 'Untrusted context expanded into a script',
        help: '${{ }} is substituted into the script before it runs, so text an attacker controls (titles, bodies, branch names) becomes code; pass it through env: instead.'
    },
    'untrusted-checkout': {
        title: 'Privileged workflow checks out pull-request code',
        help: 'pull_request_target and workflow_run run with secrets and a write token; checking out the PR head there lets the PR run code with them.'
    }
};
const SHA40 = /^[0-9a-f]{40}$/i;
const DIGEST = /@sha256:[0-9a-f]{64}$/i;
/** Why `uses` is not pinned, or undefined when it is (or need not be). */
function unpinnedReason(uses, allow) {
    const u = uses.trim();
    if (u.startsWith('./'))
        return undefined;
    if (u.startsWith('docker://')) {
        return DIGEST.test(u) ? undefined : 'a docker image referenced by tag, not by @sha256: digest';
    }
    const at = u.lastIndexOf('@');
    const name = at < 0 ? u : u.slice(0, at);
    const ref = at < 0 ? '' : u.slice(at + 1);
    const repo = name.split('/').slice(0, 2).join('/');
    if (allow.length > 0 && picomatch_default().isMatch(repo, allow, { nocase: true }))
        return undefined;
    if (SHA40.test(ref))
        return undefined;
    if (ref === '')
        return 'no @ref at all';
    if (/^[0-9a-f]{7,39}$/i.test(ref))
        return `a short SHA (${ref})`;
    return `the movable ref '${ref}'`;
}
/** Safe fields of `github.event`: numbers, ids, SHAs, booleans, timestamps. */
const SAFE_FIELD = /^(number|id|node_id|sha|before|after|merged|draft|action|forced|created|deleted|size|private|fork|run_id|run_number|run_attempt|\w+_(sha|id|count|at|number))$/;
/** The attacker-controllable contexts an expression reads (empty when none). */
function taintedContexts(expression) {
    const out = new Set();
    for (const m of expression.matchAll(/\bgithub\s*(?:\.\s*head_ref\b|\[\s*['"]head_ref['"]\s*\])/g))
        if (m[0] !== '')
            out.add('github.head_ref');
    for (const m of expression.matchAll(/\bgithub\s*\.\s*event((?:\s*\.\s*(?:[A-Za-z_][\w-]*|\*)|\s*\[[^\]]*\])*)/g)) {
        const path = (m[1] ?? '').replace(/\s+/g, '');
        const segments = path
            .split(/\.|\[/)
            .map((x) => x.replace(/[\]'"]/g, ''))
            .filter((x) => x !== '');
        const last = segments.at(-1);
        if (last !== undefined && SAFE_FIELD.test(last))
            continue;
        out.add(`github.event${path}`);
    }
    return [...out].sort();
}
const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;
function rules_countNl(s) {
    let n = 0;
    for (const c of s)
        if (c === '\n')
            n++;
    return n;
}
/** Injection findings for one script text (a `run:` or a github-script `script:`). */
function injections(file, where, block, out, what) {
    for (const m of block.text.matchAll(EXPRESSION)) {
        const tainted = taintedContexts(m[1] ?? '');
        if (tainted.length === 0)
            continue;
        const line = fileLine(block, rules_countNl(block.text.slice(0, m.index)) + 1);
        out.push({
            rule: 'script-injection',
            file,
            line,
            status: 'failed',
            message: `${file}:${line}: ${where} expands ${tainted.join(', ')} into ${what} (${m[0].replace(/\s+/g, ' ').slice(0, 120)}); whoever writes that text can run commands in the job`,
            remediation: `Move the value into the step's env (for example env: { VALUE: ${m[0].replace(/\s+/g, ' ')} }) and use it as "$VALUE" (quoted) in the script, or process.env.VALUE in github-script.`
        });
    }
}
const PR_HEAD = /github\s*\.\s*(?:event\s*\.\s*pull_request\s*\.\s*(?:head\s*\.\s*(?:sha|ref|label|repo)|merge_commit_sha)|event\s*\.\s*number|head_ref|event\s*\.\s*workflow_run\s*\.\s*(?:head_sha|head_branch|head_repository)|event\s*\.\s*check_suite\s*\.\s*(?:head_sha|head_branch))|refs\/pull\//;
function isCheckout(step) {
    const u = step.uses?.value.trim().toLowerCase() ?? '';
    return u === 'actions/checkout' || u.startsWith('actions/checkout@');
}
function stepLabel(job, step) {
    return `job '${job}' step ${step.index + 1}${step.name ? ` ('${step.name}')` : ''}`;
}
const TOOL_HINT = {
    python: 'python3 on PATH (for example actions/setup-python before the gate)',
    bash: 'bash on PATH',
    sh: 'sh on PATH',
    node: 'node on PATH (for example actions/setup-node before the gate)'
};
/** Every finding the rules make, before severities. */
function findFindings(facts, settings) {
    const out = [];
    for (const f of facts.files) {
        if (f.readError !== undefined) {
            out.push({
                rule: 'workflow-parse',
                file: f.file,
                line: 1,
                status: 'failed',
                message: `${f.readError}; the workflow cannot be linted`,
                remediation: 'Make the workflow a regular UTF-8 YAML file inside the repository (no link out of it) under 1 MiB, or remove it.'
            });
            continue;
        }
        const wf = f.workflow;
        if (!wf)
            continue;
        for (const e of wf.errors) {
            out.push({
                rule: 'workflow-parse',
                file: wf.file,
                line: e.line,
                status: 'failed',
                message: `${wf.file}:${e.line}: ${e.message}`,
                remediation: `Fix ${wf.file} at line ${e.line} so it is a valid workflow (GitHub would not run it as it is); actionlint or the Actions tab shows the same error.`
            });
        }
        if (wf.errors.length > 0)
            continue;
        if (!wf.hasPermissions) {
            const open = wf.jobs.filter((j) => !j.hasPermissions && !j.uses).map((j) => j.id);
            const callers = wf.jobs.filter((j) => !j.hasPermissions && j.uses).map((j) => j.id);
            const bare = [...open, ...callers];
            if (bare.length > 0) {
                out.push({
                    rule: 'missing-permissions',
                    file: wf.file,
                    line: 1,
                    status: 'failed',
                    message: `${wf.file}: no top-level permissions:, and job${bare.length > 1 ? 's' : ''} ${bare.map((j) => `'${j}'`).join(', ')} declare${bare.length > 1 ? '' : 's'} none, so the GITHUB_TOKEN gets the repository's default permissions`,
                    remediation: `Add a top-level "permissions: { contents: read }" to ${wf.file} (or "permissions: {}") and grant each job only what it needs under its own permissions:.`
                });
            }
        }
        const privileged = wf.triggers.filter((t) => t === 'pull_request_target' || t === 'workflow_run');
        for (const job of wf.jobs) {
            if (job.uses) {
                const why = unpinnedReason(job.uses.value, settings.allowUnpinned);
                if (why)
                    out.push(unpinned(wf.file, job.uses.line, `job '${job.id}'`, job.uses.value, why));
            }
            for (const step of job.steps) {
                const label = stepLabel(job.id, step);
                if (step.uses) {
                    const why = unpinnedReason(step.uses.value, settings.allowUnpinned);
                    if (why)
                        out.push(unpinned(wf.file, step.uses.line, label, step.uses.value, why));
                }
                if (step.run)
                    injections(wf.file, label, step.run, out, 'its run: script');
                const script = step.with.script;
                if (script && /^actions\/github-script(@|$)/i.test(step.uses?.value.trim() ?? ''))
                    injections(wf.file, label, script.block, out, 'its github-script code');
                if (privileged.length > 0 && isCheckout(step)) {
                    for (const key of ['ref', 'repository']) {
                        const v = step.with[key];
                        if (!v || !PR_HEAD.test(v.value))
                            continue;
                        out.push({
                            rule: 'untrusted-checkout',
                            file: wf.file,
                            line: v.line,
                            status: 'failed',
                            message: `${wf.file}:${v.line}: a ${privileged.join('/')} workflow checks out pull-request code (${label}, ${key}: ${v.value}); that code then runs with the workflow's secrets and write token`,
                            remediation: `Run untrusted code under the pull_request trigger (no secrets, read-only token) instead; if ${privileged.join('/')} is needed, keep it to trusted base-branch code and pass PR results as artifacts, never checking out or executing the PR head here.`
                        });
                    }
                }
            }
        }
    }
    if (facts.truncated) {
        out.push({
            rule: 'workflow-parse',
            file: '.github/workflows',
            line: 1,
            status: 'failed',
            message: `.github/workflows holds more than ${facts.truncated.limit} workflow files; only the first ${facts.truncated.limit} were linted`,
            remediation: `Keep at most ${facts.truncated.limit} workflow files, or split the repository.`
        });
    }
    const missing = new Map();
    for (const { snippet: s, outcome: o } of facts.scripts ?? []) {
        const where = `${stepLabel(s.job, { index: s.step, ...(s.name !== undefined ? { name: s.name } : {}) })}, ${s.origin}`;
        if (o.kind === 'error') {
            const line = snippetLine(s, o.line);
            out.push({
                rule: 'script-syntax',
                file: s.file,
                line,
                status: 'failed',
                message: `${s.file}:${line}: ${s.lang} syntax error in ${where}: ${o.message}`,
                remediation: `Fix the ${s.lang} code at ${s.file} line ${line}${s.lang === 'python' || s.lang === 'node' ? '' : ' (run "bash -n" on the script to see it)'}; ${'`${{ }}`'} expressions were read as a plain word.`
            });
        }
        else if (o.kind === 'missing') {
            missing.set(o.tool, [...(missing.get(o.tool) ?? []), s]);
        }
        else if (o.kind === 'timeout' || o.kind === 'crashed') {
            const line = snippetLine(s, 1);
            out.push({
                rule: 'script-syntax',
                file: s.file,
                line,
                status: 'unverified',
                message: `${s.file}:${line}: the ${s.lang} code in ${where} could not be checked: ${o.kind === 'timeout' ? `${o.tool} took longer than ${o.seconds} s` : o.message}`,
                remediation: 'Check the script by hand, or make it smaller; raise checks.workflow-lint.timeout_seconds if the runner is slow.',
                unlock: `${o.tool} finishing its syntax check (checks.workflow-lint.timeout_seconds)`
            });
        }
    }
    for (const [tool, list] of missing) {
        const first = list[0];
        const line = snippetLine(first, 1);
        const langs = [...new Set(list.map((s) => s.lang))].sort();
        out.push({
            rule: 'script-syntax',
            file: first.file,
            line,
            status: 'unverified',
            message: `${list.length} ${langs.join('/')} script${list.length > 1 ? 's' : ''} not checked: ${tool} was not found (first at ${first.file}:${line})`,
            remediation: `Install ${tool} where the check runs, or point checks.workflow-lint.interpreters at it.`,
            unlock: TOOL_HINT[langs[0]] ?? `${tool} on PATH`
        });
    }
    return out;
}
function unpinned(file, line, where, uses, why) {
    return {
        rule: 'unpinned-action',
        file,
        line,
        status: 'failed',
        message: `${file}:${line}: ${where} uses ${uses}, pinned to ${why}`,
        remediation: uses.startsWith('docker://')
            ? `Reference the image by digest: ${uses.replace(/:[^:/@]+$/, '')}@sha256:<digest> (docker buildx imagetools inspect shows it).`
            : `Pin to the full commit SHA the ref points at and keep the tag as a comment, for example "uses: ${uses.split('@')[0]}@<40-hex sha> # ${uses.split('@')[1] ?? 'vX.Y.Z'}" (git ls-remote https://github.com/${uses.split('@')[0]?.split('/').slice(0, 2).join('/')} shows it); let Dependabot keep it current.`
    };
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
    const readable = facts.files.filter((f) => f.workflow && f.workflow.errors.length === 0);
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
    const wfs = readable.map((f) => f.workflow);
    const steps = wfs.flatMap((w) => w.jobs.flatMap((j) => j.steps));
    const refs = wfs.flatMap((w) => [
        ...w.jobs.filter((j) => j.uses).map((j) => j.uses?.value),
        ...w.jobs.flatMap((j) => j.steps.filter((s) => s.uses).map((s) => s.uses?.value))
    ]);
    const remote = refs.filter((u) => !u.startsWith('./'));
    summary('workflow-parse', `${facts.files.length} workflow file${facts.files.length === 1 ? '' : 's'} parsed`);
    summary('unpinned-action', `${remote.length} action and reusable-workflow reference${remote.length === 1 ? '' : 's'} from other repositories ${remote.length === 1 ? 'is' : 'are'} pinned to a full commit SHA${settings.allowUnpinned.length ? ` or allowed (${settings.allowUnpinned.join(', ')})` : ''}`);
    summary('missing-permissions', `${wfs.length} workflow${wfs.length === 1 ? '' : 's'} declare${wfs.length === 1 ? 's' : ''} token permissions`);
    summary('script-injection', `no untrusted context is expanded into the ${steps.filter((s) => s.run).length} run: scripts`);
    const privileged = wfs.filter((w) => w.triggers.some((t) => t === 'pull_request_target' || t === 'workflow_run'));
    summary('untrusted-checkout', `${privileged.length} pull_request_target/workflow_run workflow${privileged.length === 1 ? '' : 's'}, none checking out pull-request code`);
    if (facts.scripts) {
        const ok = facts.scripts.filter((s) => s.outcome.kind === 'ok');
        const byLang = new Map();
        for (const s of ok)
            byLang.set(s.snippet.lang, (byLang.get(s.snippet.lang) ?? 0) + 1);
        const parts = [...byLang].sort(([a], [b]) => cmp(a, b)).map(([l, n]) => `${n} ${l}`);
        const skipped = facts.unchecked.length;
        summary('script-syntax', `${ok.length} embedded script${ok.length === 1 ? '' : 's'} parse${ok.length === 1 ? 's' : ''}${parts.length ? ` (${parts.join(', ')})` : ''}${skipped ? `; ${skipped} PowerShell/cmd/other-shell step${skipped === 1 ? '' : 's'} not checked` : ''}`);
    }
    return checks;
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
        allowUnpinned: [...(s.allow_unpinned ?? [])].sort(),
        ...(s.sarif !== undefined ? { sarif: s.sarif } : {}),
        timeoutMs: (s.timeout_seconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000,
        interpreters: { ...DEFAULT_INTERPRETERS, ...(s.interpreters ?? {}) }
    };
}

;// CONCATENATED MODULE: ./src/checks/workflow-lint/sarif.ts



const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SARIF_TOOL = 'gonogo workflow-lint';
/**
 * The findings as a SARIF 2.1.0 log for code scanning. Pure and deterministic: rules in a fixed
 * order, results in the findings' order, no timestamps. Failed findings are `error` (or `warning`
 * when their rule's severity is warning); findings nobody could check are `note`.
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

;// CONCATENATED MODULE: ./src/checks/workflow-lint/run.ts











const CHECK_NAME = 'workflow-lint';
/** Reads and parses the workflows, and runs the interpreters over their scripts. */
async function gatherWorkflowFacts(ws, settings) {
    const paths = new Set();
    let truncated = false;
    try {
        for (const ext of ['yml', 'yaml']) {
            const r = await ws.glob(`${io_workflows/* WORKFLOWS_DIR */.xs}/*.${ext}`, io_workflows/* MAX_WORKFLOW_FILES */.z);
            truncated ||= r.truncated;
            for (const f of r.files)
                paths.add(f);
        }
    }
    catch {
        // The folder itself is (or lies behind) a link out of the workspace.
        const readError = `${io_workflows/* WORKFLOWS_DIR */.xs}: symbolic link that leads outside the workspace`;
        return { files: [{ file: io_workflows/* WORKFLOWS_DIR */.xs, readError }], unchecked: [] };
    }
    const sorted = [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (sorted.length > io_workflows/* MAX_WORKFLOW_FILES */.z)
        truncated = true;
    const files = [];
    for (const file of sorted.slice(0, io_workflows/* MAX_WORKFLOW_FILES */.z)) {
        const r = await ws.readText(file, io_workflows/* MAX_WORKFLOW_BYTES */.lp, 'for a workflow file');
        if (!r.ok)
            files.push({ file, readError: r.message });
        else if (r.text.includes('\u0000'))
            files.push({ file, readError: `${file}: binary data (NUL bytes), not a YAML workflow` });
        else
            files.push({ file, workflow: parseWorkflow(file, r.text) });
    }
    const workflows = files.flatMap((f) => f.workflow && f.workflow.errors.length === 0 ? [f.workflow] : []);
    const { snippets, unchecked } = extractScripts(workflows);
    const facts = {
        files,
        unchecked,
        ...(truncated ? { truncated: { limit: io_workflows/* MAX_WORKFLOW_FILES */.z } } : {})
    };
    if (settings.severity['script-syntax'] !== 'off') {
        const outcomes = await checkSnippets(snippets, {
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
/** Where the SARIF log may be written: a workspace-relative file, not behind a link out. */
async function sarifTarget(ws, p) {
    const rel = ws.relative(p);
    if (rel === undefined || external_node_path_default().isAbsolute(p) || rel === '') {
        return {
            ok: false,
            message: `checks.workflow-lint.sarif: ${p} is outside the workspace; use a path relative to the repository root`
        };
    }
    // The nearest folder that exists must resolve inside the workspace.
    const realRoot = await (0,promises_.realpath)(ws.root);
    let dir = external_node_path_default().dirname(external_node_path_default().join(ws.root, rel));
    for (;;) {
        try {
            const real = await (0,promises_.realpath)(dir);
            const r = external_node_path_default().relative(realRoot, real);
            if (r === '..' || r.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(r)) {
                return {
                    ok: false,
                    message: `checks.workflow-lint.sarif: ${rel} lies behind a symbolic link that leads outside the workspace`
                };
            }
            break;
        }
        catch {
            const up = external_node_path_default().dirname(dir);
            if (up === dir)
                break;
            dir = up;
        }
    }
    return { ok: true, rel, abs: external_node_path_default().join(ws.root, rel) };
}
async function writeSarif(ws, p, findings) {
    const target = await sarifTarget(ws, p);
    if (!target.ok) {
        return {
            id: 'sarif-output',
            status: 'failed',
            message: target.message,
            location: { file: '.github/gonogo.yml' },
            remediation: 'Set checks.workflow-lint.sarif to a path inside the repository, for example gonogo-reports/workflow-lint.sarif.'
        };
    }
    try {
        await (0,atomic_write/* writeAllOrNothing */.P)(external_node_path_default().dirname(target.abs), [
            { name: external_node_path_default().basename(target.abs), content: toSarif(findings) }
        ]);
    }
    catch (e) {
        return {
            id: 'sarif-output',
            status: 'failed',
            message: `${target.rel}: the SARIF log could not be written (${e.code ?? e.message})`,
            location: { file: target.rel },
            remediation: `Make ${external_node_path_default().posix.dirname(target.rel)} a writable folder in the workspace, or change checks.workflow-lint.sarif.`
        };
    }
    return {
        id: 'sarif-output',
        status: 'passed',
        message: `${target.rel}: SARIF 2.1.0 log with ${findings.length} result${findings.length === 1 ? '' : 's'} written`,
        location: { file: target.rel }
    };
}
const runWorkflowLint = async (ctx) => {
    const settings = resolveSettings(ctx.settings);
    const facts = await gatherWorkflowFacts(ctx.ws, settings);
    const judged = applySeverity(findFindings(facts, settings), settings);
    const checks = toChecks(facts, judged, settings);
    if (settings.sarif !== undefined)
        checks.push(await writeSarif(ctx.ws, settings.sarif, judged));
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
    const wfs = facts.files.flatMap((f) => (f.workflow ? [f.workflow] : []));
    const scripts = {};
    for (const s of facts.scripts ?? [])
        scripts[s.snippet.lang] = (scripts[s.snippet.lang] ?? 0) + 1;
    return {
        workflows: facts.files.length,
        unreadable: facts.files.filter((f) => f.readError !== undefined).length,
        jobs: wfs.reduce((n, w) => n + w.jobs.length, 0),
        steps: wfs.reduce((n, w) => n + w.jobs.reduce((m, j) => m + j.steps.length, 0), 0),
        scripts: Object.fromEntries(Object.entries(scripts).sort(([a], [b]) => (a < b ? -1 : 1))),
        scripts_not_checked: facts.unchecked.length
    };
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
