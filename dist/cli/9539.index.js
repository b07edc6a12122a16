export const id = 9539;
export const ids = [9539];
export const modules = {

/***/ 7172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Df: () => (/* binding */ annotationValue),
/* harmony export */   SO: () => (/* binding */ testedPackage),
/* harmony export */   X_: () => (/* binding */ scanRego),
/* harmony export */   fZ: () => (/* binding */ isTestModule),
/* harmony export */   oZ: () => (/* binding */ packageName),
/* harmony export */   vM: () => (/* binding */ isSet)
/* harmony export */ });
/* unused harmony export parseRef */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

const KEYWORDS = new Set(['package', 'import', 'else', 'not', 'some', 'every', 'with', 'as', 'in']);
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/;
const DATA_REF = /(?<![A-Za-z0-9_.])data((?:\.[A-Za-z_][A-Za-z0-9_]*)+)/g;
/** Reads a Rego module as far as governance needs it. */
function scanRego(text) {
    const lines = text.split(/\r?\n/);
    const mod = { metadata: [], rules: [], dataRefs: [] };
    const refs = new Set();
    let depth = 0;
    let inRaw = false;
    let pending;
    let openBlock;
    const closeBlock = (nextStatement) => {
        if (!openBlock)
            return;
        mod.metadata.push(readMetadata(openBlock.start, openBlock.body, nextStatement));
        openBlock = undefined;
    };
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i] ?? '';
        const lineNo = i + 1;
        const atTop = depth === 0 && !inRaw;
        if (atTop) {
            const trimmed = raw.trim();
            if (pending) {
                if (trimmed.startsWith('#')) {
                    pending.body.push(trimmed.replace(/^#\s?/, ''));
                    continue;
                }
                openBlock = pending;
                pending = undefined;
            }
            if (/^#\s*METADATA\s*$/.test(trimmed)) {
                closeBlock(undefined);
                pending = { start: lineNo, body: [] };
                continue;
            }
            // Blank lines and other comments between a block and its statement keep the block open.
            if (trimmed === '' || trimmed.startsWith('#'))
                continue;
            const head = /^package\b/.test(trimmed) ? 'package' : 'rule';
            closeBlock(head);
            if (head === 'package')
                readPackage(trimmed, lineNo, mod);
            else if (raw === raw.trimStart())
                readRuleHead(raw, lineNo, mod);
        }
        // Track nesting over the rest of the line (strings and comments skipped).
        const r = scanLine(raw, depth, inRaw);
        depth = r.depth;
        inRaw = r.inRaw;
        if (r.code.includes('data.'))
            for (const m of r.code.matchAll(DATA_REF))
                refs.add(m[1]?.slice(1) ?? '');
    }
    if (pending)
        openBlock = pending;
    closeBlock(undefined);
    mod.dataRefs = [...refs]
        .filter((r) => r !== '')
        .sort()
        .map((r) => r.split('.'));
    return mod;
}
function scanLine(line, depth, inRaw) {
    let d = depth;
    let raw = inRaw;
    let code = '';
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (raw) {
            if (c === '`')
                raw = false;
            continue;
        }
        if (c === '#')
            break;
        if (c === '`') {
            raw = true;
            code += ' ';
        }
        else if (c === '"') {
            for (i++; i < line.length && line[i] !== '"'; i++)
                if (line[i] === '\\')
                    i++;
            code += ' ';
        }
        else {
            if (c === '{' || c === '[' || c === '(')
                d++;
            else if (c === '}' || c === ']' || c === ')')
                d = Math.max(0, d - 1);
            code += c;
        }
    }
    return { depth: d, inRaw: raw, code };
}
function readPackage(statement, line, mod) {
    if (mod.package !== undefined || mod.packageError !== undefined) {
        mod.packageError = { line, message: 'a second package statement' };
        return;
    }
    const ref = statement
        .replace(/^package\s*/, '')
        .replace(/#.*$/, '')
        .trim();
    const segs = parseRef(ref);
    if (!segs) {
        mod.packageError = { line, message: `cannot read the package name '${ref.slice(0, 80)}'` };
        return;
    }
    mod.package = segs;
    mod.packageLine = line;
}
/** `a.b["c-d"].e` → [a, b, c-d, e]; undefined for anything else. */
function parseRef(ref) {
    const segs = [];
    let rest = ref;
    const first = IDENT.exec(rest);
    if (!first)
        return undefined;
    segs.push(first[0]);
    rest = rest.slice(first[0].length);
    while (rest.length > 0) {
        if (rest.startsWith('.')) {
            const m = IDENT.exec(rest.slice(1));
            if (!m)
                return undefined;
            segs.push(m[0]);
            rest = rest.slice(1 + m[0].length);
        }
        else {
            const m = /^\[\s*"((?:[^"\\]|\\.)*)"\s*\]/.exec(rest);
            if (!m)
                return undefined;
            segs.push(JSON.parse(`"${m[1] ?? ''}"`));
            rest = rest.slice(m[0].length);
        }
    }
    return segs;
}
function readRuleHead(line, lineNo, mod) {
    let s = line;
    const def = /^default\s+/.exec(s);
    if (def)
        s = s.slice(def[0].length);
    const m = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(s);
    if (!m)
        return;
    const name = m[0];
    if (KEYWORDS.has(name.split('.')[0] ?? ''))
        return;
    const after = s.slice(name.length).trimStart();
    // A rule head continues with a body, an assignment, `if`, `contains`, arguments or a key.
    if (!/^($|\{|:=|=|\(|\[|if\b|contains\b)/.test(after))
        return;
    mod.rules.push({ name, line: lineNo });
}
function readMetadata(start, body, next) {
    const text = body.join('\n');
    const counter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: counter, prettyErrors: false });
    const keyLines = {};
    const error = doc.errors[0];
    if (error) {
        const pos = counter.linePos(error.pos[0]);
        return {
            line: start,
            scope: next === 'package' ? 'package' : 'rule',
            error: {
                line: start + pos.line,
                message: error.message.split('\n')[0] ?? 'invalid YAML'
            },
            keyLines
        };
    }
    const value = doc.toJS();
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents)) {
        for (const item of doc.contents.items) {
            const k = item.key;
            if (k && typeof k.value === 'string' && k.range)
                keyLines[k.value] = start + counter.linePos(k.range[0]).line;
        }
    }
    if (value !== null &&
        value !== undefined &&
        (typeof value !== 'object' || Array.isArray(value))) {
        return {
            line: start,
            scope: next === 'package' ? 'package' : 'rule',
            error: { line: start + 1, message: 'the METADATA block is not a YAML mapping' },
            keyLines
        };
    }
    const obj = (value ?? {});
    const declared = obj.scope;
    const scope = declared === 'package' ||
        declared === 'subpackages' ||
        declared === 'rule' ||
        declared === 'document'
        ? declared
        : next === 'package'
            ? 'package'
            : 'rule';
    return { line: start, scope, value: obj, keyLines };
}
/** The value at a dotted key (`custom.owner`) of a METADATA block, or undefined. */
function annotationValue(block, dotted) {
    let v = block.value;
    for (const k of dotted.split('.')) {
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            return undefined;
        v = Object.hasOwn(v, k) ? v[k] : undefined;
    }
    return v;
}
/** A value counts as set when it is not empty: no null, '', [] or {}. */
function isSet(v) {
    if (v === undefined || v === null)
        return false;
    if (typeof v === 'string')
        return v.trim() !== '';
    if (Array.isArray(v))
        return v.length > 0;
    if (typeof v === 'object')
        return Object.keys(v).length > 0;
    return true;
}
/** True for a test module: `*_test.rego`, a package ending in `_test`, or `test_` rules. */
function isTestModule(file, mod) {
    if (file.endsWith('_test.rego'))
        return true;
    const last = mod.package?.at(-1);
    if (last?.endsWith('_test'))
        return true;
    return mod.rules.some((r) => r.name.startsWith('test_'));
}
/** The package a test module tests by its name: its own, without a `_test` suffix or `.test` segment. */
function testedPackage(pkg) {
    const last = pkg.at(-1) ?? '';
    if ((last === 'test' || last === 'tests') && pkg.length > 1)
        return [...pkg.slice(0, -1)];
    if (last.endsWith('_test') && last.length > '_test'.length)
        return [...pkg.slice(0, -1), last.slice(0, -'_test'.length)];
    return [...pkg];
}
/** `a.b["c-d"]` for messages. */
function packageName(segs) {
    return segs
        .map((s, i) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? (i === 0 ? s : `.${s}`) : `["${s}"]`))
        .join('');
}


