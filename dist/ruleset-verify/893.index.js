export const id = 893;
export const ids = [893];
export const modules = {

/***/ 31405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gy: () => (/* binding */ checkPlan),
/* harmony export */   Ok: () => (/* binding */ ORG_CONTROLS),
/* harmony export */   Qt: () => (/* binding */ isOrganisationName),
/* harmony export */   Sg: () => (/* binding */ renderOrgMarkdown),
/* harmony export */   Ue: () => (/* binding */ DEFAULT_REPO_REQUESTS),
/* harmony export */   _b: () => (/* binding */ orgSarif),
/* harmony export */   bO: () => (/* binding */ mergeOrg),
/* harmony export */   en: () => (/* binding */ isRepositoryName),
/* harmony export */   i9: () => (/* binding */ selectRepos),
/* harmony export */   tF: () => (/* binding */ planShards)
/* harmony export */ });
/* unused harmony exports costsFromReport, settingOf, SARIF_MAX_RESULTS */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
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
    const include = f.include?.length ? picomatch__WEBPACK_IMPORTED_MODULE_0___default()([...f.include], { nocase: true, dot: true }) : null;
    const exclude = f.exclude?.length ? picomatch__WEBPACK_IMPORTED_MODULE_0___default()([...f.exclude], { nocase: true, dot: true }) : null;
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
 * Fewer repositories than shards gives fewer shards (no empty matrix job).
 *
 * @param count shards wanted, 1–256 (GitHub's matrix limit is 256 jobs)
 * @param costs requests each repository took in an earlier run (OWNER/NAME → requests); others
 *   cost {@link DEFAULT_REPO_REQUESTS}
 * @throws RangeError for a count outside 1–256
 */
function planShards(repos, count, costs = new Map()) {
    if (!Number.isInteger(count) || count < 1 || count > 256)
        throw new RangeError(`shards must be a whole number from 1 to 256, got ${count}`);
    const costOf = (name) => {
        const c = costs.get(name);
        return c !== undefined && Number.isFinite(c) && c > 0 ? Math.ceil(c) : DEFAULT_REPO_REQUESTS;
    };
    const items = repos
        .map((r) => ({ name: r.full_name, cost: costOf(r.full_name) }))
        .sort((a, b) => b.cost - a.cost || byName(a.name, b.name));
    const n = Math.min(count, items.length);
    const shards = Array.from({ length: n }, (_, index) => ({
        index,
        repositories: [],
        cost: 0
    }));
    for (const it of items) {
        let best = shards[0];
        for (const s of shards)
            if (s.cost < best.cost)
                best = s;
        best.repositories.push(it.name);
        best.cost += it.cost;
    }
    for (const s of shards)
        s.repositories.sort(byName);
    return shards;
}
/**
 * A plan read back (a file, an action input): the contract, a valid organisation name, at most
 * 256 shards with distinct whole indexes 0–255, and repositories that are valid OWNER/NAMEs of
 * that organisation, each in one shard only. Returns the plan (shards by index, their
 * repositories sorted) or what is wrong with it, naming the field; never throws.
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
        shards.push({ index, repositories: [...s.repositories].sort(byName), cost });
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
                    requests
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
                requests
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
const MARK = { passed: '✅', failed: '❌', unverified: '🟡' };
const ZWSP = '\u200b';
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/g;
/** Inline code that nothing can break out of: no backtick, pipe or line break; capped. */
function mdCode(s, max = 120) {
    return `\`${cap(s.replace(CONTROL, ' '), max).replace(/[`|]/g, ' ')}\``;
}
/**
 * Plain Markdown text from untrusted input (a shard's artifact, an API error): control
 * characters and line breaks flattened, Markdown and HTML syntax escaped, @mentions, #references
 * and URLs broken with a zero-width space so nothing links, notifies or renders; capped.
 */
