export const id = 477;
export const ids = [477];
export const modules = {

/***/ 31405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ checkShardRef),
/* harmony export */   BU: () => (/* binding */ shardOfPlan),
/* harmony export */   Gb: () => (/* binding */ planDigest),
/* harmony export */   Gy: () => (/* binding */ checkPlan),
/* harmony export */   Ok: () => (/* binding */ ORG_CONTROLS),
/* harmony export */   Pt: () => (/* binding */ planText),
/* harmony export */   Qt: () => (/* binding */ isOrganisationName),
/* harmony export */   Qy: () => (/* binding */ mostFailing),
/* harmony export */   RF: () => (/* binding */ outputBytes),
/* harmony export */   Ue: () => (/* binding */ DEFAULT_REPO_REQUESTS),
/* harmony export */   VU: () => (/* binding */ ACTIONS_OUTPUT_MAX_BYTES),
/* harmony export */   XT: () => (/* binding */ shardRefs),
/* harmony export */   _b: () => (/* binding */ orgSarif),
/* harmony export */   bO: () => (/* binding */ mergeOrg),
/* harmony export */   di: () => (/* binding */ MAX_PLAN_BYTES),
/* harmony export */   ed: () => (/* binding */ isPlanDigest),
/* harmony export */   en: () => (/* binding */ isRepositoryName),
/* harmony export */   hH: () => (/* binding */ MAX_SHARDS),
/* harmony export */   i9: () => (/* binding */ selectRepos),
/* harmony export */   j$: () => (/* binding */ isPlanBranchName),
/* harmony export */   tF: () => (/* binding */ planShards),
/* harmony export */   tP: () => (/* binding */ sealPlan)
/* harmony export */ });
/* unused harmony exports MAX_REPO_REQUESTS, costsFromReport, settingOf, SARIF_MAX_RESULTS, ORG_SARIF_MAX_RULES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60484);
/* harmony import */ var _name_glob_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71875);
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
 * The most requests one repository may be planned at: 15,000, the largest primary rate limit an
 * installation token gets in an hour (GitHub Enterprise Cloud; 12,500 elsewhere, 5,000 for
 * GITHUB_TOKEN — docs: "Rate limits for the REST API", primary rate limit for GitHub App
 * installations). A repository measured above it could not be verified within one hour's budget
 * whatever the sharding, so a larger figure says nothing more; bounding it keeps every shard's
 * cost a finite whole number (at most 15,000 × the repositories, far below 2^53 even at 100,000
 * repositories), so the plan file holds the number, never `null` for an Infinity.
 */
const MAX_REPO_REQUESTS = 15_000;
/**
 * A measured cost as a plan uses it: a finite number above 0 rounded up and capped at
 * {@link MAX_REPO_REQUESTS}; anything else (NaN, ±Infinity, 0, negative, not a number) is not a
 * measurement and gives undefined.
 */
function planCost(c) {
    if (typeof c !== 'number' || !Number.isFinite(c) || c <= 0)
        return undefined;
    return Math.min(Math.ceil(c), MAX_REPO_REQUESTS);
}
/**
 * The repositories a plan covers, sorted by full name (case-insensitive, then exact): archived
 * ones left out unless `includeArchived`, then topics, visibility, include and exclude globs.
 * The globs are matched in linear time (core/name-glob.ts), so no repository name makes the plan
 * hang.
 *
 * @throws RangeError naming an include or exclude glob outside core/name-glob.ts's language
 */