/***/ }),

/***/ 9539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONTROL: () => (/* binding */ CONTROL),
  runPolicyFreshness: () => (/* binding */ runPolicyFreshness)
});

// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/parsers/verdict.ts
var verdict = __webpack_require__(9281);
// EXTERNAL MODULE: ./src/parsers/json-error.ts
var json_error = __webpack_require__(1639);
// EXTERNAL MODULE: ./src/checks/policy-bundle/rego.ts
var rego = __webpack_require__(7172);
;// CONCATENATED MODULE: ./src/checks/policy-freshness/gather.ts



const MAX_POLICY_BYTES = 4 * 1024 * 1024;
/** Where GitHub reads workflows from. */
const WORKFLOWS_DIR = '.github/workflows';
const FETCH_DEPTH_UNLOCK = 'the history of the policy files: actions/checkout with fetch-depth: 0';
/**
 * Reads each policy's review date (files) or, without one, its last commit (git), and the
 * workflows the gate-job settings name. Never throws.
 */
async function gatherPolicyFreshness({ files: ws, git }, settings) {
    const policies = [];
    let repo;
    for (const p of settings.policies) {
        const f = await reviewOf(ws, p.path, p.maxAgeDays);
        if (!f.problem && !f.review) {
            repo ??= await git.state(settings.gitTimeoutMs);
            f.commit = await lastCommit(git, p.path, repo, settings.gitTimeoutMs);
        }
        policies.push(f);
    }
    const workflows = [];
    const missingWorkflows = [];
    if (settings.workflows.length > 0 || settings.requiredJobs.length > 0) {
        const listed = await ws.workflows();
        if (listed.ok)
            workflows.push(...listed.files);
        else
            workflows.push({
                path: WORKFLOWS_DIR,
                text: '',
                readError: `${WORKFLOWS_DIR}: symbolic link that leads outside the workspace`
            });
        for (const w of settings.workflows) {
            if (workflows.some((x) => x.path === w.file))
                continue;
            const r = await ws.readText(w.file, listed.maxBytes, 'for a workflow file');
            if (r.ok)
                workflows.push({ path: w.file, text: r.text });
            else if (r.reason === 'missing')
                missingWorkflows.push(w.file);
            else
                workflows.push({ path: w.file, text: '', readError: r.message });
        }
        workflows.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    }
    return { policies, workflows, missingWorkflows: [...new Set(missingWorkflows)].sort() };
}
async function kindOf(ws, p) {
    const k = await ws.kind(p);
    switch (k.kind) {
        case 'outside':
            return {
                problem: {
                    message: `${p}: path is outside the workspace`,
                    remediation: 'declare the policy path relative to the repository root'
                }
            };
        case 'link-out':
            return {
                problem: {
                    message: `${k.rel}: symbolic link that leads outside the workspace`,
                    remediation: 'keep the policy inside the repository; do not link to files outside it'
                }
            };
        case 'missing':
            return {
                problem: {
                    message: `${k.rel}: policy not found`,
                    remediation: `restore ${k.rel}, or fix checks.policy-freshness.policies[].path`
                }
            };
        case 'dir':
        case 'file':
            return { kind: k.kind };
        default:
            return {
                problem: {
                    message: `${k.rel}: not a regular file or folder`,
                    remediation: 'point the policy entry at a file or a bundle folder'
                }
            };
    }
}
const DATE_LIKE = (v) => typeof v === 'string' ? v : v instanceof Date ? v.toISOString().slice(0, 10) : JSON.stringify(v);
async function reviewOf(ws, p, maxAgeDays) {
    const base = { path: p, maxAgeDays };
    const k = await kindOf(ws, p);
    if ('problem' in k)
        return { ...base, problem: k.problem };
    if (k.kind === 'dir') {
        const file = p === '.' ? '.manifest' : `${p}/.manifest`;
        const r = await ws.readText(file, MAX_POLICY_BYTES, 'for a policy file');
        if (!r.ok) {
            if (r.reason === 'missing')
                return base;
            return {
                ...base,
                problem: {
                    message: r.message,
                    remediation: 'make the .manifest a readable file inside the workspace'
                }
            };
        }
        const parsed = (0,json_error/* parseJsonAt */.bq)(r.text);
        // An unreadable manifest must not fall back to the commit date that broke it.
        if (!parsed.ok || !(0,verdict/* isRecord */.u4)(parsed.value)) {
            return {
                ...base,
                problem: {
                    message: `${file}: ${parsed.ok ? 'not a JSON object' : parsed.message}`,
                    remediation: 'fix the .manifest: the OPA bundle manifest is a JSON object'
                }
            };
        }
        if (!(0,verdict/* isRecord */.u4)(parsed.value.metadata))
            return base;
        const v = parsed.value.metadata.reviewed;
        if (v === undefined)
            return base;
        const m = /"reviewed"\s*:/.exec(r.text);
        const line = m ? r.text.slice(0, m.index).split('\n').length : undefined;
        return { ...base, review: mark(DATE_LIKE(v), file, line, 'manifest') };
    }
    if (!p.endsWith('.rego'))
        return base;
    const r = await ws.readText(p, MAX_POLICY_BYTES, 'for a policy file');
    if (!r.ok)
        return {
            ...base,
            problem: { message: r.message, remediation: 'make the policy a readable text file' }
        };
    if (r.text.includes('\u0000'))
        return {
            ...base,
            problem: {
                message: `${p}: binary data, not Rego`,
                remediation: 'point the entry at the Rego source'
            }
        };
    let best;
    for (const blk of (0,rego/* scanRego */.X_)(r.text).metadata) {
        const v = (0,rego/* annotationValue */.Df)(blk, 'custom.reviewed');
        if (v === undefined || v === null)
            continue;
        const m = mark(DATE_LIKE(v), p, blk.keyLines.custom ?? blk.line, 'metadata');
        // An unreadable date wins (fail closed); else the latest date.
        if (!best || (best.ok && (!m.ok || m.date > best.date)))
            best = m;
    }
    return best ? { ...base, review: best } : base;
}
function mark(value, file, line, source) {
    const loc = { file, ...(line ? { line } : {}), source };
    return isCalendarDate(value) ? { ok: true, date: value, ...loc } : { ok: false, value, ...loc };
}
/** `YYYY-MM-DD` naming a real calendar day. */
function isCalendarDate(v) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v))
        return false;
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}
async function lastCommit(git, p, repo, timeoutMs) {
    if (!repo.ok)
        return {
            ok: false,
            message: repo.message,
            unlock: repo.reason === 'no-git' ? 'git on PATH' : FETCH_DEPTH_UNLOCK
        };
    const r = await git.lastCommit(p, timeoutMs);
    if (!r.ok)
        return { ok: false, message: r.message, unlock: FETCH_DEPTH_UNLOCK };
    if (!r.commit)
        return {
            ok: false,
            message: `${p}: no commit touches it (new and not committed yet?)`,
            unlock: FETCH_DEPTH_UNLOCK
        };
    // In a shallow clone the oldest fetched commit has no parents and seems to add every file.
    const { date, sha, parents } = r.commit;
    if (repo.shallow && parents.length === 0)
        return {
            ok: false,
            message: `${p}: the clone is shallow, so its last change is older than the fetched history shows`,
            unlock: FETCH_DEPTH_UNLOCK
        };
    return { ok: true, date, sha };
}