function mdText(s, max = 300) {
    return cap(s.replace(CONTROL, ' '), max)
        .replace(/[\\`*_{}[\]<>#!|~&]/g, (c) => c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`)
        .replace(/@/g, `@${ZWSP}`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/www\./gi, (w) => `${w.slice(0, 3)}${ZWSP}.`);
}
function cap(s, max) {
    const chars = [...s];
    return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}
/**
 * The organisation report as a job summary: totals, shards that did not report, and the table
 * repository × setting, worst repositories first, at most `maxRows` rows (the JSON has them all).
 * Names are shown as code (no backtick, pipe or line break can leave the cell); reasons from
 * artifacts and API errors as escaped text (no link, mention, HTML or table syntax survives).
 */
function renderOrgMarkdown(r, maxRows = 200) {
    const t = r.totals;
    const out = [
        `## gonogo: branch rules across ${mdCode(r.organisation)}`,
        '',
        `${t.repositories} repositories: ${t.passed} passed, ${t.failed} failed, ${t.unverified} unverified.`,
        ''
    ];
    if (t.repositories === 0)
        out.push('No repository was verified: the plan is empty (check the filters).', '');
    const missing = r.shards.filter((s) => s.status === 'missing');
    if (missing.length > 0) {
        out.push(`Shards that did not report (their ${missing.reduce((n, s) => n + s.repositories, 0)} repositories are unverified): ${missing.map((s) => `${s.index} (${mdText(s.why ?? '')})`).join(', ')}`, '');
    }
    const header = ['Repository', 'Status', ...r.settings.map((s) => mdCode(s))];
    out.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---|').join('')}`);
    for (const row of r.repositories.slice(0, maxRows)) {
        const cells = r.settings.map((s) => {
            const v = row.settings[s];
            return v ? MARK[v] : '—';
        });
        out.push(`| ${[mdCode(row.repository), `${MARK[row.status]} ${row.status}`, ...cells].join(' | ')} |`);
    }
    if (r.repositories.length > maxRows)
        out.push('', `_… and ${r.repositories.length - maxRows} more repositories (see the JSON report)._`);
    out.push('');
    return out.join('\n');
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

/***/ 97893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isOrgMode: () => (/* binding */ isOrgMode),
/* harmony export */   orgStep: () => (/* binding */ orgStep)
/* harmony export */ });
/* unused harmony export ORG_MODES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77094);
/* harmony import */ var _io_action_output_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46652);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _core_org_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(31405);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22334);
/* harmony import */ var _github_runner_context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(72579);








/** The organisation modes of action-ruleset-verify (issue 19). */
const ORG_MODES = ['plan', 'shard', 'merge'];
const list = (name) => _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4(name)
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
/**
 * mode: plan — list and shard the organisation's repositories; outputs `shards` (a JSON array for
 * `strategy.matrix.shard`) and `plan` (for the merge job).
 * mode: shard — verify one shard (input `shard`: `${{ toJSON(matrix.shard) }}`) within the
 * rate-limit budget and upload its reports as the artifact `gonogo-org-shard-<index>`.
 * mode: merge — the shards' artifacts downloaded into `input` (actions/download-artifact with
 * `pattern: gonogo-org-shard-*`) → org-report.json, .sarif, .md and the job summary; a shard that
 * left nothing makes its repositories unverified.
 */