function selectRepos(repos, f = {}) {
    const include = f.include?.length ? (0,_name_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .compileNameGlobs */ .iq)(f.include) : null;
    const exclude = f.exclude?.length ? (0,_name_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .compileNameGlobs */ .iq)(f.exclude) : null;
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
 * {@link isPlanBranchName} refuses is left out, so that repository's shard reads it). A
 * repository listed twice (names compare case-insensitively, as GitHub's do) is planned once.
 *
 * @param count shards wanted, 1–256 (GitHub's matrix limit is 256 jobs)
 * @param costs requests each repository took in an earlier run (OWNER/NAME → requests), taken
 *   through {@link planCost} (rounded up, at most {@link MAX_REPO_REQUESTS}); others, and figures
 *   that are not finite numbers above 0, cost {@link DEFAULT_REPO_REQUESTS}
 * @param organisation when given, every repository must be of it (owner compared
 *   case-insensitively), as {@link checkPlan} will require of the plan
 * @throws RangeError for a count outside 1–256, or a repository that is not OWNER/NAME or not of
 *   `organisation` (naming it): a plan its own reader would refuse is never made
 */
function planShards(repos, count, costs = new Map(), organisation) {
    if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS)
        throw new RangeError(`shards must be a whole number from 1 to ${MAX_SHARDS} (a matrix runs at most ${MAX_SHARDS} jobs), got ${count}`);
    for (const r of repos) {
        if (!isRepositoryName(r.full_name))
            throw new RangeError(`${JSON.stringify(r.full_name.slice(0, 200))} is not an OWNER/NAME repository name`);
        if (organisation !== undefined &&
            r.full_name.split('/')[0]?.toLowerCase() !== organisation.toLowerCase())
            throw new RangeError(`${r.full_name} is not a repository of ${organisation}`);
    }
    const costOf = (name) => planCost(costs.get(name)) ?? DEFAULT_REPO_REQUESTS;
    const seen = new Set();
    const unique = [...repos]
        .sort((a, b) => byName(a.full_name, b.full_name))
        .filter((r) => {
        const key = r.full_name.toLowerCase();
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    const items = unique
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
 * Largest plan file read (mode shard/merge, `gonogo org merge`): about 65 bytes a repository with
 * its default branch, so 20,000 repositories are about 1.3 MB and 100,000 under 7 MiB.
 */
const MAX_PLAN_BYTES = 64 * 1024 * 1024;
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
    return `${(0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stableStringify */ .J)(plan)}\n`;
}
/**
 * `sha256:<hex>` of {@link planText} of the plan as {@link checkPlan} returns it (shards by index,
 * repositories sorted), so a plan file reformatted in transit keeps its digest and a plan with
 * one repository more or less does not.
 */
function planDigest(plan) {
    return digestOf(planText(plan));
}
/** `sha256:<hex>` of a plan file's text. */
function digestOf(text) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex')}`;
}
/** A plan digest as {@link planDigest} writes it: `sha256:` and 64 lower-case hex digits. */
function isPlanDigest(v) {
    return typeof v === 'string' && /^sha256:[0-9a-f]{64}$/.test(v);
}
/**
 * A plan as it will be written, read back before it is: {@link planText} parsed and checked by
 * {@link checkPlan} (what `mode: shard` and `mode: merge` do with the file), and written again,
 * must give the same bytes. Returns the plan as read back, the exact text to write and the
 * `sha256:` digest of that text (so the digest printed and given to the shards is the file's),
 * or what is wrong: the reader's refusal, or the field that does not read back as written
 * (a cost of Infinity is written `null` and read back 0, which would change the digest).
 * Never throws.
 */
function sealPlan(plan) {
    for (const sh of plan.shards)
        if (!Number.isSafeInteger(sh.cost) || sh.cost < 0)
            return {
                error: `shard ${sh.index} costs ${String(sh.cost)} requests, not a whole number the plan file can hold (JSON writes Infinity and NaN as null); check the --costs report`
            };
    let text;
    let doc;
    try {
        text = planText(plan);
        doc = JSON.parse(text);
    }
    catch (e) {
        return { error: `the plan cannot be written as JSON (${String(e)})` };
    }
    const back = checkPlan(doc);
    if ('error' in back)
        return { error: `the plan would be refused when read back: ${back.error}` };
    const again = planText(back.plan);
    if (again !== text) {
        const at = [...text].findIndex((c, i) => again[i] !== c);
        return {
            error: `the plan does not read back as written (first difference at character ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 40))}); a shard cost or name is not what the plan file can hold`
        };
    }
    return {
        plan: back.plan,
        text,
        digest: digestOf(text)
    };
}
/** The plan job's `shards` output: one {@link ShardRef} per shard, by index. */
function shardRefs(plan) {
    const digest = planDigest(plan);
    return [...plan.shards]
        .sort((a, b) => a.index - b.index)
        .map((s) => ({ index: s.index, count: plan.shards.length, plan: digest }));
}
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
    if (!isPlanDigest(d.plan))
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
 * requests its verification took (`requests` of its row): a whole number above 0, capped at
 * {@link MAX_REPO_REQUESTS} (the most one hour's installation budget allows; a report edited to
 * say `1e308` plans that repository at 15,000, never at Infinity). A row whose repository is not
 * OWNER/NAME, a figure that is not a finite whole number above 0, anything else in the
 * document, or a document that is not a report, gives no cost (the default is used).
 */
function costsFromReport(doc) {
    const out = new Map();
    const rows = doc?.repositories;
    if (!Array.isArray(rows))
        return out;
    for (const row of rows) {
        const r = row;
        if (typeof r?.repository === 'string' &&
            isRepositoryName(r.repository) &&
            typeof r.requests === 'number' &&
            Number.isInteger(r.requests) &&
            r.requests > 0)
            out.set(r.repository, Math.min(r.requests, MAX_REPO_REQUESTS));
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
/**
 * Code scanning's hard limits on an uploaded SARIF file (docs: "SARIF support for code scanning",
 * upload limits; "SARIF results exceed limit"): a file of more than 20 runs, a run of more than
 * 25,000 results or more than 25,000 rules is rejected as a whole. orgSarif writes one run and
 * stays within the other two. This is the results limit.
 */
const SARIF_MAX_RESULTS = 25_000;
/** Code scanning rejects a run of more rules than this (docs: "SARIF results exceed limit"). */
const SARIF_MAX_RULES = 25_000;
/**
 * Rules (settings) one organisation SARIF run holds at most: well under code scanning's
 * {@link SARIF_MAX_RULES}. verify-rules reports a few dozen settings (the policy keys of
 * action-ruleset-verify/README.md "The policy" and the read failures), so 500 is never reached
 * by real reports; a forged shard report inventing 20,000 check ids would otherwise make 20,000
 * rules with their descriptions (about 20 MB, over the 10 MB a gzip-compressed upload may hold,
 * docs: "SARIF file is too large"). The settings kept are those with the most failed, then
 * unverified results; the others' results are left out and counted.
 */
const ORG_SARIF_MAX_RULES = 500;
/** Where the policy keys and the organisation report are documented (README sections). */
const POLICY_DOC = 'action-ruleset-verify/README.md, section "The policy"';
const ORG_DOC = 'README.md, section "Organisation scale"';
/**
 * What each setting gonogo reports means and how it is fixed: setting name (the part of a check
 * id {@link settingOf} keeps) → [meaning, fix, policy key under `branches.<branch>` or null].
 */
const SETTING_HELP = {
    'required-check': [
        'A status check the policy declares is required on the branch (by a ruleset or classic protection), from the app the policy names when it names one.',
        "Require the status check in a ruleset on the branch (Settings → Rules → Rulesets → Require status checks to pass), or remove it from the policy's required_checks.",
        'required_checks'
    ],
    'undeclared-required-check': [
        'A status check is required on the branch but not declared in the policy: the policy is the one source of truth for required checks.',
        "Add the check to the branch's required_checks in the policy, or stop requiring it in the ruleset or classic protection.",
        'required_checks'
    ],
    'undeclared-required-checks': [
        'Some source of required checks (rulesets, classic protection) could not be read, so the branch may require checks the policy does not declare.',
        'Give the token read access to the repository administration (rulesets and branch protection), then run again.',
        'required_checks'
    ],
    'min-approvals': [
        'Pull requests into the branch need at least the number of approving reviews the policy asks for.',
        'Raise "Required approvals" in the pull-request rule of a ruleset on the branch (or classic protection).',
        'min_approvals'
    ],
    strict: [
        'Branches must be up to date with the base before merging.',
        'Turn on "Require branches to be up to date before merging" in the status-check rule.',
        'strict'
    ],
    'dismiss-stale-reviews': [
        'Approvals are dismissed when new commits are pushed.',
        'Turn on "Dismiss stale pull request approvals when new commits are pushed".',
        'dismiss_stale_reviews'
    ],
    'require-code-owner-review': [
        'A review from a code owner is required.',
        'Turn on "Require review from Code Owners".',
        'require_code_owner_review'
    ],
    'require-last-push-approval': [
        'The most recent push must be approved by someone other than its author.',
        'Turn on "Require approval of the most recent reviewable push".',
        'require_last_push_approval'
    ],
    'require-conversation-resolution': [
        'All review conversations must be resolved before merging.',
        'Turn on "Require conversation resolution before merging".',
        'require_conversation_resolution'
    ],
    'require-linear-history': [
        'Merge commits cannot be pushed to the branch.',
        'Add the "Require linear history" rule.',
        'require_linear_history'
    ],
    'block-force-pushes': [
        'Force pushes to the branch are blocked.',
        'Add the "Block force pushes" rule.',
        'block_force_pushes'
    ],
    'block-deletions': [
        'The branch cannot be deleted.',
        'Add the "Restrict deletions" rule.',
        'block_deletions'
    ],
    'require-signed-commits': [
        'Commits pushed to the branch must be signed.',
        'Add the "Require signed commits" rule.',
        'require_signed_commits'
    ],
    'bypass-actors': [
        'Only the actors the policy allows can bypass the branch rules.',
        "Remove the other actors from the ruleset's bypass list, or add them to the branch's bypass_allowed in the policy.",
        'bypass_allowed'
    ],
    'required-checks-visible': [
        'The checks required on the branch could be read.',
        'Give the token read access to the repository administration (rulesets and branch protection), then run again.',
        'required_checks'
    ],
    producible: [
        'Every check required on the branch is produced by a workflow of the repository (or by the app the rule pins), so merges do not wait for a check that never comes.',
        'Add or fix the workflow job that reports the check, or pin the check to the app that reports it, or stop requiring it.',
        'required_checks'
    ],
    policy: [
        'The branch has an entry under branches: in the policy (its exact name or a glob).',
        'Add the branch, or a glob that matches it, under branches: in the policy.',
        null
    ],
    exists: [
        'The branch the policy names exists in the repository.',
        'Create the branch, or correct its name in the branches input or the policy.',
        null
    ],
    'default-branch': [
        "The repository's default branch could be read.",
        'Give the token read access to the repository (metadata), then run again.',
        null
    ],
    branches: [
        "The repository's branches could be listed.",
        'Give the token read access to the repository (metadata), then run again.',
        null
    ],
    'api-budget': [
        'The repository was verified: it was not left out because the API rate limit ran out.',
        'Run the shard again after the rate limit resets (GET /rate_limit), or run fewer shards at once: every shard shares one installation budget.',
        null
    ],
    verify: [
        'The repository could be read and verified through the API.',
        "Read the result's message for the endpoint that failed; grant the token access to the repository, or drop it from the plan.",
        null
    ],
    '(not reported)': [
        "The repository's shard wrote this report (branch-protection or required-checks); a repository missing one is not fully verified.",
        "Run the repository's shard again; check that its artifact holds both reports.",
        null
    ],
    '(no checks)': [
        'The report of this repository holds at least one check: a report without checks proves nothing.',
        'Declare the protection wanted for its branches in the policy, then run again.',
        null
    ],
    unverified: [
        "The repository's shard reported it: a repository whose shard failed, or left no artifact, is not verified.",
        "Run the repository's shard again (the merge lists why each shard did not report).",
        null
    ]
};
/**
 * The rule of one setting: `fullDescription` says what the setting means, `help` (text and
 * Markdown) what to do and where the policy key is documented — code scanning shows both on the
 * alert (docs: "SARIF support for code scanning", reportingDescriptor object). Settings gonogo
 * does not know (a report from a newer version, or forged) get a generic text naming the
 * setting, its name capped and kept out of Markdown syntax. Deterministic.
 */
function sarifRule(setting) {
    const colon = setting.indexOf(':');
    const control = colon >= 0 ? setting.slice(0, colon) : '';
    const name = colon >= 0 ? setting.slice(colon + 1) : setting;
    const known = Object.hasOwn(SETTING_HELP, name) ? SETTING_HELP[name] : undefined;
    const shown = [...setting].slice(0, 120).join('');
    const safe = shown.replace(/[`\r\n]/g, "'");
    if (!known) {
        const text = `A check of the ${control || 'organisation'} report that gonogo does not describe (${shown}).`;
        const fix = `Read the result's message and the repository's ${control || 'verify-rules'} report in the shard artifact; the policy keys are in ${POLICY_DOC}, the organisation report in ${ORG_DOC}.`;
        return {
            id: setting,
            shortDescription: { text: `branch rule setting ${shown}` },
            fullDescription: { text },
            help: {
                text: fix,
                markdown: `A check \`${safe}\` that gonogo does not describe.\n\nRead the result's message and the repository's report in the shard artifact; the policy keys are in ${POLICY_DOC}, the organisation report in ${ORG_DOC}.`
            }
        };
    }
    const [meaning, fix, key] = known;
    const where = key
        ? `The policy key is branches.<branch>.${key} in the org policy (${POLICY_DOC}).`
        : `See ${ORG_DOC}.`;
    const whereMd = key
        ? `The policy key is \`branches.<branch>.${key}\` in the org policy (${POLICY_DOC}).`
        : `See ${ORG_DOC}.`;
    return {
        id: setting,
        shortDescription: { text: `branch rule setting ${shown}` },
        fullDescription: { text: meaning },
        help: {
            text: `${fix} ${where}`,
            markdown: `**${control ? `${control}: ` : ''}${name}**: ${meaning}\n\n**To fix:** ${fix}\n\n${whereMd}`
        }
    };
}
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
 * follows the repository and setting across runs. Each rule carries `fullDescription` (what the
 * setting means) and `help` (text and Markdown: what to do, and the policy key).
 *
 * Within code scanning's upload limits (docs: "SARIF results exceed limit"): one run (at most
 * 20), at most {@link ORG_SARIF_MAX_RULES} rules (under the documented
 * {@link SARIF_MAX_RULES}; the settings with most failed, then unverified results, ties by name)
 * and at most {@link SARIF_MAX_RESULTS} results, worst repositories first. When anything is left
 * out, `invocations[0].toolExecutionNotifications` says how many results and rules, and the run's
 * `properties` hold the counts (`omittedResults`, `omittedRules`); org-report.json has them all.
 *
 * @param policyPath the org policy's path in the uploading repository, e.g. `.github/gonogo-org.yml`
 */
function orgSarif(r, policyPath, version) {
    const uri = repoRelative(policyPath);
    const entriesOf = (row) => row.reason !== null
        ? [['repository:unverified', 'unverified', row.reason]]
        : Object.entries(row.settings)
            .filter(([, v]) => v !== 'passed')
            .map(([s, v]) => [s, v, `${s} is ${v}`]);
    // Which settings get a rule: most failed, then most unverified results, then by name.
    const tally = new Map();
    for (const row of r.repositories)
        for (const [setting, status] of entriesOf(row)) {
            const t = tally.get(setting) ?? { failed: 0, unverified: 0 };
            t[status === 'failed' ? 'failed' : 'unverified']++;
            tally.set(setting, t);
        }
    const kept = mostFailing(tally, ORG_SARIF_MAX_RULES);
    const omittedRules = tally.size - kept.size;
    const rules = new Map();
    const results = [];
    let omitted = 0;
    for (const row of r.repositories) {
        for (const [setting, status, why] of entriesOf(row)) {
            if (!kept.has(setting) || results.length >= SARIF_MAX_RESULTS) {
                omitted++;
                continue;
            }
            if (!rules.has(setting))
                rules.set(setting, sarifRule(setting));
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
    const notes = [];
    if (omittedRules > 0)
        notes.push(`${omittedRules} settings have no rule: this log holds at most ${ORG_SARIF_MAX_RULES} (the most failing; code scanning accepts at most ${SARIF_MAX_RULES} rules per run)`);
    if (omitted > 0)
        notes.push(`${omitted} results left out: code scanning accepts at most ${SARIF_MAX_RESULTS} per run${omittedRules > 0 ? ', and results of settings without a rule are left out' : ''}`);
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
                ...(notes.length > 0
                    ? {
                        invocations: [
                            {
                                executionSuccessful: true,
                                toolExecutionNotifications: [
                                    {
                                        level: 'warning',
                                        message: { text: `${notes.join('; ')}; org-report.json has them all` }
                                    }
                                ]
                            }
                        ],
                        properties: { omittedResults: omitted, omittedRules }
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
/**
 * The `max` settings (at most) with most failed, then most unverified results, ties by name: the
 * ones orgSarif gives a rule and render/org-markdown.ts shows as columns.
 *
 * @param tally setting → its failed and unverified results
 */
function mostFailing(tally, max) {
    return new Set([...tally]
        .sort(([a, x], [b, y]) => y.failed - x.failed || y.unverified - x.unverified || byName(a, b))
        .slice(0, Math.max(0, max))
        .map(([s]) => s));
}
function byName(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 34125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qF: () => (/* binding */ parseJson)
});

// UNUSED EXPORTS: REPORT_SHA_PATTERN, invalid, isRecord, lineColumn, sameCommit, stale

;// CONCATENATED MODULE: ./src/parsers/json-error.ts
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

;// CONCATENATED MODULE: ./src/core/visible-text.ts
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

;// CONCATENATED MODULE: ./src/parsers/verdict.ts



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
    const parsed = parseBoundedJson(text, maxDepth);
    if (!parsed.ok)
        return { ok: false, verdict: invalid(file, parsed.message) };
    const dup = jsonDuplicateKey(text, parsed.value);
    if (dup)
        return {
            ok: false,
            verdict: invalid(file, `key ${JSON.stringify(nameInvisibles(dup.key).slice(0, 60))} is written twice in one object (line ${dup.line}, column ${dup.column}); JSON readers disagree on which one counts, so the ${what} is refused: write each key once`)
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

/***/ 36477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  isOrgMode: () => (/* binding */ isOrgMode),
  orgStep: () => (/* binding */ orgStep)
});

// UNUSED EXPORTS: DEFAULT_PLAN_PATH, ORG_MODES, PLAN_ARTIFACT, PLAN_FILE

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./src/io/action-output.ts
var action_output = __webpack_require__(46652);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/org.ts
var core_org = __webpack_require__(31405);
// EXTERNAL MODULE: ./src/core/org-policy.ts
var org_policy = __webpack_require__(92604);
// EXTERNAL MODULE: ./src/core/time.ts
var core_time = __webpack_require__(22334);
// EXTERNAL MODULE: ./src/github/runner-context.ts
var runner_context = __webpack_require__(72579);
// EXTERNAL MODULE: ./src/parsers/verdict.ts + 2 modules
var verdict = __webpack_require__(34125);
;// CONCATENATED MODULE: ./src/ruleset-verify/shard-folders.ts


/** The artifact a shard job uploads: `gonogo-org-shard-<index>` (index 0–255). */
const SHARD_ARTIFACT_PREFIX = 'gonogo-org-shard-';
const DOWNLOADED = /^gonogo-org-shard-(\d{1,3})$/;
const READ = /^shard-(\d{1,3})$/;
/** The names in a folder, sorted; none when it is missing or unreadable. */
async function namesIn(dir) {
    try {
        return (await (0,promises_.readdir)(dir)).sort();
    }
    catch {
        return [];
    }
}
/**
 * Renames the shard artifacts downloaded into `dir` to the names the merge reads: actions/
 * download-artifact with `pattern: gonogo-org-shard-*` (and `gh run download` without `--name`)
 * put each artifact in a folder named after it, so `gonogo-org-shard-<n>/` becomes `shard-<n>/`
 * (ruleset-verify/org.ts readShards). The download is the fresh copy: a `shard-<n>` already there
 * (left by an earlier merge in a kept workspace, or copied by hand) is removed first and the
 * returned line says so, so the merge never reads a leftover instead of what was downloaded. A
 * missing or unreadable `dir` is left to readShards, which reports every shard as missing. Used
 * by the action's merge mode and `gonogo org merge`.
 *
 * @param dir absolute path of the folder the artifacts were downloaded to
 * @returns the folders renamed, as `from → to` names (for a log line), in name order
 */
async function shardFolders(dir) {
    const names = await namesIn(dir);
    const renamed = [];
    for (const n of names) {
        const m = DOWNLOADED.exec(n);
        if (!m)
            continue;
        const to = `shard-${m[1]}`;
        const old = names.includes(to);
        // rm does not follow a symbolic link: a link named shard-<n> is removed, not its target.
        if (old)
            await (0,promises_.rm)(external_node_path_default().join(dir, to), { recursive: true, force: true });
        await (0,promises_.rename)(external_node_path_default().join(dir, n), external_node_path_default().join(dir, to));
        renamed.push(`${n} → ${to}${old ? ` (replacing the ${to} that was there)` : ''}`);
    }
    return renamed;
}
/**
 * Where the shard artifacts are when they are not one folder each in `dir` (the layout
 * {@link shardFolders} and readShards need), so the merge can name the fix instead of reporting
 * every shard as missing:
 * - `merged`: no shard folder in `dir` but a `shard.json` directly in it — the artifacts were
 *   downloaded into one folder (actions/download-artifact `merge-multiple: true`, or one artifact
 *   downloaded by name, which extracts into the path itself);
 * - `elsewhere`: no shard folder and no `shard.json` in `dir`, but `gonogo-org-shard-<n>` folders
 *   in `root` (download-artifact without `path:` downloads into the workspace);
 * - undefined: a shard folder is in `dir`, or the shards are nowhere to be seen (readShards then
 *   reports each missing one).
 *
 * @param dir absolute path of the merge's input folder
 * @param root absolute path of the folder a download without a path lands in (the workspace)
 */
async function misplacedShards(dir, root) {
    const names = await namesIn(dir);
    if (names.some((n) => DOWNLOADED.test(n) || READ.test(n)))
        return undefined;
    if (names.includes('shard.json')) {
        try {
            if ((await (0,promises_.stat)(external_node_path_default().join(dir, 'shard.json'))).isFile())
                return 'merged';
        }
        catch {
            // unreadable: left to readShards
        }
    }
    if (external_node_path_default().resolve(root) === external_node_path_default().resolve(dir))
        return undefined;
    return (await namesIn(root)).some((n) => DOWNLOADED.test(n)) ? 'elsewhere' : undefined;
}

;// CONCATENATED MODULE: ./src/ruleset-verify/org-text.ts
/**
 * Counts and statuses as the organisation modes word them in logs and job summaries (the action's
 * org-step.ts and `gonogo org`, cli/org.ts): pure, so both say the same.
 */
/** `1 repository`, `2 repositories`. */
function repositories(n) {
    return `${n} ${n === 1 ? 'repository' : 'repositories'}`;
}
/** `1 shard`, `2 shards`. */
function shardCount(n) {
    return `${n} ${n === 1 ? 'shard' : 'shards'}`;
}
/** `1 API request`, `2 API requests`. */
function requestCount(n) {
    return `${n} API ${n === 1 ? 'request' : 'requests'}`;
}
/** The worst status: failed, then unverified, then passed; nothing at all is unverified. */
function orgStatus(statuses) {
    let seen = false;
    let worst = 'passed';
    for (const s of statuses) {
        seen = true;
        if (s === 'failed')
            return 'failed';
        if (s !== 'passed')
            worst = 'unverified';
    }
    return seen ? worst : 'unverified';
}

;// CONCATENATED MODULE: ./src/ruleset-verify/plan-file.ts




/**
 * A local file's text (the CLI's `--plan`, `--costs`: a path given by the user, read as it is),
 * refused before reading when it is not a regular file or is over `maxBytes` bytes.
 *
 * @throws Error `not a file`, `larger than N bytes`, or the file system's error
 */
async function readFileAtMost(file, maxBytes) {
    const st = await (0,promises_.stat)(file);
    if (!st.isFile())
        throw new Error('not a file');
    if (st.size > maxBytes)
        throw new Error(`larger than ${maxBytes} bytes`);
    return (0,promises_.readFile)(file, 'utf8');
}
/**
 * The org plan file of mode shard/merge and `gonogo org merge`: at most {@link MAX_PLAN_BYTES},
 * parsed by the reports' JSON reader (a key written twice is refused: readers disagree on which
 * one counts), checked (core/org.ts checkPlan) and, when `expected` is given, its digest
 * compared.
 *
 * @throws ConfigurationError naming the file and the problem, ending with `hint` (the digest
 *   mismatch: `expected.mismatch`)
 */
async function readPlanFile(file, options) {
    const { workspace, hint, expected } = options;
    let text;
    if (workspace !== undefined) {
        const { Workspace } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 22645));
        const read = await (await Workspace.open(workspace)).readText(file, core_org/* MAX_PLAN_BYTES */.di, 'for a plan file');
        if (!read.ok)
            throw new errors/* ConfigurationError */.j1(`plan file ${read.message}; ${hint}`);
        text = read.text;
    }
    else {
        try {
            text = await readFileAtMost(file, core_org/* MAX_PLAN_BYTES */.di);
        }
        catch (e) {
            throw new errors/* ConfigurationError */.j1(`${file}: not a readable plan (${(0,errors/* errorMessage */.gJ)(e)}); ${hint}`);
        }
    }
    const parsed = (0,verdict/* parseJson */.qF)(text, file, undefined, 'plan');
    if (!parsed.ok)
        throw new errors/* ConfigurationError */.j1(`${parsed.verdict.message}; ${hint}`);
    const checked = (0,core_org/* checkPlan */.Gy)(parsed.value);
    if ('error' in checked)
        throw new errors/* ConfigurationError */.j1(`${file}: not a gonogo.org-plan/v1 plan (${checked.error}); ${hint}`);
    if (expected) {
        const digest = (0,core_org/* planDigest */.Gb)(checked.plan);
        if (digest !== expected.digest)
            throw new errors/* ConfigurationError */.j1(expected.mismatch(digest));
    }
    return checked.plan;
}

// EXTERNAL MODULE: ./src/io/bundle-copy.ts
var bundle_copy = __webpack_require__(426);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(57789);
;// CONCATENATED MODULE: ./src/ruleset-verify/org-step.ts















/** The organisation modes of action-ruleset-verify (issue 19). */
const ORG_MODES = ['plan', 'shard', 'merge'];
/** The artifact the plan job uploads, and the file in it. */
const PLAN_ARTIFACT = 'gonogo-org-plan';
const PLAN_FILE = 'org-plan.json';
/** Where the shard and merge jobs read the plan: actions/download-artifact `name: gonogo-org-plan, path: gonogo-org-plan`. */
const DEFAULT_PLAN_PATH = `${PLAN_ARTIFACT}/${PLAN_FILE}`;
const list = (name) => core/* getInput */.V4(name)
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
/**
 * mode: plan — list and shard the organisation's repositories; writes the plan file
 * (`<output>/gonogo-org-plan/org-plan.json`) and uploads it as the artifact `gonogo-org-plan`;
 * outputs `shards` (for `strategy.matrix.shard`: per shard only its index, the shard count and the
 * plan's digest, so the output stays far under the 1 MB a job output may hold whatever the
 * organisation's size) and `plan-digest`. Warns of every override of the org policy (when the
 * policy file is in the workspace) that matches no repository of the plan.
 * mode: shard — verify one shard (input `shard`: `${{ toJSON(matrix.shard) }}`), its repositories
 * read from the plan file (input `plan`), which must have the shard's digest, within the
 * rate-limit budget, and upload its reports as the artifact `gonogo-org-shard-<index>`; with input
 * `etag-cache` (a folder inside the workspace, e.g. restored by actions/cache) every GET is
 * conditional and the job summary says how many came back 304 Not Modified. The default
 * branches come from the plan file (the listing's), so no repository is read first.
 * mode: merge — the shards' artifacts downloaded into `input` (actions/download-artifact with
 * `pattern: gonogo-org-shard-*` and `path: <input>`) and the plan file → org-report.json, .sarif,
 * .md and the job summary; a shard that left nothing makes its repositories unverified. A
 * download laid out otherwise (`merge-multiple: true`, or no `path:`) is refused, naming the fix.
 * In every mode `output` (and merge's `input`) must be a folder inside the workspace.
 * Shard and merge set the `status` output; every mode returns its status and log line
 * ({@link OrgStepResult}); main.ts applies `fail-on` to the merge's. The artifacts are uploaded
 * last, replacing one of the same name on the run (a re-run attempt's, github/artifact-upload.ts
 * `overwrite`); an upload that still fails leaves the outputs and the summary written and sets
 * {@link OrgStepResult.error}.
 *
 * @throws ConfigurationError naming the input for a bad input, before any request
 */
async function orgStep(mode) {
    const ctx = (0,runner_context/* readRunnerContext */.g)();
    const token = core/* getInput */.V4('token');
    (0,action_output/* addSecret */.Ck)(token);
    const effective = core/* getInput */.V4('effective-time');
    const time = effective ? (0,core_time/* parseEffectiveTime */.cD)(effective) : Date.now();
    const config = core/* getInput */.V4('config') || '.github/gonogo.yml';
    const planInput = core/* getInput */.V4('plan') || DEFAULT_PLAN_PATH;
    const org = await __webpack_require__.e(/* import() */ 861).then(__webpack_require__.bind(__webpack_require__, 51861));
    if (mode === 'merge') {
        const wanted = core/* getInput */.V4('plan-digest').trim();
        const plan = await readPlan(ctx.workspace, planInput, wanted || undefined);
        const input = await confinedFolder(ctx.workspace, 'input', 'gonogo-org');
        const output = await confinedFolder(ctx.workspace, 'output', 'gonogo-reports');
        const misplaced = await misplacedShards(input, ctx.workspace);
        if (misplaced) {
            const given = core/* getInput */.V4('input').trim() || 'gonogo-org';
            const fix = `download them with actions/download-artifact \`pattern: ${SHARD_ARTIFACT_PREFIX}*\` and \`path: ${given}\`, without \`merge-multiple\`, so each shard keeps a folder of its own`;
            throw new errors/* ConfigurationError */.j1(misplaced === 'merged'
                ? `Input 'input' (${given}) holds a shard.json but no ${SHARD_ARTIFACT_PREFIX}<n> folder: the shard artifacts were downloaded into one folder (merge-multiple: true), where each overwrites the others; ${fix}`
                : `Input 'input' (${given}) holds no ${SHARD_ARTIFACT_PREFIX}<n> folder, but the workspace root does: actions/download-artifact without \`path:\` downloads there; ${fix}`);
        }
        const renamed = await shardFolders(input);
        if (renamed.length > 0)
            (0,action_output/* info */.pq)(`gonogo org: read ${renamed.join(', ')}`);
        const results = await org.readShards(input, plan);
        const w = await org.writeOrgReport({
            plan,
            results,
            generatedAt: new Date(time).toISOString(),
            output,
            policyPath: config
        });
        const t = w.report.totals;
        // An empty plan verified nothing: unverified, never passed.
        const status = t.failed > 0 ? 'failed' : t.unverified > 0 || t.repositories === 0 ? 'unverified' : 'passed';
        (0,action_output/* setOutput */.uH)('status', status);
        (0,action_output/* setOutput */.uH)('report-paths', JSON.stringify(w.paths));
        await (0,action_output/* writeSummary */.Sy)(w.markdown);
        return {
            status,
            line: `gonogo org: ${status}: ${repositories(t.repositories)}: ${t.passed} passed, ${t.failed} failed, ${t.unverified} unverified${t.repositories === 0 ? ' (an empty plan verifies nothing)' : ''}`
        };
    }
    if (!token)
        throw new errors/* ConfigurationError */.j1("Input 'token' is empty: the organisation is read through the API");
    const upload = core/* getInput */.V4('upload') !== 'false';
    if (upload && (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL))
        throw new errors/* ConfigurationError */.j1('no ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL: run inside GitHub Actions, or set upload: false');
    // The output folder, the shard's descriptor and the ETag cache folder are checked before the
    // client exists (no request is sent).
    const out = await confinedFolder(ctx.workspace, 'output', 'gonogo-reports');
    const ref = mode === 'shard' ? parseShardRef(core/* getInput */.V4('shard')) : undefined;
    const folder = ref ? external_node_path_default().join(out, `shard-${ref.index}`) : out;
    const etagDir = ref
        ? await etagCacheFolder(ctx.workspace, {
            shardOutput: folder,
            planFile: external_node_path_default().resolve(ctx.workspace, planInput),
            config: external_node_path_default().resolve(ctx.workspace, config)
        })
        : undefined;
    let requests = 0;
    const { createClient, EtagCache } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 54572));
    const etagCache = etagDir !== undefined ? new EtagCache(etagDir) : undefined;
    const gh = createClient(token, {
        baseUrl: ctx.apiUrl,
        onRequest: () => requests++,
        ...(etagCache ? { etagCache } : {})
    });
    if (mode === 'plan') {
        const name = core/* getInput */.V4('org') || ctx.owner;
        if (!(0,core_org/* isOrganisationName */.Qt)(name))
            throw new errors/* ConfigurationError */.j1(`Input 'org' must be an organisation name, got '${name}'`);
        const shardsText = (core/* getInput */.V4('shards') || '10').trim();
        const count = /^\d{1,3}$/.test(shardsText) ? Number(shardsText) : NaN;
        if (!Number.isInteger(count) || count < 1 || count > core_org/* MAX_SHARDS */.hH)
            throw new errors/* ConfigurationError */.j1(`Input 'shards' must be a whole number from 1 to ${core_org/* MAX_SHARDS */.hH} (a matrix runs at most ${core_org/* MAX_SHARDS */.hH} jobs), got '${shardsText}'`);
        const visibility = list('visibility').map((v) => {
            if (v !== 'public' && v !== 'private' && v !== 'internal')
                throw new errors/* ConfigurationError */.j1(`Input 'visibility': ${v} is not public, private or internal`);
            return v;
        });
        const filters = {
            topics: list('topics'),
            visibility,
            include: list('include'),
            exclude: list('exclude'),
            includeArchived: core/* getInput */.V4('include-archived') === 'true'
        };
        // Read before the listing: a policy that does not load fails before any request.
        const policy = await policyIfPresent(ctx.workspace, config);
        let plan;
        try {
            plan = await org.planOrg({
                gh,
                org: name,
                filters,
                shards: count,
                warn: (m) => (0,action_output/* warning */.$e)(m)
            });
        }
        catch (e) {
            // The API failed the listing: no plan, no shards output; the step fails with what the API
            // answered and what to do (github/org-repos.ts listingError), not "failed unexpectedly".
            const { OrgListingError } = await __webpack_require__.e(/* import() */ 661).then(__webpack_require__.bind(__webpack_require__, 25661));
            if (!(e instanceof OrgListingError))
                throw e;
            (0,action_output/* setOutput */.uH)('requests', String(requests));
            await (0,action_output/* writeSummary */.Sy)(`## gonogo org plan\n\n**Not planned:** ${(0,render_escape/* escapeText */.X1)(e.message, 2000)}\n`);
            return {
                line: `gonogo org plan: ${name} not listed (${requestCount(requests)})`,
                error: e.message
            };
        }
        if (plan.shards.length === 0)
            throw new errors/* ConfigurationError */.j1(`the plan selects no repository of ${name} (filters: topics, visibility, include, exclude, include-archived); a matrix needs at least one shard`);
        const planned = plan.shards.flatMap((s) => s.repositories);
        const unmatched = policy ? (0,org_policy/* unmatchedOverrides */.b8)(policy, planned) : [];
        for (const u of unmatched)
            (0,action_output/* warning */.$e)(`${config}: ${u.message}`);
        const digest = (0,core_org/* planDigest */.Gb)(plan);
        const shards = JSON.stringify((0,core_org/* shardRefs */.XT)(plan));
        // Cannot happen with at most 256 shards (about 100 characters each); refused, never cut.
        if ((0,core_org/* outputBytes */.RF)(shards) + (0,core_org/* outputBytes */.RF)(digest) > core_org/* ACTIONS_OUTPUT_MAX_BYTES */.VU)
            throw new errors/* ConfigurationError */.j1(`the shards output would take ${(0,core_org/* outputBytes */.RF)(shards)} bytes, more than the ${core_org/* ACTIONS_OUTPUT_MAX_BYTES */.VU} a job output may hold`);
        const folder = external_node_path_default().join(out, PLAN_ARTIFACT);
        const { writeAllOrNothing } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 67869));
        const paths = await writeAllOrNothing(folder, [{ name: PLAN_FILE, content: (0,core_org/* planText */.Pt)(plan) }]);
        (0,action_output/* setOutput */.uH)('shards', shards);
        (0,action_output/* setOutput */.uH)('plan-digest', digest);
        (0,action_output/* setOutput */.uH)('report-paths', JSON.stringify(paths));
        (0,action_output/* setOutput */.uH)('requests', String(requests));
        const n = planned.length;
        await (0,action_output/* writeSummary */.Sy)(`## gonogo org plan\n\n${repositories(n)} of \`${name}\` in ${shardCount(plan.shards.length)} (${requestCount(requests)}), plan \`${digest}\`.\n${policy ? '' : `\nThe org policy ${config} is not in the workspace (no checkout?): its overrides were not checked against the plan.\n`}${unmatched.length > 0 ? `\n${unmatched.length} ${unmatched.length === 1 ? 'override' : 'overrides'} of ${config} ${unmatched.length === 1 ? 'matches' : 'match'} no repository of the plan: ${unmatched.map((u) => `\`${u.id}\``).join(', ')}.\n` : ''}`);
        const line = `gonogo org plan: ${repositories(n)} in ${shardCount(plan.shards.length)}, plan ${digest}`;
        const error = upload
            ? await uploadStep(PLAN_ARTIFACT, folder, 'the shard and merge jobs')
            : undefined;
        return { line, ...(error ? { error } : {}) };
    }
    if (!ref)
        throw new Error('mode shard without its descriptor');
    const picked = (0,core_org/* shardOfPlan */.BU)(await readPlan(ctx.workspace, planInput), ref);
    if ('error' in picked)
        throw new errors/* ConfigurationError */.j1(`Input 'shard' (shard ${ref.index}) and ${planInput}: ${picked.error}`);
    const shard = picked.shard;
    const { loadPolicy } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 45041));
    const { Workspace } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 22645));
    const policy = await loadPolicy(await Workspace.open(ctx.workspace), config);
    const r = await org.verifyShard({
        gh,
        apiUrl: ctx.apiUrl,
        shard,
        policy,
        config,
        effectiveTime: time,
        output: folder,
        // shard.json names the plan, so the merge never counts a folder of another run's plan.
        planDigest: ref.plan,
        requestCount: () => requests
    });
    // The cache's writes are queued behind the answers: all on disk before actions/cache saves it.
    await etagCache?.flush();
    (0,action_output/* setOutput */.uH)('requests', String(requests));
    (0,action_output/* setOutput */.uH)('report-paths', JSON.stringify([folder]));
    const budget = [...r.reports.values()].filter((rs) => rs.some((x) => x.checks.some((c) => c.id === 'api-budget'))).length;
    const notModified = etagCache?.stats.notModified ?? 0;
    const cached = etagCache
        ? ` (${notModified} answered 304 Not Modified from the ETag cache: not counted against the rate limit)`
        : '';
    const verified = shard.repositories.length - budget;
    // Every shard of a run shares one installation's budget: more shards would not help.
    const advice = 'run the shard again after the rate limit resets (GET /rate_limit), or run fewer shards at once';
    await (0,action_output/* writeSummary */.Sy)(`## gonogo org shard ${shard.index}\n\n${repositories(shard.repositories.length)} of shard ${shard.index} of ${ref.count}, ${requestCount(requests)}${cached}.${budget > 0 ? ` ${budget} left unverified: the API budget ran out (${verified} verified); ${advice}.` : ''}\n`);
    // A repository the shard wrote no report for is unverified (the merge says the same).
    const status = orgStatus(shard.repositories.flatMap((full) => {
        const rs = r.reports.get(full);
        return rs && rs.length > 0 ? rs.map((x) => x.status) : ['unverified'];
    }));
    (0,action_output/* setOutput */.uH)('status', status);
    const error = upload
        ? await uploadStep(`${SHARD_ARTIFACT_PREFIX}${shard.index}`, folder, "the merge (which reports this shard's repositories unverified when it finds none)")
        : undefined;
    return {
        status,
        ...(error ? { error } : {}),
        line: `gonogo org shard ${shard.index}: ${status}: ${repositories(shard.repositories.length)}, ${requestCount(requests)}${etagCache ? `, ${notModified} answered 304 Not Modified` : ''}${budget > 0 ? `, ${budget} left unverified: the API budget ran out; ${advice}` : ''}`
    };
}
/**
 * Uploads a folder as the artifact `name`, replacing one of that name on the workflow run (a
 * re-run attempt's: names are unique per run, github/artifact-upload.ts). A failure is appended to
 * the job summary ("Not uploaded: …") and returned as the message the step fails with: what the
 * artifact service answered, what to do for that kind of failure (a storage quota: free storage,
 * re-running alone does not help; a 5xx, 429 or dropped connection: re-run) and, truthfully,
 * what the later jobs (`readers`) will read under that name: an earlier attempt's artifact when
 * the service said one is there (the name was taken and could not be deleted), none when it was
 * deleted, and "may" when the first upload failed (nothing was deleted; an earlier attempt's may
 * be there); undefined on success.
 */