// EXTERNAL MODULE: ./src/core/time.ts
var time = __webpack_require__(2334);
// EXTERNAL MODULE: ./src/workflow/model.ts + 1 modules
var model = __webpack_require__(897);
// EXTERNAL MODULE: ./src/workflow/local-uses.ts
var local_uses = __webpack_require__(7903);
// EXTERNAL MODULE: ./src/workflow/parse.ts
var parse = __webpack_require__(7738);
// EXTERNAL MODULE: ./src/checks/check-names.ts
var check_names = __webpack_require__(2040);
;// CONCATENATED MODULE: ./src/checks/policy-freshness/judge.ts





const POLICY_FILE = '.github/gonogo.yml';
/** Reusable workflows GitHub follows: the caller and nine levels. */
const MAX_LEVELS = 10;
/** Turns the gathered facts into report checks, judged at `effectiveTime`. Pure. */
function judgePolicyFreshness(facts, settings, effectiveTime) {
    if (settings.policies.length === 0 &&
        settings.workflows.length === 0 &&
        settings.requiredJobs.length === 0)
        return [
            {
                id: 'settings',
                status: 'unverified',
                message: 'nothing to judge: checks.policy-freshness declares no policies, workflows or required_jobs',
                location: { file: POLICY_FILE },
                remediation: 'declare them under checks.policy-freshness, e.g. `policies: [{ path: policies/authz, max_age_days: 90 }]`',
                unlock: 'checks.policy-freshness in the policy file'
            }
        ];
    const out = [];
    for (const p of facts.policies)
        out.push(judgeAge(p, effectiveTime));
    const parsed = new Map();
    const parse = (f) => {
        let p = parsed.get(f.path);
        if (!p) {
            p = parseWorkflow(f);
            parsed.set(f.path, p);
        }
        return p;
    };
    for (const w of settings.workflows)
        out.push(judgeGate(w, facts, settings.gateActions, parse));
    if (settings.requiredJobs.length > 0)
        out.push(...judgeRequiredJobs(facts, settings, parse));
    return out;
}
const today = (t) => new Date(t).toISOString().slice(0, 10);
function judgeAge(p, effectiveTime) {
    const id = `review:${p.path}`;
    if (p.problem)
        return {
            id,
            status: 'failed',
            message: p.problem.message,
            location: { file: p.path },
            remediation: p.problem.remediation
        };
    const reviewHint = p.path.endsWith('.rego')
        ? `add \`reviewed: ${today(effectiveTime)}\` under \`custom:\` in the package METADATA block of ${p.path}`
        : `set "reviewed": "${today(effectiveTime)}" in the "metadata" of ${p.path === '.' ? '' : `${p.path}/`}.manifest, or commit the reviewed policy`;
    let date;
    let what;
    let location;
    if (p.review) {
        location = { file: p.review.file, ...(p.review.line ? { line: p.review.line } : {}) };
        if (!p.review.ok)
            return {
                id,
                status: 'failed',
                message: `${p.review.file}${p.review.line ? `:${p.review.line}` : ''}: review date '${p.review.value.slice(0, 60)}' is not a YYYY-MM-DD calendar date`,
                location,
                remediation: `write the date as YYYY-MM-DD, e.g. ${today(effectiveTime)}`
            };
        date = p.review.date;
        what =
            p.review.source === 'metadata' ? 'METADATA custom.reviewed' : '.manifest metadata.reviewed';
    }
    else if (p.commit?.ok) {
        location = { file: p.path };
        date = p.commit.date;
        what = `last commit ${p.commit.sha.slice(0, 12)}`;
    }
    else {
        return {
            id,
            status: 'unverified',
            message: `${p.path}: no review date in the policy, and its last commit cannot be seen: ${p.commit?.message ?? 'no history'}`,
            location: { file: p.path },
            remediation: `${reviewHint}; or check out with \`fetch-depth: 0\` so the commit history is there`,
            unlock: p.commit?.unlock ?? 'git history'
        };
    }
    const at = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
    const shown = date.slice(0, 10);
    if (!Number.isFinite(at))
        return {
            id,
            status: 'failed',
            message: `${p.path}: cannot read the date '${date}' (${what})`,
            location,
            remediation: reviewHint
        };
    if (at > effectiveTime)
        return {
            id,
            status: 'failed',
            message: `${p.path}: reviewed ${shown} (${what}) is after the effective time ${today(effectiveTime)}`,
            location,
            remediation: `write the day the review actually happened; ${reviewHint}`
        };
    const age = Math.floor((effectiveTime - at) / time/* DAY_MS */.sO);
    if (age > p.maxAgeDays)
        return {
            id,
            status: 'failed',
            message: `${p.path}: last reviewed ${shown} (${what}), ${age} days ago; the limit is ${p.maxAgeDays} days`,
            location,
            remediation: `review the policy with its owner, then ${reviewHint}`,
            wanted: p.maxAgeDays,
            observed: age
        };
    return {
        id,
        status: 'passed',
        message: `${p.path}: reviewed ${shown} (${what}), ${age} day(s) ago, within ${p.maxAgeDays}`,
        location
    };
}
/**
 * The jobs of a workflow with the lines of their keys and of every `uses:`, read by the one
 * workflow model (workflow/model.ts on GitHub's parser: aliased jobs and steps included). Pure.
 */