async function orgStep(mode) {
    const ctx = (0,_github_runner_context_js__WEBPACK_IMPORTED_MODULE_7__/* .readRunnerContext */ .g)();
    const token = _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('token');
    (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .addSecret */ .Ck)(token);
    const effective = _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('effective-time');
    const time = effective ? (0,_core_time_js__WEBPACK_IMPORTED_MODULE_6__/* .parseEffectiveTime */ .cD)(effective) : Date.now();
    const out = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.workspace, _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('output') || 'gonogo-reports');
    const org = await __webpack_require__.e(/* import() */ 823).then(__webpack_require__.bind(__webpack_require__, 39823));
    if (mode === 'merge') {
        const plan = parsePlan(_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('plan'));
        const input = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.workspace, _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('input') || 'gonogo-org');
        await shardFolders(input);
        const results = await org.readShards(input, plan);
        const w = await org.writeOrgReport({
            plan,
            results,
            generatedAt: new Date(time).toISOString(),
            output: out,
            policyPath: _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('config') || '.github/gonogo.yml'
        });
        const t = w.report.totals;
        // An empty plan verified nothing: unverified, never passed.
        (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH)('status', t.failed > 0 ? 'failed' : t.unverified > 0 || t.repositories === 0 ? 'unverified' : 'passed');
        (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH)('report-paths', JSON.stringify(w.paths));
        await (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .writeSummary */ .Sy)(w.markdown);
        (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq)(`gonogo org: ${t.repositories} repositories: ${t.passed} passed, ${t.failed} failed, ${t.unverified} unverified`);
        return;
    }
    if (!token)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1("Input 'token' is empty: the organisation is read through the API");
    let requests = 0;
    const { createClient } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 96584));
    const gh = createClient(token, { baseUrl: ctx.apiUrl, onRequest: () => requests++ });
    if (mode === 'plan') {
        const name = _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('org') || ctx.owner;
        if (!(0,_core_org_js__WEBPACK_IMPORTED_MODULE_5__/* .isOrganisationName */ .Qt)(name))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`Input 'org' must be an organisation name, got '${name}'`);
        const shardsText = (_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('shards') || '10').trim();
        const count = /^\d{1,3}$/.test(shardsText) ? Number(shardsText) : NaN;
        if (!Number.isInteger(count) || count < 1 || count > 256)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`Input 'shards' must be a whole number from 1 to 256`);
        const visibility = list('visibility').map((v) => {
            if (v !== 'public' && v !== 'private' && v !== 'internal')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`Input 'visibility': ${v} is not public, private or internal`);
            return v;
        });
        const filters = {
            topics: list('topics'),
            visibility,
            include: list('include'),
            exclude: list('exclude'),
            includeArchived: _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('include-archived') === 'true'
        };
        const plan = await org.planOrg({ gh, org: name, filters, shards: count });
        if (plan.shards.length === 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`the plan selects no repository of ${name} (filters: topics, visibility, include, exclude, include-archived); a matrix needs at least one shard`);
        (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH)('shards', JSON.stringify(plan.shards));
        (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH)('plan', JSON.stringify(plan));
        (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH)('requests', String(requests));
        const n = plan.shards.reduce((k, s) => k + s.repositories.length, 0);
        await (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .writeSummary */ .Sy)(`## gonogo org plan\n\n${n} repositories of \`${name}\` in ${plan.shards.length} shards (${requests} API requests).\n`);
        (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq)(`gonogo org plan: ${n} repositories in ${plan.shards.length} shards`);
        return;
    }
    const shard = parseShard(_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('shard'));
    const { loadPolicy } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 45041));
    const { Workspace } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2403));
    const config = _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('config') || '.github/gonogo.yml';
    const policy = await loadPolicy(await Workspace.open(ctx.workspace), config);
    const folder = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(out, `shard-${shard.index}`);
    const r = await org.verifyShard({
        gh,
        apiUrl: ctx.apiUrl,
        shard,
        policy,
        config,
        effectiveTime: time,
        output: folder,
        requestCount: () => requests
    });
    (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH)('requests', String(requests));
    (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH)('report-paths', JSON.stringify([folder]));
    const budget = [...r.reports.values()].filter((rs) => rs.some((x) => x.checks.some((c) => c.id === 'api-budget'))).length;
    if (_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('upload') !== 'false') {
        if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('no ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL: run inside GitHub Actions, or set upload: false');
        const { uploadFolder } = await __webpack_require__.e(/* import() */ 779).then(__webpack_require__.bind(__webpack_require__, 32779));
        await uploadFolder(`gonogo-org-shard-${shard.index}`, folder);
    }
    (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq)(`gonogo org shard ${shard.index}: ${shard.repositories.length} repositories, ${requests} API requests${budget > 0 ? `, ${budget} left unverified: the API budget ran out` : ''}`);
}
function parseShard(text) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1("Input 'shard' must be ${{ toJSON(matrix.shard) }} of the plan job's shards");
    }
    const s = v;
    if (!Number.isInteger(s.index) ||
        s.index < 0 ||
        s.index > 255 ||
        !Array.isArray(s.repositories) ||
        !s.repositories.every((r) => typeof r === 'string' && (0,_core_org_js__WEBPACK_IMPORTED_MODULE_5__/* .isRepositoryName */ .en)(r)) ||
        new Set(s.repositories).size !== s.repositories.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1("Input 'shard' is not a shard of the plan (index, repositories)");
    return { index: s.index, repositories: s.repositories, cost: Number(s.cost) || 0 };
}
function parsePlan(text) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1("Input 'plan' must be the plan job's plan output (JSON)");
    }
    const checked = (0,_core_org_js__WEBPACK_IMPORTED_MODULE_5__/* .checkPlan */ .Gy)(v);
    if ('error' in checked)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`Input 'plan': ${checked.error}`);
    return checked.plan;
}
/**
 * actions/download-artifact (pattern gonogo-org-shard-*) puts each artifact in a folder named
 * after it: `gonogo-org-shard-<n>/` becomes `shard-<n>/`, the name readShards reads.
 */
async function shardFolders(dir) {
    let names = [];
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir);
    }
    catch {
        return;
    }
    for (const n of names) {
        const m = /^gonogo-org-shard-(\d{1,3})$/.exec(n);
        if (m && !names.includes(`shard-${m[1]}`))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, n), node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, `shard-${m[1]}`));
    }
}
function isOrgMode(m) {
    return ORG_MODES.includes(m);
}


/***/ })

};