async function uploadStep(name, folder, readers) {
    const { ArtifactUploadError, uploadFailureKind, uploadFolder } = await __webpack_require__.e(/* import() */ 779).then(__webpack_require__.bind(__webpack_require__, 32779));
    try {
        const r = await uploadFolder(name, folder, { overwrite: true });
        if (r.replaced)
            (0,action_output/* info */.pq)(`gonogo org: replaced the artifact ${name} of an earlier attempt`);
        return undefined;
    }
    catch (e) {
        const known = e instanceof ArtifactUploadError;
        const why = known ? e.message : `the artifact ${name} was not uploaded: ${(0,errors/* errorMessage */.gJ)(e)}`;
        const kind = uploadFailureKind(known ? e.answer : (0,errors/* errorMessage */.gJ)(e));
        const todo = kind === 'quota'
            ? "the artifact storage quota is reached: re-running alone does not help; free storage (delete artifacts no longer needed, or shorten the retention in the repository's or organisation's Actions settings: Artifact and log retention), then re-run this job"
            : kind === 'transient'
                ? 'the artifact service failed for now: re-run this job (its attempt replaces the artifact of an earlier one)'
                : 're-run this job (its attempt replaces the artifact of an earlier one); if it fails the same way, the message above says what the artifact service refused';
        const stage = known ? e.stage : 'upload';
        const read = stage === 'delete'
            ? `an artifact ${name} of an earlier attempt is still on the run: ${readers} will read that one, not this attempt's results`
            : stage === 'reupload'
                ? `no artifact ${name} is on the run now (the earlier one was deleted): ${readers} will not find it`
                : `an artifact ${name} of an earlier attempt may still be on the run (nothing was deleted): if so, ${readers} will read that one, not this attempt's results; if not, they will not find it`;
        const message = `${why}; ${todo}; ${read}`;
        await (0,action_output/* writeSummary */.Sy)(`\n**Not uploaded:** ${(0,render_escape/* escapeText */.X1)(message, 2000)}\n`);
        return message;
    }
}
/**
 * A folder input (`output` in every mode, merge's `input`), resolved inside the workspace: a path that leaves it
 * (`..`, an absolute path elsewhere, a symbolic link out of it), or one that exists and is not a
 * folder, is refused. The workspace itself is allowed (actions/download-artifact without `path`
 * downloads there).
 *
 * @throws ConfigurationError naming the input and what to give instead
 */