function parseWorkflow(f) {
    const r = (0,model/* readWorkflowModel */.zz)(f);
    if (!r.ok) {
        return {
            ok: false,
            message: `${f.path}${r.line ? `:${r.line}` : ''}: ${r.error}`,
            ...(r.line ? { line: r.line } : {})
        };
    }
    const jobsLine = (0,parse/* keyPositionOf */.Y_)(r.model.root, 'jobs')?.line;
    const jobs = r.model.jobs.map((j) => ({
        id: j.id,
        line: j.line,
        ...(j.uses ? { uses: { value: j.uses.value, line: j.uses.line } } : {}),
        steps: j.steps.flatMap((s) => (s.uses ? [{ uses: s.uses.value, line: s.uses.line }] : []))
    }));
    return { ok: true, jobs, ...(jobsLine ? { jobsLine } : {}) };
}
/** `*` matches any text; everything else literally. A trailing `/` on `uses:` is ignored. */
function matchesGate(uses, patterns) {
    const u = uses.trim().replace(/(.)\/+$/, '$1');
    return patterns.some((p) => {
        const norm = p.trim().replace(/(.)\/+$/, '$1');
        const re = new RegExp(`^${norm
            .split('*')
            .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*')}$`);
        return re.test(u);
    });
}
function findGate(wf, onlyJob, patterns, facts, parse, level, seen) {
    const p = parse(wf);
    if (!p.ok || level > MAX_LEVELS)
        return undefined;
    for (const job of p.jobs) {
        if (onlyJob !== undefined && job.id !== onlyJob)
            continue;
        for (const s of job.steps)
            if (matchesGate(s.uses, patterns))
                return { file: wf.path, ...(s.line ? { line: s.line } : {}), via: [] };
        if (job.uses) {
            if (matchesGate(job.uses.value, patterns))
                return { file: wf.path, ...(job.uses.line ? { line: job.uses.line } : {}), via: [] };
            const callee = (0,local_uses/* resolveLocal */.iT)(facts.workflows, job.uses.value);
            if (callee && !seen.has(callee.path)) {
                seen.add(callee.path);
                const hit = findGate(callee, undefined, patterns, facts, parse, level + 1, seen);
                if (hit)
                    return { ...hit, via: [`${wf.path} job ${job.id}`, ...hit.via] };
            }
        }
    }
    return undefined;
}
function judgeGate(w, facts, patterns, parse) {
    const id = `gate:${w.file}${w.gateJob ? `:${w.gateJob}` : ''}`;
    const example = `- uses: ${(patterns[0] ?? 'acme/gonogo/action-gate@*').replace('*', 'v1')}`;
    if (facts.missingWorkflows.includes(w.file))
        return {
            id,
            status: 'failed',
            message: `${w.file}: the workflow that should run the gonogo gate is gone`,
            location: { file: w.file },
            remediation: `restore ${w.file} with a job that runs \`${example}\`, or update checks.policy-freshness.workflows`
        };
    const wf = facts.workflows.find((f) => f.path === w.file);
    const parsed = wf ? parse(wf) : undefined;
    if (!wf || !parsed || !parsed.ok)
        return {
            id,
            status: 'failed',
            message: parsed && !parsed.ok ? parsed.message : `${w.file}: cannot be read`,
            location: {
                file: w.file,
                ...(parsed && !parsed.ok && parsed.line ? { line: parsed.line } : {})
            },
            remediation: 'fix the workflow file so GitHub (and gonogo) can read it'
        };
    if (w.gateJob !== undefined) {
        const job = parsed.jobs.find((j) => j.id === w.gateJob);
        if (!job)
            return {
                id,
                status: 'failed',
                message: `${w.file}: job '${w.gateJob}' no longer exists (jobs: ${parsed.jobs.map((j) => j.id).join(', ') || 'none'})`,
                location: { file: w.file, ...(parsed.jobsLine ? { line: parsed.jobsLine } : {}) },
                remediation: `restore job '${w.gateJob}' running \`${example}\`, or point gate_job at the job that runs the gate now`
            };
    }
    const hit = findGate(wf, w.gateJob, patterns, facts, parse, 1, new Set([wf.path]));
    if (!hit) {
        const job = w.gateJob ? parsed.jobs.find((j) => j.id === w.gateJob) : undefined;
        return {
            id,
            status: 'failed',
            message: `${w.file}: ${w.gateJob ? `job '${w.gateJob}'` : 'no job'} no longer runs the gonogo gate (no step \`uses:\` matching ${patterns.join(', ')})`,
            location: {
                file: w.file,
                ...((job?.line ?? parsed.jobsLine) ? { line: job?.line ?? parsed.jobsLine } : {})
            },
            remediation: `add the gate step back${w.gateJob ? ` to job '${w.gateJob}'` : ''}: \`${example}\``
        };
    }
    return {
        id,
        status: 'passed',
        message: `${w.file}${w.gateJob ? ` job '${w.gateJob}'` : ''} runs the gonogo gate${hit.via.length ? ` (through ${hit.via.join(' → ')})` : ''} at ${hit.file}${hit.line ? `:${hit.line}` : ''}`,
        location: { file: hit.file, ...(hit.line ? { line: hit.line } : {}) }
    };
}
function judgeRequiredJobs(facts, settings, parse) {
    const files = facts.workflows;
    const names = (0,check_names.deriveCheckNames)(files, { resolveLocal: (u) => (0,local_uses/* resolveLocal */.iT)(files, u) });
    const byId = [];
    const unreadable = [];
    for (const f of files) {
        const p = parse(f);
        if (!p.ok) {
            unreadable.push(p.message);
            continue;
        }
        for (const j of p.jobs)
            byId.push({ file: f.path, job: j.id, ...(j.line ? { line: j.line } : {}) });
    }
    const out = [];
    for (const name of [...settings.requiredJobs].sort()) {
        const id = `required-job:${name}`;
        // Only a check name a job really reports counts: a job id whose check shows under another
        // name (`name:`, matrix suffixes) cannot satisfy a branch rule requiring the id.
        const check = names.checks.find((c) => c.name === name);
        const job = byId.find((j) => j.job === name);
        if (!check && job) {
            const shown = names.checks
                .filter((c) => c.workflow === job.file && c.job === job.job)
                .map((c) => `'${c.name}'`);
            out.push({
                id,
                status: 'failed',
                message: `job '${name}' exists, but its checks show as ${shown.join(', ') || 'other names'}, so a rule requiring '${name}' would wait forever`,
                location: { file: job.file, ...(job.line ? { line: job.line } : {}) },
                remediation: `require the name the job reports (${shown.join(', ') || 'see npx gonogo check-names'}), or drop its name:/matrix`
            });
            continue;
        }
        if (check) {
            const file = check.workflow;
            const line = check.line;
            out.push({
                id,
                status: 'passed',
                message: `'${name}' is still produced by ${file} job '${check.job}'`,
                location: { file, ...(line ? { line } : {}) }
            });
            continue;
        }
        if (unreadable.length > 0 || names.unresolved.length > 0) {
            const why = [
                ...unreadable,
                ...names.unresolved.map((u) => `${u.workflow}${u.job ? ` job ${u.job}` : ''}: ${u.reason}`)
            ];
            out.push({
                id,
                status: 'unverified',
                message: `'${name}' is not among the jobs and check names that could be read; ${why.slice(0, 3).join('; ')}`,
                location: { file: '.github/workflows' },
                remediation: 'fix the workflows that cannot be read or expanded, so every job name is known',
                unlock: 'readable workflow files with names that can be expanded'
            });
            continue;
        }
        out.push({
            id,
            status: 'failed',
            message: `required job '${name}' no longer exists in any workflow; a branch rule requiring it would wait forever (or was dropped)`,
            location: { file: '.github/workflows' },
            remediation: `restore the job '${name}', or remove it from required_jobs and from the branch rule's required checks`
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/policy-freshness/settings.ts
/** `checks.policy-freshness` in the policy file (schemas/checks/policy-freshness.schema.json). */
const DEFAULT_MAX_AGE_DAYS = 90;
const DEFAULT_GATE_ACTIONS = [
    'acme/gonogo/action-gate@*',
    'acme/gonogo@*',
    './action-gate',
    './'
];
const DEFAULT_GIT_TIMEOUT_SECONDS = 30;
/** Settings with defaults applied. The input was validated against the schema by the caller. */
function freshnessSettings(input) {
    const s = (input ?? {});
    const maxAge = s.max_age_days ?? DEFAULT_MAX_AGE_DAYS;
    const gate = s.gate_action === undefined
        ? DEFAULT_GATE_ACTIONS
        : typeof s.gate_action === 'string'
            ? [s.gate_action]
            : s.gate_action;
    return {
        policies: (s.policies ?? []).map((p) => ({
            path: p.path.replace(/\/+$/, '').replace(/^\.\//, '') || '.',
            maxAgeDays: p.max_age_days ?? maxAge
        })),
        workflows: (s.workflows ?? []).map((w) => ({
            file: w.file.replace(/^\.\//, ''),
            ...(w.gate_job ? { gateJob: w.gate_job } : {})
        })),
        gateActions: [...gate],
        requiredJobs: [...new Set(s.required_jobs ?? [])],
        gitTimeoutMs: (s.git_timeout_seconds ?? DEFAULT_GIT_TIMEOUT_SECONDS) * 1000
    };
}

;// CONCATENATED MODULE: ./src/checks/policy-freshness/run.ts




const CONTROL = 'policy-freshness';
/** Policies reviewed within their maximum age; the gate step and required jobs still wired. */
const runPolicyFreshness = async (ctx) => {
    const settings = freshnessSettings(ctx.settings);
    const facts = await gatherPolicyFreshness(ctx.facts, settings);
    const checks = judgePolicyFreshness(facts, settings, ctx.effectiveTime);
    return (0,report/* makeReport */.d)({
        control: CONTROL,
        subject: ctx.subject,
        generatedAt: new Date(ctx.effectiveTime).toISOString(),
        generator: CONTROL,
        checks,
        facts: {
            policies: facts.policies.map((p) => ({
                path: p.path,
                max_age_days: p.maxAgeDays,
                ...(p.review?.ok ? { reviewed: p.review.date, source: p.review.source } : {}),
                ...(p.commit?.ok ? { last_commit: { sha: p.commit.sha, date: p.commit.date } } : {})
            })),
            workflows: facts.workflows.map((w) => w.path)
        }
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
    // Ids that share their first 12 digits (a SHA-256 id and a SHA-1 one) are shown whole.
    const same = reportSha.slice(0, 12).toLowerCase() === sha.slice(0, 12).toLowerCase();
    const [a, b] = same ? [reportSha, sha] : [reportSha.slice(0, 12), sha.slice(0, 12)];
    return {
        status: 'stale',
        message: `${file}: report is about commit ${a}, but the gate checks ${b}; regenerate it for this commit`,
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
 * @param what what the file is, for the messages ('report'; 'plan' for an org plan)
 */
function parseJson(text, file, maxDepth = Number.POSITIVE_INFINITY, what = 'report') {
    if (text.includes('\u0000'))
        return { ok: false, verdict: invalid(file, 'binary data, not JSON') };
    const parsed = (0,_json_error_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoundedJson */ .Rj)(text, maxDepth);
    if (!parsed.ok)
        return { ok: false, verdict: invalid(file, parsed.message) };
    const dup = (0,_json_error_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonDuplicateKey */ .DY)(text, parsed.value);
    if (dup)
        return {
            ok: false,
            verdict: invalid(file, `key ${JSON.stringify((0,_core_visible_text_js__WEBPACK_IMPORTED_MODULE_1__/* .nameInvisibles */ .wi)(dup.key).slice(0, 60))} is written twice in one object (line ${dup.line}, column ${dup.column}); JSON readers disagree on which one counts, so the ${what} is refused: write each key once`)
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


/***/ })

};