async function confinedFolder(workspace, name, fallback) {
    const given = core/* getInput */.V4(name).trim() || fallback;
    const { Workspace } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 22645));
    const abs = await (await Workspace.open(workspace)).confine(given);
    if (abs === undefined)
        throw new errors/* ConfigurationError */.j1(`Input '${name}' (${given}) is outside the workspace; give a folder relative to the repository root (default ${fallback})`);
    if (await isNonFolder(abs))
        throw new errors/* ConfigurationError */.j1(`Input '${name}' (${given}) is a file, not a folder; give a folder relative to the repository root (default ${fallback})`);
    return abs;
}
/** Whether something that is not a folder is at `abs` (nothing there: false). */
async function isNonFolder(abs) {
    try {
        return !(await (0,promises_.stat)(abs)).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * The `etag-cache` input (mode shard): the folder conditional requests keep their answers in,
 * resolved inside the workspace, or undefined when the input is empty (no cache: nothing is
 * written). Refused, naming the input, before any request: a path that leaves the workspace
 * (`..`, an absolute path elsewhere, a symbolic link out of it); the workspace itself; `.github`
 * (in any case) or a folder inside it; a folder holding the policy file or the plan file, or inside the plan's
 * folder; the shard's output folder (uploaded as its artifact), a folder inside it or one that
 * holds it; a path that exists and is not a folder. The cache's entries are trusted input (README
 * "ETag cache"), so it must not share a folder with files the step reads or uploads.
 *
 * @param o absolute paths of this shard's output folder, the plan file and the policy file
 * @throws ConfigurationError naming the input and what to give instead
 */
async function etagCacheFolder(workspace, o) {
    const given = core/* getInput */.V4('etag-cache').trim();
    if (given === '')
        return undefined;
    const { Workspace } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 22645));
    const ws = await Workspace.open(workspace);
    const abs = await ws.confine(given);
    const refuse = (why) => {
        throw new errors/* ConfigurationError */.j1(`Input 'etag-cache' (${given}) ${why}; give a folder of its own relative to the repository root, e.g. .gonogo-etag-cache (the path actions/cache restores)`);
    };
    if (abs === undefined)
        return refuse('is outside the workspace');
    const rel = (p) => external_node_path_default().relative(ws.root, p).split((external_node_path_default()).sep).join('/');
    if (rel(abs) === '')
        return refuse('is the workspace itself');
    // Any case: macOS and Windows runners' file systems ignore it, so `.GitHub` is `.github`.
    if (rel(abs).split('/')[0]?.toLowerCase() === '.github')
        return refuse('is .github or a folder inside it, where the policy and the workflows live');
    if ((0,bundle_copy/* isWithin */.UO)(o.shardOutput, abs))
        return refuse(`lies inside this shard's output folder ${rel(o.shardOutput)}, which is uploaded as an artifact`);
    if ((0,bundle_copy/* isWithin */.UO)(abs, o.shardOutput))
        return refuse(`holds this shard's output folder ${rel(o.shardOutput)}, which is uploaded as an artifact`);
    const planFolder = external_node_path_default().dirname(o.planFile);
    if ((rel(planFolder) !== '' && (0,bundle_copy/* isWithin */.UO)(planFolder, abs)) || (0,bundle_copy/* isWithin */.UO)(abs, o.planFile))
        return refuse(`is or overlaps the plan's folder ${rel(planFolder)} (input 'plan')`);
    if ((0,bundle_copy/* isWithin */.UO)(abs, o.config))
        return refuse(`holds the policy file ${rel(o.config)}`);
    if (await isNonFolder(abs))
        return refuse('is a file, not a folder');
    return abs;
}
/** The org policy when its file is in the workspace (the plan job may have no checkout). */
async function policyIfPresent(workspace, config) {
    try {
        await (0,promises_.stat)(external_node_path_default().resolve(workspace, config));
    }
    catch {
        return undefined;
    }
    const { loadPolicy } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 45041));
    const { Workspace } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 22645));
    return loadPolicy(await Workspace.open(workspace), config);
}
/** The `shard` input: one of the plan job's shard descriptors (core/org.ts checkShardRef). */
function parseShardRef(text) {
    const parsed = (0,verdict/* parseJson */.qF)(text, 'shard');
    if (!parsed.ok)
        throw new errors/* ConfigurationError */.j1(`Input 'shard' must be \${{ toJSON(matrix.shard) }} over the plan job's shards output (${parsed.verdict.message.replace(/^shard: /, '')})`);
    const v = parsed.value;
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        throw new errors/* ConfigurationError */.j1(`Input 'shard' must be \${{ toJSON(matrix.shard) }} over the plan job's shards output (got ${JSON.stringify(text.trim().slice(0, 40))}, not an object: \${{ matrix.shard }} alone, or the shard's index, is not enough)`);
    const checked = (0,core_org/* checkShardRef */.A0)(v);
    if ('error' in checked)
        throw new errors/* ConfigurationError */.j1(`Input 'shard' is not one of the plan job's shards: ${checked.error}`);
    return checked.ref;
}
/**
 * The plan file (input `plan`, relative to the workspace: the gonogo-org-plan artifact
 * downloaded), read inside the workspace by plan-file.ts readPlanFile; with `wanted`, a plan
 * whose digest is another is refused (input `plan-digest`, mode merge).
 *
 * @throws ConfigurationError naming the file and what to do
 */
async function readPlan(workspace, file, wanted) {
    const hint = `download the ${PLAN_ARTIFACT} artifact of this workflow run (actions/download-artifact with name: ${PLAN_ARTIFACT}, path: ${PLAN_ARTIFACT}) and pass its ${PLAN_FILE} as the plan input`;
    if (file.trimStart().startsWith('{'))
        throw new errors/* ConfigurationError */.j1(`Input 'plan' is the path of the plan file, not the plan itself: ${hint}`);
    return readPlanFile(file, {
        workspace,
        hint,
        expected: wanted === undefined
            ? undefined
            : {
                digest: wanted,
                mismatch: (digest) => `Input 'plan': ${file} has the digest ${digest}, not the plan job's ${wanted}; download the ${PLAN_ARTIFACT} artifact of this workflow run`
            }
    });
}
function isOrgMode(m) {
    return ORG_MODES.includes(m);
}


/***/ })

};
