export const id = 6946;
export const ids = [6946];
export const modules = {

/***/ 4515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatNotes: () => (/* binding */ formatNotes),
/* harmony export */   migrateCommand: () => (/* binding */ migrateCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2334);
/* harmony import */ var _io_migrate_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2115);
/* harmony import */ var _migrate_usage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6825);
/**
 * `gonogo migrate`: writes `.github/gonogo.yml` from the older governance scripts' files and
 * prints what it could not map. Exit 0 when written, 2 for a usage or input problem.
 */





const SECTIONS = [
    { kind: 'unmapped', title: 'could not map' },
    { kind: 'todo', title: 'to do' },
    { kind: 'info', title: 'notes' }
];
/** Parses the options, runs the migration and prints the result and its notes. */
async function migrateCommand(args, io) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
        args,
        options: {
            policy: { type: 'string' },
            exceptions: { type: 'string' },
            artifacts: { type: 'string' },
            output: { type: 'string' },
            workspace: { type: 'string' },
            force: { type: 'boolean', default: false },
            'effective-time': { type: 'string' },
            help: { type: 'boolean', short: 'h', default: false }
        },
        allowPositionals: true,
        strict: true
    });
    if (values.help) {
        io.out(_migrate_usage_js__WEBPACK_IMPORTED_MODULE_4__/* .MIGRATE_USAGE */ .U);
        return 0;
    }
    if (positionals.length > 0) {
        io.err(`gonogo: migrate takes no arguments, got '${positionals.join(' ')}'; run gonogo migrate --help\n`);
        return 2;
    }
    const r = await (0,_io_migrate_files_js__WEBPACK_IMPORTED_MODULE_3__/* .runMigrate */ .f)({
        workspace: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, values.workspace ?? '.'),
        ...(values.policy !== undefined ? { policy: values.policy } : {}),
        ...(values.exceptions !== undefined ? { exceptions: values.exceptions } : {}),
        ...(values.artifacts !== undefined ? { artifacts: values.artifacts } : {}),
        ...(values.output !== undefined ? { output: values.output } : {}),
        force: values.force,
        now: values['effective-time'] !== undefined
            ? (0,_core_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEffectiveTime */ .cD)(values['effective-time'])
            : Date.now()
    });
    const p = r.policy;
    io.out(`wrote ${r.output}: ${count(Object.keys(p.profiles ?? {}).length, 'profile')}, ${count(p.select_profile?.length ?? 0, 'select_profile rule')}, ${count(p.controls.length, 'control')}, ${count(p.waivers?.length ?? 0, 'waiver')}\n`);
    io.out(formatNotes(r.notes));
    return 0;
}
function count(n, what) {
    return `${n} ${what}${n === 1 ? '' : 's'}`;
}
/** The notes grouped: could not map, to do, notes; each a bullet. */
function formatNotes(notes) {
    let out = '';
    for (const s of SECTIONS) {
        const list = notes.filter((n) => n.kind === s.kind);
        if (list.length === 0)
            continue;
        out += `${s.title} (${list.length}):\n`;
        for (const n of list)
            out += `  - ${n.text}\n`;
    }
    return out;
}


/***/ }),

/***/ 4318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ branchEntryFor)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Which `branches:` entry of a policy applies to a branch, the one rule verify-rules uses
 * (ruleset-verify/run-verify.ts) and the org policy's overrides build on
 * (core/org-policy.ts): the entry whose key is the branch's exact name, else the first key, in
 * the order of the object (file order), that matches it as a picomatch glob with `{ dot: true }`
 * (with case: git branch names are case-sensitive). Pure.
 */

/**
 * The entry for `branch`: exact key first, else the first glob key that matches; undefined when
 * none does.
 */
function branchEntryFor(branches, branch) {
    if (Object.hasOwn(branches, branch))
        return { key: branch, policy: branches[branch] };
    for (const [key, policy] of Object.entries(branches)) {
        if (picomatch__WEBPACK_IMPORTED_MODULE_0___default().isMatch(branch, key, { dot: true }))
            return { key, policy };
    }
    return undefined;
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
/* harmony import */ var _branch_entry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4318);
/* harmony import */ var _name_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1875);
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
 *    setting not given stays.
 * 4. A key K not yet in effect starts from the settings of the entry that verify-rules would
 *    pick, among the keys in effect, for a branch named K (core/branch-entry.ts branchEntryFor:
 *    the exact key, else the first key in order whose glob matches; for a glob K its text is
 *    matched as the name, so `'*'` or `'**'` in effect covers `release-*`), and gets the
 *    override's settings on a copy of them as in rule 3; when no key in effect matches, it starts
 *    from nothing. So with `branches: { '*': {required_checks: [test], min_approvals: 2} }` an
 *    override `main: { min_approvals: 1 }` verifies `main` for `required_checks: [test]` and
 *    `min_approvals: 1`: only what the override gives changes. K is added before the keys in
 *    effect, so it is tried before the organisation's globs (an exact branch name is always tried
 *    first).
 *
 * Repository globs are matched by core/name-glob.ts in linear time (a name chosen by whoever may
 * create a repository cannot make a plan or shard hang); a glob outside its language is refused
 * when the policy is loaded, at its line and column.
 */


/** Compiled matchers per policy object: a shard asks once per repository. */
const matchers = new WeakMap();
function matchersOf(policy) {
    const known = matchers.get(policy);
    if (known)
        return known;
    // A glob checkOrgSection refused never gets here (the policy is not loaded); one that does
    // anyway (a policy built in code) matches nothing rather than throwing.
    const made = (policy.org?.overrides ?? []).map((o) => {
        try {
            return (0,_name_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .compileNameGlobs */ .iq)(o.repositories);
        }
        catch {
            return () => false;
        }
    });
    matchers.set(policy, made);
    return made;
}
/** NAME of OWNER/NAME (the whole text when there is no `/`). */
function nameOf(repository) {
    const slash = repository.indexOf('/');
    return slash >= 0 ? repository.slice(slash + 1) : repository;
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
/** `branches` with one override's entries applied (rules 3 and 4); new objects, inputs untouched. */
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
            added.push([k, merge((0,_branch_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .branchEntryFor */ .M)(branches, k)?.policy, v)]);
    // Object.fromEntries defines own data properties: a key `__proto__` stays a key.
    return Object.fromEntries([...added, ...kept]);
}
/**
 * What the schema cannot say about `org:` (called by checkPolicyReferences, so each problem is
 * reported at its line and column): the section needs `branches:` (every repository starts from
 * it), override ids are unique, and every repository glob is in the language of
 * core/name-glob.ts (brackets and braces balanced — an unbalanced `[` or `{` would be read
 * literally and silently match nothing —, no range in braces, no `{…}` without `,`).
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
            const why = (0,_name_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .nameGlobProblem */ .zm)(glob);
            if (why !== undefined)
                problems.push({
                    path: ['org', 'overrides', i, 'repositories', j],
                    message: `'${glob}' is not a usable repository name glob: ${why}`
                });
        });
    });
    return problems;
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
 * in the content before it is written (content given as bytes is UTF-8 text, scrubbed alike). Without a secret in the text the bytes are exactly the
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
            const content = typeof f.content === 'string' ? (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .scrubSecrets */ .Zg)(f.content) : (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .scrubBytes */ .Jv)(f.content);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, content, { encoding: 'utf8', mode: 0o644 });
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

/***/ 2115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ MIGRATE_DEFAULTS),
  f: () => (/* binding */ runMigrate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __webpack_require__(8198);
// EXTERNAL MODULE: ./src/migrate/catalog.ts
var catalog = __webpack_require__(7970);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/migrate/codeowners.ts
/**
 * Who owns a path, from a CODEOWNERS file: the owner migrate gives a control is the owner of the
 * script that writes its report. Pure.
 *
 * Follows GitHub's documented CODEOWNERS syntax ("About code owners"): one `pattern owner…` per
 * line, `#` comments, the last matching line wins, a line with no owner clears ownership. A
 * pattern starting with `/` or holding a `/` before its end is anchored at the repository root,
 * otherwise it matches at any depth; a pattern ending in `/` matches everything under that folder;
 * `*` and `**` glob. Lines using what GitHub does not support either (`!`, `[ ]`, `\#`) are skipped.
 */

/** The rules of a CODEOWNERS file, in file order. */
function parseCodeOwners(text) {
    const rules = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (line === '')
            continue;
        const [pattern, ...owners] = line.split(/\s+/);
        if (pattern === undefined || /[![\]\\]/.test(pattern))
            continue;
        rules.push({ pattern, owners, matches: matcher(pattern) });
    }
    return rules;
}
/**
 * The owners of a workspace-relative POSIX path joined by a space (`@acme/release @bob`), or
 * undefined when no rule matches or the last matching rule names nobody.
 */
function ownerOf(rules, path) {
    let owners;
    for (const r of rules)
        if (r.matches(path))
            owners = r.owners;
    if (owners === undefined || owners.length === 0)
        return undefined;
    const joined = owners.join(' ');
    return joined.length <= 200 ? joined : undefined;
}
function matcher(pattern) {
    const dirOnly = pattern.endsWith('/');
    const body = pattern.replace(/^\/+/, '').replace(/\/+$/, '');
    const anchored = pattern.startsWith('/') || body.includes('/');
    const base = anchored ? body : `**/${body}`;
    // `docs/*` names the files directly in docs/; `docs` or `docs/` everything under it.
    const lastHasStar = (body.split('/').pop() ?? '').includes('*');
    const globs = dirOnly ? [`${base}/**`] : lastHasStar ? [base] : [base, `${base}/**`];
    const test = picomatch_default()(globs, { dot: true });
    return (path) => body === '*' || body === '**' || test(path);
}

// EXTERNAL MODULE: ./src/core/time.ts
var time = __webpack_require__(2334);
// EXTERNAL MODULE: ./src/core/status.ts
var core_status = __webpack_require__(5009);
// EXTERNAL MODULE: ./src/core/decision.ts
var decision = __webpack_require__(5125);
;// CONCATENATED MODULE: ./src/migrate/build.ts
/**
 * The mapping from the older gate's files to a gonogo policy, and the notes that explain it.
 * Pure: the same input gives the same policy (the time only decides which notes call a waiver
 * expired).
 *
 * | older                                          | gonogo                                                |
 * | ---------------------------------------------- | ----------------------------------------------------- |
 * | `profiles.<p>.max_high_failures` / `_medium_`  | `profiles.<p>.max_high` / `max_medium` (absent → 0)   |
 * | the workflow's `--policy-profile` choice       | `select_profile` (smoke.yml: strict on push to main/master) |
 * | a report the Playbook names or in artifacts/   | `controls[]`: `source: { report }`, gate severity     |
 * | `exceptions[]` `check_id` / `approved_by` / `reason` / `expires_at` | `waivers[]` `control` / `owner` / `reason` / `expires` |
 *
 * Sources: `tooling/generate_release_readiness_gate.py`, `docs/PRODUCTION_READINESS.md` §2,
 * `docs/RELEASE_EXCEPTIONS_POLICY.md`, `.github/workflows/smoke.yml` and
 * `deployment-promote.yml` of gfernandf/agent-skills (see catalog.ts).
 */





/** Workspace files whose existence changes the result: runbooks, the Playbook, the evidence. */
function filesToProbe() {
    const runbooks = catalog/* KNOWN_REPORTS */.sl.flatMap((r) => (r.runbook ? [r.runbook] : []));
    return [...new Set([...runbooks, catalog/* PLAYBOOK_PATH */.sh, catalog/* BRANCH_PROTECTION_EVIDENCE */.bo])].sort();
}
/**
 * Builds the gonogo policy equivalent to the older gate's files, with the notes on what did not
 * map. Never throws for a valid input: what cannot be carried over becomes a note, and where the
 * older gate was more lenient than gonogo can express, the policy stays strict (fail closed).
 */
function migrate(input) {
    const notes = [];
    const note = (kind, text) => {
        notes.push({ kind, text });
    };
    const { profiles, rules } = mapProfiles(input, note);
    const mappedExceptions = mapExceptions(input, note);
    const controls = mapControls(input, mappedExceptions, note);
    const waivers = dedupe(mappedExceptions.flatMap((m) => (m.waiver ? [m.waiver] : [])));
    const policy = {
        version: 1,
        profiles,
        select_profile: rules,
        controls,
        ...(waivers.length > 0 ? { waivers } : {})
    };
    return { policy, notes };
}
function mapProfiles(input, note) {
    const file = input.policyFile;
    const profiles = {};
    for (const p of input.gatePolicy.profiles) {
        const absent = [
            p.maxHigh === undefined ? 'max_high_failures' : undefined,
            p.maxMedium === undefined ? 'max_medium_failures' : undefined
        ].filter((x) => x !== undefined);
        if (absent.length > 0)
            note('info', `profile ${p.name}: ${absent.join(' and ')} not set; 0, the older gate's default, is used`);
        profiles[p.name] = {
            max_high: p.maxHigh ?? catalog/* GATE_DEFAULT_LIMITS */.fZ.max_high_failures,
            max_medium: p.maxMedium ?? catalog/* GATE_DEFAULT_LIMITS */.fZ.max_medium_failures,
            description: cap(`From ${file}, profile ${p.name}`)
        };
    }
    note('info', 'max_high_failures → max_high, max_medium_failures → max_medium. The older gate counted failed checks, gonogo counts failed controls; a report failed at most one of its two gate checks (present, status), so for a report both judge the counts agree (gonogo also counts the Playbook reports the older gate did not read, and not job results)');
    if (!Object.hasOwn(profiles, 'strict')) {
        profiles.strict = {
            max_high: catalog/* GATE_DEFAULT_LIMITS */.fZ.max_high_failures,
            max_medium: catalog/* GATE_DEFAULT_LIMITS */.fZ.max_medium_failures,
            description: "The older gate's default limits (no strict profile declared)"
        };
        note('unmapped', `${file} has no strict profile, which the older workflow chose on a push to main or master (the older gate then failed policy_load: no-go on every such push); added strict with the older gate's defaults (max_high 0, max_medium 0)`);
    }
    const transitional = Object.hasOwn(profiles, 'transitional') ? 'transitional' : 'strict';
    if (transitional !== 'transitional')
        note('unmapped', `${file} has no transitional profile, which the older workflow chose for ${catalog/* TRANSITIONAL_EVENTS */.bl.join(', ')} (the older gate then failed policy_load); those events use strict`);
    const rules = [
        ...catalog/* STRICT_PUSH_BRANCHES */.GX.map((branch) => ({ event: 'push', branch, profile: 'strict' })),
        ...catalog/* TRANSITIONAL_EVENTS */.bl.map((event) => ({ event, profile: transitional })),
        { profile: 'strict' }
    ];
    note('info', `select_profile follows .github/workflows/smoke.yml (job release_readiness_gate): strict on a push to ${catalog/* STRICT_PUSH_BRANCHES */.GX.join(' or ')}, transitional on ${catalog/* TRANSITIONAL_EVENTS */.bl.join(', ')}. A guess: every other case (local runs, event "local"; events that workflow never gated) uses strict, the older script's own default (--policy-profile strict), so nothing unforeseen runs with looser limits. Edit the rules if your workflows differed`);
    if (Object.hasOwn(profiles, 'promotion'))
        note('todo', 'profile promotion: .github/workflows/deployment-promote.yml ran the older gate with --policy-profile promotion, on workflow_dispatch like smoke.yml, so no select_profile rule can tell them apart; in that workflow pass it explicitly: gonogo gate --profile promotion, or the action input profile: promotion');
    for (const p of input.gatePolicy.profiles)
        if (!['strict', 'transitional', 'promotion'].includes(p.name))
            note('info', `profile ${p.name} is carried over but no rule selects it; choose it with --profile ${p.name} (or the action input profile)`);
    for (const key of input.gatePolicy.unknownKeys)
        note('unmapped', `${file}: top-level key "${key}" is unknown to migrate; not carried over`);
    for (const text of settingNotes(input))
        note('unmapped', text);
    note('unmapped', `job_result:<job> checks (${catalog/* GATE_REQUIRED_JOBS */.hf.join(', ')}) and Playbook §2.1's jobs (${catalog/* PLAYBOOK_REQUIRED_JOBS */.DE.join(', ')}): the older gate read each job's result from the workflow's needs context; gonogo does not. Equivalent: branch rules — make those jobs required status checks (branches.<branch>.required_checks in this file, verified by action-ruleset-verify; docs/required_status_checks.json may list yours) and keep them in the gate job's needs: so it runs after them`);
    note('info', `the older gate's checks about itself have no control: ${Object.entries(catalog/* GATE_INTERNAL_CHECKS */.SV)
        .map(([id, instead]) => `${id} (${instead})`)
        .join(', ')}`);
    return { profiles, rules };
}
/** The words the older scripts write in status / slo_status (see the shared corpus README). */
const SCRIPT_WORDS = ['pass', 'passed', 'breach', 'failed', 'unverified'];
/** Explanations for the profile settings gonogo has no place for, one per setting. */
function settingNotes(input) {
    const byKey = new Map();
    for (const p of input.gatePolicy.profiles)
        for (const [key, value] of Object.entries(p.settings)) {
            const list = byKey.get(key) ?? [];
            list.push({ profile: p.name, value });
            byKey.set(key, list);
        }
    const out = [];
    const keys = [...byKey.keys()].sort();
    for (const key of keys) {
        const entries = byKey.get(key) ?? [];
        const where = grouped(entries);
        switch (key) {
            case 'allow_trend_unverified': {
                const on = entries.filter((e) => e.value === true).map((e) => e.profile);
                if (on.length > 0)
                    out.push(`allow_trend_unverified (true in ${on.join(', ')}): the older gate let an unverified critical_ci_trend_report.json or critical_ci_trend_slo_report.json pass in those profiles. gonogo has no per-profile allowance and lets only github-branch-protection stay unverified (Playbook §2.4), so an unverified trend report is a high failure in every profile. Nearest: a time-boxed waiver on critical-ci-trend / critical-ci-trend-slo (high → medium, conditional-go where max_medium allows)`);
                break;
            }
            case 'allow_missing_runtime_executive_summary': {
                const on = entries.filter((e) => e.value === true).map((e) => e.profile);
                if (on.length > 0)
                    out.push(`allow_missing_runtime_executive_summary (true in ${on.join(', ')}): the older gate passed a missing runtime_governance_executive_summary.json in those profiles. gonogo counts a missing report as failed (Playbook §2.3 requires it) in every profile. Nearest: a waiver on runtime-governance-executive-summary`);
                break;
            }
            case 'durability_advanced_min_expected_scenarios':
            case 'durability_advanced_min_expected_tests':
                out.push(`${key} (${where}): a minimum number of ${key.endsWith('tests') ? 'tests' : 'scenarios'} in durability_advanced_report.json. gonogo judges a report by its verdict, not against a count; have tooling/verify_durability_advanced.py fail its report below the minimum`);
                break;
            case 'dx_allowed_slo_statuses':
            case 'trend_allowed_slo_statuses': {
                const report = key === 'dx_allowed_slo_statuses'
                    ? { file: 'dx_metrics_slo_report.json', control: 'dx-metrics-slo' }
                    : { file: 'critical_ci_trend_slo_report.json', control: 'critical-ci-trend-slo' };
                const verdicts = distinct(entries).map(({ value, profiles }) => {
                    const d = wordDifference(value);
                    const same = d.olderOnly.length === 0 && d.gonogoOnly.length === 0;
                    return `${JSON.stringify(value)} (${profiles.join(', ')}): ${same
                        ? 'same verdicts for the words the older scripts write'
                        : [
                            d.olderOnly.length > 0
                                ? `${d.olderOnly.map((w) => `"${w}"`).join(', ')} passed in the older gate but not here (a waiver on ${report.control} comes nearest)`
                                : '',
                            d.gonogoOnly.length > 0
                                ? `${d.gonogoOnly.map((w) => `"${w}"`).join(', ')} failed in the older gate but passes here`
                                : ''
                        ]
                            .filter(Boolean)
                            .join('; ')}`;
                });
                out.push(`${key}: the slo_status words that passed ${report.file}. gonogo reads status words one way in every profile (pass, passed pass; breach, failed fail; unverified is unverified). ${verdicts.join('. ')}`);
                break;
            }
            case 'required_jobs':
                out.push(`required_jobs (${where}): jobs whose result had to be success. gonogo does not read job results; see job_result below: list them under branches.<branch>.required_checks and in the gate job's needs:`);
                break;
            default:
                out.push(`${key} (${where}): unknown to migrate; not carried over`);
        }
    }
    return out;
}
/** The script words whose verdict differs between an allowed-words list and gonogo's reading. */
function wordDifference(list) {
    const allowed = new Set(list.map((w) => w.trim().toLowerCase()));
    const passesHere = (w) => (0,core_status/* normaliseStatusWord */.f)(w) === 'passed';
    const olderOnly = [...allowed].filter((w) => !passesHere(w)).sort();
    const gonogoOnly = SCRIPT_WORDS.filter((w) => passesHere(w) && !allowed.has(w));
    return { olderOnly, gonogoOnly };
}
/** `3 in strict, transitional; 4 in promotion`. */
function grouped(entries) {
    return distinct(entries)
        .map((d) => `${JSON.stringify(d.value)} in ${d.profiles.join(', ')}`)
        .join('; ');
}
function distinct(entries) {
    const out = [];
    for (const e of entries) {
        const key = JSON.stringify(e.value);
        const found = out.find((o) => o.key === key);
        if (found)
            found.profiles.push(e.profile);
        else
            out.push({ value: e.value, key, profiles: [e.profile] });
    }
    return out.map(({ value, profiles }) => ({ value, profiles }));
}
/** `exceptions[]` → waivers on the control of the report each check reads. */
function mapExceptions(input, note) {
    const file = input.exceptionsFile;
    if (file === undefined) {
        note('info', 'no exceptions file: no waivers');
        return [];
    }
    const widened = [];
    const out = input.exceptions.map((e) => {
        const at = `${file} exceptions[${e.index}] (${e.checkId}, approved by ${e.approvedBy})`;
        if (e.checkId.startsWith(catalog/* JOB_CHECK_PREFIX */.Wm)) {
            note('unmapped', `${at}: gonogo does not check job results, so there is nothing to waive; not carried over (see job_result above)`);
            return { exception: e };
        }
        if (Object.hasOwn(catalog/* GATE_INTERNAL_CHECKS */.SV, e.checkId)) {
            note('unmapped', `${at}: a check of the older gate about itself; not carried over`);
            return { exception: e };
        }
        const report = (0,catalog/* reportOfGateCheck */.RL)(e.checkId);
        const control = report ? (0,catalog/* controlIdFor */.WR)(report.file) : undefined;
        if (!report || control === undefined) {
            note('unmapped', `${at}: no check of the older gate has this id, so it waived nothing; not carried over`);
            return { exception: e };
        }
        widened.push(`${e.checkId} → ${control}`);
        if (e.expiryChange)
            note('info', `${at}: expires_at ${e.expiresAt} → ${e.expires} (${e.expiryChange})`);
        if (e.unknownKeys.length > 0)
            note('unmapped', `${at}: ${e.unknownKeys.join(', ')} not carried over (a waiver has control, owner, reason, expires, mitigation, link)`);
        if (e.expiresMs <= input.now)
            note('todo', `${at}: expired at ${e.expires}; kept as a waiver on ${control}. gonogo blocks on an expired waiver (a high blocker: no-go) until you renew its expires or remove it; the older gate ignored it (and failed exceptions_entry_issue, medium)`);
        else if (e.expiresMs - input.now <= decision/* WAIVER_WARNING_DAYS */.UP * time/* DAY_MS */.sO)
            note('info', `${at}: expires at ${e.expires}, within ${decision/* WAIVER_WARNING_DAYS */.UP} days`);
        return {
            exception: e,
            report,
            waiver: { control, owner: e.approvedBy, reason: e.reason, expires: e.expires }
        };
    });
    if (widened.length > 0)
        note('info', `an older exception lowered one check from high to medium; a gonogo waiver does the same for its whole control, a missing or unreadable report included: ${[...new Set(widened)].join(', ')}`);
    return out;
}
/** One control per report the Playbook names, per older report in artifacts/, per waived report. */
function mapControls(input, exceptions, note) {
    const dir = input.artifactsDir;
    const shown = dir === '' ? 'the workspace root' : `${dir}/`;
    // By file name; the first in path order when several folders hold one (the others are noted).
    const found = new Map();
    for (const a of input.artifacts ?? []) {
        const seen = found.get(a.name);
        if (!seen)
            found.set(a.name, a);
        else
            note('unmapped', `${a.path}: another ${a.name} is read (${seen.path}); keep one copy of each report in ${shown}`);
    }
    const waived = new Set(exceptions.flatMap((m) => (m.report ? [m.report.file] : [])));
    const planned = [];
    const taken = new Set();
    const missingPlaybook = [];
    const gateOnlyAbsent = [];
    for (const known of catalog/* KNOWN_REPORTS */.sl) {
        const artifact = found.get(known.file);
        const present = artifact !== undefined;
        if (!known.playbook && !present && !waived.has(known.file)) {
            gateOnlyAbsent.push(`${known.file} (${known.gateChecks.map((c) => c.id).join(', ')})`);
            continue;
        }
        if (known.playbook && !present)
            missingPlaybook.push(known.file);
        const id = (0,catalog/* controlIdFor */.WR)(known.file);
        taken.add(id);
        planned.push({ id, file: known.file, known, ...(artifact ? { artifact } : {}) });
    }
    const extras = [];
    for (const a of found.values()) {
        if ((0,catalog/* knownReport */.AO)(a.name))
            continue;
        if (a.kind !== 'older-report') {
            note('info', `${a.path}: no control (${a.why ?? a.kind})`);
            continue;
        }
        const id = uniqueId(a.name, taken);
        if (id === undefined) {
            note('unmapped', `${a.path}: no usable control id can be made from its name; rename the file`);
            continue;
        }
        taken.add(id);
        planned.push({ id, file: a.name, artifact: a });
        extras.push(id);
    }
    if (input.artifacts === undefined)
        note('info', `${shown} does not exist: controls only for the reports the Playbook names${waived.size > 0 ? ' and the waived ones' : ''}`);
    if (missingPlaybook.length > 0 && input.artifacts !== undefined)
        note('info', `not in ${shown} yet, controls all the same (the Playbook requires them; the gate counts a missing report as failed): ${missingPlaybook.join(', ')}`);
    if (gateOnlyAbsent.length > 0)
        note('unmapped', `the older gate also required ${gateOnlyAbsent.join('; ')}; not in ${shown}, so no control: add one (source: { report: ${join(dir, '<file>')} }) if your pipeline writes it`);
    if (extras.length > 0)
        note('info', `controls for older reports found in ${shown} that neither the Playbook nor the older gate requires: ${extras.join(', ')}; remove any you do not want to gate on`);
    const controls = planned.map((p) => control(input, p));
    const bp = planned.find((p) => p.known?.allowUnverified && /branch_protection/.test(p.file));
    if (bp) {
        const has = input.existingFiles.has(catalog/* BRANCH_PROTECTION_EVIDENCE */.bo);
        note(has ? 'info' : 'todo', has
            ? `${bp.id} may be unverified (Playbook §2.4) with the evidence in ${catalog/* BRANCH_PROTECTION_EVIDENCE */.bo}, which exists: keep it current for each release (${catalog/* RULESET_RUNBOOK */.GB})`
            : `${bp.id} may be unverified (Playbook §2.4) only with manual evidence: after the manual check in GitHub's UI following ${catalog/* RULESET_RUNBOOK */.GB}, create ${catalog/* BRANCH_PROTECTION_EVIDENCE */.bo} (what was checked, by whom, when); until it exists an unverified report counts as failed`);
        note('info', `governance-executive-summary consolidates ${bp.file}: when that report is its only unverified input, the summary may be unverified too (Playbook §2.3 with §2.4), with the same evidence; any other unverified input is refused`);
    }
    return controls;
}
function control(input, p) {
    const known = p.known;
    // The older gate's severity for this report's checks; high when it had none (or any high).
    const gate = known?.gateChecks ?? [];
    const severity = gate.length > 0 && gate.every((c) => c.severity === 'medium') ? 'medium' : 'high';
    const ownerPath = known?.script ?? p.artifact?.path ?? join(input.artifactsDir, p.file);
    const owner = input.codeOwners ? ownerOf(input.codeOwners.rules, ownerPath) : undefined;
    const runbook = [known?.runbook, known?.playbook ? catalog/* PLAYBOOK_PATH */.sh : undefined].find((r) => r !== undefined && input.existingFiles.has(r));
    return {
        id: p.id,
        description: cap(describe(p, input.artifactsDir)),
        // A report found in a subfolder (one per downloaded artifact) is read wherever it lands.
        source: {
            report: p.artifact && p.artifact.path !== join(input.artifactsDir, p.file)
                ? join(input.artifactsDir, `**/${p.file}`)
                : join(input.artifactsDir, p.file)
        },
        severity,
        ...(owner !== undefined ? { owner } : {}),
        ...(runbook !== undefined ? { runbook } : {}),
        ...(known?.allowUnverified
            ? { allow_unverified: { evidence: catalog/* BRANCH_PROTECTION_EVIDENCE */.bo } }
            : {})
    };
}
function describe(p, dir) {
    const known = p.known;
    if (!known) {
        const contract = p.artifact?.contract;
        return `Older-script report${contract ? ` (${contract})` : ''} found in ${dir === '' ? 'the workspace root' : `${dir}/`}.`;
    }
    const parts = [
        known.playbook ? `Playbook ${known.playbook}: ${known.requirement ?? 'required'}.` : '',
        `Written by ${known.script}.`,
        known.gateChecks.length > 0
            ? `The older gate checked ${known.gateChecks.map((c) => c.id).join(', ')} (${known.gateChecks[0]?.severity ?? 'high'}).`
            : ''
    ];
    return parts.filter(Boolean).join(' ');
}
/**
 * The control id for an unknown report's file, unique among `taken`: the kind's kebab-case, else
 * the whole file name's (`foo_report.json` → `foo-report` when `foo` is taken), else numbered.
 */
function uniqueId(name, taken) {
    const base = (0,catalog/* controlIdFor */.WR)(name);
    if (base === undefined)
        return undefined;
    const whole = (0,catalog/* kebabId */.tp)(name.replace(/\.json$/i, '')) ?? base;
    for (const candidate of [base, whole])
        if (!taken.has(candidate))
            return candidate;
    for (let i = 2; i < 1000; i++) {
        const c = `${base.slice(0, 60)}-${i}`;
        if (!taken.has(c))
            return c;
    }
    return undefined;
}
/** gonogo's schema allows 500 characters in a description (a long folder name could pass it). */
function cap(text) {
    return text.length <= 500 ? text : `${text.slice(0, 499)}…`;
}
function join(dir, file) {
    return dir === '' ? file : `${dir}/${file}`;
}
/** Identical waivers (two exceptions on checks of one report) are written once. */
function dedupe(waivers) {
    const seen = new Set();
    return waivers.filter((w) => {
        const key = JSON.stringify([w.control, w.owner, w.reason, w.expires]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

// EXTERNAL MODULE: ./src/migrate/older-files.ts
var older_files = __webpack_require__(2889);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/migrate/render.ts
/**
 * The migrated policy as `.github/gonogo.yml` text. Pure and deterministic: the same policy and
 * sources give the same bytes (keys in a fixed order, no time stamp, `\n` line ends).
 */

/**
 * YAML for `policy`, preceded by a comment naming the files it came from. Short mappings
 * (profiles, select_profile rules, a control's `source` and `allow_unverified`) are written in
 * flow style, as in the README's example.
 * @param sources workspace-relative paths of the older files read (policy, exceptions, reports folder)
 */
function renderPolicy(policy, sources) {
    const doc = new dist/* Document */.yo(ordered(policy));
    doc.commentBefore = [
        ` Written by gonogo migrate from ${sources.join(', ')}`,
        ' (the older governance scripts). See README "Coming from the older scripts" and the notes',
        ' the command printed: some settings of the older gate have no equivalent here.'
    ].join('\n');
    const flow = (n) => {
        if ((0,dist/* isMap */.jh)(n) || (0,dist/* isSeq */.oP)(n))
            n.flow = true;
    };
    const profiles = doc.get('profiles', true);
    if ((0,dist/* isMap */.jh)(profiles))
        for (const item of profiles.items)
            flow(item.value);
    const rules = doc.get('select_profile', true);
    if ((0,dist/* isSeq */.oP)(rules))
        for (const r of rules.items)
            flow(r);
    const controls = doc.get('controls', true);
    if ((0,dist/* isSeq */.oP)(controls))
        for (const c of controls.items)
            if ((0,dist/* isMap */.jh)(c)) {
                flow(c.get('source', true));
                flow(c.get('allow_unverified', true));
            }
    return doc.toString({ lineWidth: 0, indentSeq: true });
}
/** The policy with its keys in the order the README documents them. */
function ordered(policy) {
    return {
        version: policy.version,
        ...(policy.profiles ? { profiles: policy.profiles } : {}),
        ...(policy.select_profile ? { select_profile: policy.select_profile } : {}),
        controls: policy.controls.map((c) => ({
            id: c.id,
            ...(c.description !== undefined ? { description: c.description } : {}),
            ...(c.source !== undefined ? { source: c.source } : {}),
            severity: c.severity,
            ...(c.owner !== undefined ? { owner: c.owner } : {}),
            ...(c.runbook !== undefined ? { runbook: c.runbook } : {}),
            ...(c.allow_unverified !== undefined ? { allow_unverified: c.allow_unverified } : {})
        })),
        ...(policy.waivers && policy.waivers.length > 0
            ? {
                waivers: policy.waivers.map((w) => ({
                    control: w.control,
                    owner: w.owner,
                    reason: w.reason,
                    ...(w.mitigation !== undefined ? { mitigation: w.mitigation } : {}),
                    ...(w.link !== undefined ? { link: w.link } : {}),
                    expires: w.expires
                }))
            }
            : {})
    };
}

// EXTERNAL MODULE: ./src/io/atomic-write.ts
var atomic_write = __webpack_require__(7869);
// EXTERNAL MODULE: ./src/io/policy-file.ts
var policy_file = __webpack_require__(9707);
// EXTERNAL MODULE: ./src/io/workspace.ts
var workspace = __webpack_require__(2645);
;// CONCATENATED MODULE: ./src/io/migrate-files.ts
/**
 * `gonogo migrate`'s file side: reads the older gate's policy, exceptions and reports from the
 * workspace, hands them to the pure mapping (src/migrate/build.ts), checks the result with the
 * project's own policy loader and writes it, all or nothing. Every path is confined to the
 * workspace (Workspace); every refusal is a ConfigurationError (exit 2) naming the file.
 */












/** The defaults of the older workflow (`.github/workflows/smoke.yml`) and of gonogo. */
const MIGRATE_DEFAULTS = {
    policy: '.github/release_gate_policy.json',
    exceptions: '.github/release_exceptions.json',
    artifacts: 'artifacts',
    output: '.github/gonogo.yml'
};
const MAX_INPUT_BYTES = 1024 * 1024;
const MAX_REPORT_BYTES = 50 * 1024 * 1024;
const MAX_REPORTS = 10000;
/**
 * Runs the migration and writes the policy file.
 * Throws ConfigurationError when an input is missing (an explicitly named one, or the older
 * policy), malformed (file, line, field, what to do), outside the workspace, or when the output
 * exists and `force` is not set.
 */
async function runMigrate(opts) {
    const ws = await workspace.Workspace.open(opts.workspace);
    const rel = (given, fallback, what) => {
        const p = given ?? fallback;
        const r = external_node_path_default().isAbsolute(p) ? ws.relative(external_node_path_default().relative(ws.root, p)) : ws.relative(p);
        if (r === undefined)
            throw new errors/* ConfigurationError */.j1(`${what} ${p}: path is outside the workspace ${ws.root}; use a path inside it (or pass --workspace)`);
        return r;
    };
    const policyFile = rel(opts.policy, MIGRATE_DEFAULTS.policy, '--policy');
    const exceptionsFile = rel(opts.exceptions, MIGRATE_DEFAULTS.exceptions, '--exceptions');
    const artifactsDir = rel(opts.artifacts, MIGRATE_DEFAULTS.artifacts, '--artifacts');
    const output = rel(opts.output, MIGRATE_DEFAULTS.output, '--output');
    const policyRead = await ws.readText(policyFile, MAX_INPUT_BYTES, 'for the older gate policy');
    if (!policyRead.ok)
        throw new errors/* ConfigurationError */.j1(`older gate policy ${policyRead.message}${policyRead.reason === 'missing' ? '; pass --policy FILE (the .github/release_gate_policy.json the older gate read)' : ''}`);
    const gatePolicy = (0,older_files/* parseGatePolicy */.fd)(policyRead.text, policyFile);
    let exceptions = [];
    let exceptionsRead;
    const exRead = await ws.readText(exceptionsFile, MAX_INPUT_BYTES, 'for an exceptions file');
    if (exRead.ok) {
        exceptions = (0,older_files/* parseExceptions */.wu)(exRead.text, exceptionsFile);
        exceptionsRead = exceptionsFile;
    }
    else if (exRead.reason !== 'missing' || opts.exceptions !== undefined) {
        throw new errors/* ConfigurationError */.j1(`exceptions file ${exRead.message}`);
    }
    const artifacts = await readArtifacts(ws, artifactsDir, opts.artifacts !== undefined);
    const existingFiles = new Set();
    for (const f of filesToProbe())
        if (await ws.hasFile(f))
            existingFiles.add(f);
    let codeOwners;
    for (const f of catalog/* CODEOWNERS_PATHS */.xn) {
        const r = await ws.readText(f, MAX_INPUT_BYTES, 'for CODEOWNERS');
        if (r.ok) {
            codeOwners = { file: f, rules: parseCodeOwners(r.text) };
            break;
        }
    }
    const result = migrate({
        policyFile,
        gatePolicy,
        exceptionsFile: exceptionsRead,
        exceptions,
        artifactsDir,
        artifacts,
        existingFiles,
        codeOwners,
        now: opts.now
    });
    const sources = [
        policyFile,
        ...(exceptionsRead ? [exceptionsRead] : []),
        `${artifactsDir || '.'}/`
    ];
    // Masked before the check below, so the file written is the one known to load.
    const text = (0,secrets/* scrubSecrets */.Zg)(renderPolicy(result.policy, sources));
    try {
        // The same loader the gate uses: what is written is known to load.
        (0,policy_file/* parsePolicy */.ON)(text, output);
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`the migrated policy does not validate, so nothing was written (a gonogo bug; please report it):\n${e instanceof Error ? e.message : String(e)}`);
    }
    await writeOutput(ws, output, text, opts.force);
    return { output, policy: result.policy, text, notes: result.notes };
}
/** The JSON files directly in the reports folder, classified; undefined when there is none. */
async function readArtifacts(ws, dir, explicit) {
    const abs = await ws.confine(dir);
    if (abs === undefined)
        throw new errors/* ConfigurationError */.j1(`--artifacts ${dir}: leads outside the workspace through a symbolic link`);
    let isDir = false;
    try {
        isDir = (await (0,promises_.stat)(abs)).isDirectory();
    }
    catch {
        isDir = false;
    }
    if (!isDir) {
        if (explicit)
            throw new errors/* ConfigurationError */.j1(`--artifacts ${dir || '.'}: no such folder; pass the folder holding the older reports`);
        return undefined;
    }
    let files;
    try {
        // `gh run download -D artifacts` puts each artifact in a folder of its own: look inside.
        const found = await ws.glob(dir === '' ? '**/*.json' : `${dir}/**/*.json`, MAX_REPORTS);
        if (found.truncated)
            throw new errors/* ConfigurationError */.j1(`--artifacts ${dir}: more than ${MAX_REPORTS} JSON files; point it at the reports folder`);
        files = found.files;
    }
    catch (e) {
        if (e instanceof workspace/* PathEscapeError */.ZU)
            throw new errors/* ConfigurationError */.j1(e.message);
        throw e;
    }
    const out = [];
    for (const f of files) {
        const read = await ws.readText(f, MAX_REPORT_BYTES);
        if (!read.ok)
            throw new errors/* ConfigurationError */.j1(`report ${read.message}; fix or remove it, or pass --artifacts with another folder`);
        out.push((0,older_files/* classifyArtifact */.fn)(read.text, f));
    }
    return out;
}
/** Writes the policy unless a file is there already (then only with --force). */
async function writeOutput(ws, output, text, force) {
    const abs = await ws.confine(output);
    if (abs === undefined)
        throw new errors/* ConfigurationError */.j1(`--output ${output}: leads outside the workspace through a symbolic link`);
    let exists;
    try {
        const st = await (0,promises_.lstat)(abs);
        exists = st.isFile() || st.isSymbolicLink() ? 'file' : 'other';
    }
    catch {
        exists = undefined;
    }
    if (exists === 'other')
        throw new errors/* ConfigurationError */.j1(`--output ${output}: exists and is not a file; choose another path`);
    if (exists === 'file' && !force)
        throw new errors/* ConfigurationError */.j1(`${output} exists; nothing was written. Pass --force to replace it, or --output another path`);
    await (0,atomic_write/* writeAllOrNothing */.P)(external_node_path_default().dirname(abs), [{ name: external_node_path_default().basename(abs), content: text }]);
}


/***/ }),

/***/ 7970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ knownReport),
/* harmony export */   DE: () => (/* binding */ PLAYBOOK_REQUIRED_JOBS),
/* harmony export */   GB: () => (/* binding */ RULESET_RUNBOOK),
/* harmony export */   GX: () => (/* binding */ STRICT_PUSH_BRANCHES),
/* harmony export */   Ou: () => (/* binding */ GATE_REPORT_CONTRACT),
/* harmony export */   RL: () => (/* binding */ reportOfGateCheck),
/* harmony export */   SV: () => (/* binding */ GATE_INTERNAL_CHECKS),
/* harmony export */   WR: () => (/* binding */ controlIdFor),
/* harmony export */   Wm: () => (/* binding */ JOB_CHECK_PREFIX),
/* harmony export */   bl: () => (/* binding */ TRANSITIONAL_EVENTS),
/* harmony export */   bo: () => (/* binding */ BRANCH_PROTECTION_EVIDENCE),
/* harmony export */   fZ: () => (/* binding */ GATE_DEFAULT_LIMITS),
/* harmony export */   hf: () => (/* binding */ GATE_REQUIRED_JOBS),
/* harmony export */   sh: () => (/* binding */ PLAYBOOK_PATH),
/* harmony export */   sl: () => (/* binding */ KNOWN_REPORTS),
/* harmony export */   tp: () => (/* binding */ kebabId),
/* harmony export */   xn: () => (/* binding */ CODEOWNERS_PATHS)
/* harmony export */ });
const high = (id) => ({ id, severity: 'high' });
/** The Playbook itself: a fallback runbook for every control it names. */
const PLAYBOOK_PATH = 'docs/PRODUCTION_READINESS.md';
/** Playbook §2.4 item 2: the manual verification runbook for branch protection. */
const RULESET_RUNBOOK = 'docs/GITHUB_RULESET_RUNBOOK.md';
/**
 * Where the manual verification of branch protection is recorded (Playbook §2.4 items 2–3); the
 * same path the corpus cases use. The team creates it after each manual check.
 */
const BRANCH_PROTECTION_EVIDENCE = 'evidence/github-ruleset-manual-verification.md';
/**
 * Every report migrate makes a control for without finding it: the Playbook's (§2.2, §2.3, §2.4),
 * in the Playbook's order; then the ones only the older gate reads, in the gate's order. Severities
 * are those of the gate's checks (all `high`; the two that the gate could lower to `medium`,
 * the trend reports and the runtime summary, did so only through profile settings that
 * migrate reports as not mapped).
 */
const KNOWN_REPORTS = [
    {
        file: 'policy_bundle_lifecycle_report.json',
        script: 'tooling/verify_policy_bundle_lifecycle.py',
        playbook: '§2.2 item 1',
        requirement: 'status = passed',
        gateChecks: [
            high('policy_bundle_lifecycle_report_present'),
            high('policy_bundle_lifecycle_status_passed')
        ],
        runbook: 'docs/OPA_POLICY_BUNDLE_LIFECYCLE.md'
    },
    {
        file: 'policy_gate_freshness_report.json',
        script: 'tooling/verify_policy_gate_freshness.py',
        playbook: '§2.2 item 2',
        requirement: 'status = passed',
        gateChecks: []
    },
    {
        file: 'branch_protection_policy_report.json',
        script: 'tooling/verify_branch_protection_policy.py',
        playbook: '§2.2 item 3',
        requirement: 'status = passed',
        gateChecks: [],
        runbook: 'docs/BRANCH_PROTECTION_POLICY.md'
    },
    {
        file: 'required_status_checks_consistency_report.json',
        script: 'tooling/verify_required_status_checks_consistency.py',
        playbook: '§2.2 item 4',
        requirement: 'status = passed',
        gateChecks: [],
        runbook: 'docs/BRANCH_PROTECTION_POLICY.md'
    },
    {
        file: 'workflow_embedded_python_report.json',
        script: 'tooling/verify_workflow_embedded_python.py',
        playbook: '§2.2 item 5',
        requirement: 'status = passed',
        gateChecks: []
    },
    {
        file: 'policy_promotion_readiness_report.json',
        script: 'tooling/generate_policy_promotion_readiness.py',
        playbook: '§2.2 item 6',
        requirement: 'status = passed',
        gateChecks: [
            high('promotion_readiness_report_present'),
            high('promotion_readiness_status_passed')
        ]
    },
    {
        file: 'policy_promotion_readiness_verify_report.json',
        script: 'tooling/verify_policy_promotion_readiness.py',
        playbook: '§2.2 item 7',
        requirement: 'status = passed',
        gateChecks: [high('promotion_verify_report_present'), high('promotion_verify_status_passed')]
    },
    {
        file: 'governance_executive_summary.json',
        script: 'tooling/generate_governance_executive_summary.py',
        playbook: '§2.3 item 1',
        requirement: 'present; consolidated status passed',
        gateChecks: [],
        // §2.3 with §2.4: unverified only when branch protection is its one unverified input; the
        // reader refuses acceptance for any other unverified input (legacy-report.ts).
        allowUnverified: true
    },
    {
        file: 'runtime_governance_executive_summary.json',
        script: 'tooling/generate_governance_executive_summary.py',
        playbook: '§2.3 item 2',
        requirement: 'present; consolidated status passed',
        gateChecks: [high('runtime_exec_summary_present'), high('runtime_exec_summary_not_failed')]
    },
    {
        file: 'github_branch_protection_report.json',
        script: 'tooling/verify_github_branch_protection.py',
        playbook: '§2.4',
        requirement: 'passed; unverified only with manual UI verification evidence',
        gateChecks: [],
        runbook: RULESET_RUNBOOK,
        allowUnverified: true
    },
    {
        file: 'smoke_report.json',
        script: 'tooling/verify_smoke_capabilities.py',
        gateChecks: [high('smoke_report_present'), high('smoke_report_failed_zero')]
    },
    {
        file: 'runtime_coverage.json',
        script: 'tooling/compute_runtime_coverage.py',
        gateChecks: [high('runtime_coverage_report_present'), high('runtime_coverage_ratio')]
    },
    {
        file: 'skill_executability.json',
        script: 'tooling/compute_skill_executability.py',
        gateChecks: [high('skill_executability_report_present'), high('skill_executability_ratio')]
    },
    {
        file: 'durability_advanced_report.json',
        script: 'tooling/verify_durability_advanced.py',
        gateChecks: [
            high('durability_advanced_report_present'),
            high('durability_advanced_status_passed')
        ]
    },
    {
        file: 'dx_metrics_slo_report.json',
        script: 'tooling/evaluate_dx_metrics.py',
        gateChecks: [high('dx_slo_report_present'), high('dx_slo_status_pass')]
    },
    {
        file: 'critical_ci_trend_slo_report.json',
        script: 'tooling/evaluate_critical_ci_trend.py',
        gateChecks: [high('trend_slo_report_present'), high('trend_slo_status')]
    },
    {
        file: 'critical_ci_trend_report.json',
        script: 'tooling/report_critical_ci_trend.py',
        gateChecks: [high('trend_report_present'), high('trend_report_status')]
    }
];
/** The older gate's own report: what gonogo replaces, never a control of the migrated policy. */
const GATE_REPORT_CONTRACT = 'release_readiness_gate_v1';
/** Checks of the older gate about itself, with what gonogo does instead. */
const GATE_INTERNAL_CHECKS = {
    policy_load: 'gonogo refuses a malformed policy file with exit 2',
    exceptions_file_load: 'waivers live in the policy file, refused with exit 2 when malformed',
    exceptions_entry_issue: 'a malformed waiver is refused with exit 2, an expired one is a high blocker',
    needs_json_parse: 'gonogo does not read the workflow needs context'
};
/** The prefix of the older gate's per-job checks (`job_result:smoke`, …), read from `needs`. */
const JOB_CHECK_PREFIX = 'job_result:';
/** The jobs the older gate required to have succeeded (its `job_result:<job>` checks). */
const GATE_REQUIRED_JOBS = [
    'pin_drift_guard',
    'smoke',
    'contracts',
    'registry_consistency',
    'openapi_verification',
    'runtime_canary',
    'dx_metrics',
    'ci_stability_trend'
];
/** Playbook §2.1: the CI jobs that must pass. */
const PLAYBOOK_REQUIRED_JOBS = [
    'policy-bundle-governance',
    'runtime_canary',
    'dx_metrics',
    'ci_stability_trend'
];
/**
 * How the older workflow chose the gate's profile (`.github/workflows/smoke.yml`, job
 * `release_readiness_gate`, `RELEASE_GATE_STRICT_MODE`): `strict` on a push to main or master,
 * `transitional` for the other events that workflow runs on.
 */
const STRICT_PUSH_BRANCHES = ['main', 'master'];
const TRANSITIONAL_EVENTS = [
    'pull_request',
    'schedule',
    'workflow_dispatch'
];
/** The older gate's defaults for a profile without limits (`_load_policy`'s `default_policy`). */
const GATE_DEFAULT_LIMITS = { max_high_failures: 0, max_medium_failures: 0 };
/** Where GitHub looks for CODEOWNERS, in its order (the first one found is used). */
const CODEOWNERS_PATHS = [
    '.github/CODEOWNERS',
    'CODEOWNERS',
    'docs/CODEOWNERS'
];
const CONTROL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/**
 * The control id for a report file: the kebab-case of its kind, i.e. the file name without
 * `.json` and without a trailing `_report` (`policy_bundle_lifecycle_report.json` →
 * `policy-bundle-lifecycle`, `governance_executive_summary.json` → `governance-executive-summary`),
 * the ids the corpus cases use. Undefined when nothing usable is left.
 */
function controlIdFor(file) {
    return kebabId(file.replace(/\.json$/i, '').replace(/[_-]report$/i, ''));
}
/** `Some_Name.v2` → `some-name-v2`, cut to gonogo's 64 characters; undefined when empty. */
function kebabId(stem) {
    const id = stem
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 64)
        .replace(/-+$/, '');
    return CONTROL_ID.test(id) ? id : undefined;
}
/** The known report a gate check reads, or undefined for a check that reads no report. */
function reportOfGateCheck(checkId) {
    return KNOWN_REPORTS.find((r) => r.gateChecks.some((c) => c.id === checkId));
}
/** The known report with this file name, if any. */
function knownReport(file) {
    return KNOWN_REPORTS.find((r) => r.file === file);
}


/***/ }),

/***/ 2889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fd: () => (/* binding */ parseGatePolicy),
/* harmony export */   fn: () => (/* binding */ classifyArtifact),
/* harmony export */   wu: () => (/* binding */ parseExceptions)
/* harmony export */ });
/* unused harmony export toUtcExpiry */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _parsers_json_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1639);
/* harmony import */ var _parsers_verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9281);
/* harmony import */ var _core_contracts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3348);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2334);
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7970);
/**
 * Reads the older gate's files — `.github/release_gate_policy.json`,
 * `.github/release_exceptions.json` — and tells an older report from any other JSON file. Pure:
 * text in, values out.
 *
 * The shapes are those `tooling/generate_release_readiness_gate.py` reads (`_load_policy`,
 * `_load_active_exceptions`) and `docs/RELEASE_EXCEPTIONS_POLICY.md` §3 describes. Where the
 * older gate quietly coerced a value (`bool("false")` is true, `int(2.7)` is 2) or skipped a bad
 * entry, migrate refuses instead: every problem is a ConfigurationError naming the file, the line
 * and column when they can be found, the field, and what to write instead.
 */







const PROFILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const BOOLEAN_SETTINGS = ['allow_trend_unverified', 'allow_missing_runtime_executive_summary'];
const COUNT_SETTINGS = [
    'max_high_failures',
    'max_medium_failures',
    'durability_advanced_min_expected_scenarios',
    'durability_advanced_min_expected_tests'
];
const WORD_LIST_SETTINGS = [
    'dx_allowed_slo_statuses',
    'trend_allowed_slo_statuses',
    'required_jobs'
];
const EXCEPTION_FIELDS = ['check_id', 'approved_by', 'reason', 'expires_at'];
/** gonogo's limits on a waiver (schemas/gonogo.schema.json, definitions.waiver). */
const MAX_OWNER = 200;
const MAX_REASON = 1000;
/**
 * Parses `release_gate_policy.json`.
 * Shape: `{ "version"?: string, "profiles": { <name>: { max_high_failures?: int ≥ 0,
 * max_medium_failures?: int ≥ 0, allow_*?: boolean, *_statuses?: string[], required_jobs?:
 * string[], durability_advanced_min_expected_*?: int ≥ 0, …other keys } } }`.
 * Throws ConfigurationError for anything else, e.g.
 * `.github/release_gate_policy.json:9:30: profiles.strict.max_medium_failures: must be a whole number ≥ 0, found "2"; …`.
 */
function parseGatePolicy(text, file) {
    const doc = parseJsonFile(text, file, 'the older gate policy');
    const fail = failer(text, file);
    if (!(0,_parsers_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(doc))
        fail([], 'must be a JSON object with "profiles"', 'see docs/RELEASE_GATE_SLO_POLICY.md §1–3');
    const profilesValue = doc.profiles;
    if (!(0,_parsers_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(profilesValue))
        fail(['profiles'], `must be an object of profiles, found ${describe(profilesValue)}`, 'write "profiles": { "strict": { "max_high_failures": 0, "max_medium_failures": 0 } }');
    const names = Object.keys(profilesValue);
    if (names.length === 0)
        fail(['profiles'], 'declares no profile', 'add at least the "strict" profile the older gate used by default');
    const profiles = names.map((name) => {
        const raw = profilesValue[name];
        if (!PROFILE_NAME.test(name))
            fail(['profiles', name], `'${name}' is not a usable profile name`, 'rename it to letters, digits, ".", "_" or "-" (at most 64, starting with a letter or digit)');
        if (!(0,_parsers_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(raw))
            fail(['profiles', name], `must be an object of settings, found ${describe(raw)}`, 'write { "max_high_failures": 0, … }');
        // fromEntries keeps a key such as "__proto__" an ordinary own property.
        const settings = [];
        for (const key of Object.keys(raw).sort()) {
            const value = raw[key];
            const at = ['profiles', name, key];
            if (BOOLEAN_SETTINGS.includes(key) && typeof value !== 'boolean')
                fail(at, `must be true or false, found ${describe(value)}`, 'write true or false without quotes');
            if (COUNT_SETTINGS.includes(key) && !isCount(value))
                fail(at, `must be a whole number ≥ 0, found ${describe(value)}`, 'write a number such as 0 or 2 without quotes');
            if (WORD_LIST_SETTINGS.includes(key) && !isWordList(value))
                fail(at, `must be a list of strings, found ${describe(value)}`, 'write e.g. ["pass", "passed"]');
            if (key !== 'max_high_failures' && key !== 'max_medium_failures')
                settings.push([key, value]);
        }
        return {
            name,
            maxHigh: raw.max_high_failures,
            maxMedium: raw.max_medium_failures,
            settings: Object.fromEntries(settings)
        };
    });
    const unknownKeys = Object.keys(doc)
        .filter((k) => k !== 'profiles' && k !== 'version')
        .sort();
    return { profiles, unknownKeys };
}
/**
 * Parses `release_exceptions.json` (docs/RELEASE_EXCEPTIONS_POLICY.md §3).
 * Shape: `{ "exceptions": [ { "check_id", "approved_by", "reason", "expires_at" } ] }`, each a
 * non-empty string, `expires_at` a UTC ISO-8601 time. Throws ConfigurationError naming
 * `exceptions[i].<field>` and its line for a missing, empty, mistyped or unreadable field: the
 * older gate skipped such an entry (and failed `exceptions_entry_issue`); migrate asks for a fix.
 */
function parseExceptions(text, file) {
    const doc = parseJsonFile(text, file, 'the exceptions file');
    const fail = failer(text, file);
    if (!(0,_parsers_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(doc) || !Array.isArray(doc.exceptions))
        fail((0,_parsers_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(doc) ? ['exceptions'] : [], 'must be an object with an "exceptions" list', 'write { "exceptions": [ { "check_id": …, "approved_by": …, "reason": …, "expires_at": … } ] }');
    return doc.exceptions.map((entry, index) => {
        if (!(0,_parsers_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(entry))
            fail(['exceptions', index], `must be an object, found ${describe(entry)}`, 'write { "check_id": …, "approved_by": …, "reason": …, "expires_at": … }');
        for (const field of EXCEPTION_FIELDS) {
            const v = entry[field];
            if (typeof v !== 'string' || v.trim() === '')
                fail(['exceptions', index, ...(field in entry ? [field] : [])], field in entry
                    ? `must be a non-empty string, found ${describe(v)}`
                    : `missing required field "${field}"`, 'every exception needs check_id, approved_by, reason and expires_at (docs/RELEASE_EXCEPTIONS_POLICY.md §3)');
        }
        const str = (k) => entry[k].trim();
        const approvedBy = str('approved_by');
        const reason = str('reason');
        if (approvedBy.length > MAX_OWNER)
            fail(['exceptions', index, 'approved_by'], `is ${approvedBy.length} characters; a waiver owner may have at most ${MAX_OWNER}`, 'shorten it to a handle or team');
        if (reason.length > MAX_REASON)
            fail(['exceptions', index, 'reason'], `is ${reason.length} characters; a waiver reason may have at most ${MAX_REASON}`, 'shorten it; link the long version');
        const expiresAt = entry.expires_at;
        const expiry = toUtcExpiry(expiresAt.trim());
        if (!expiry)
            fail(['exceptions', index, 'expires_at'], `${JSON.stringify(expiresAt)} is not a UTC ISO-8601 time migrate can read`, 'write it as 2026-06-15T00:00:00Z');
        return {
            index,
            checkId: str('check_id'),
            approvedBy,
            reason,
            expiresAt,
            expires: expiry.text,
            expiresMs: expiry.ms,
            ...(expiry.change ? { expiryChange: expiry.change } : {}),
            unknownKeys: Object.keys(entry)
                .filter((k) => !EXCEPTION_FIELDS.includes(k))
                .sort()
        };
    });
}
/**
 * An `expires_at` as an instant gonogo reads the same way the older gate did (its `_parse_utc`:
 * Python's `datetime.fromisoformat`, a time without an offset taken as UTC). A bare date meant
 * its first instant to the older gate but its last day to gonogo, so it becomes `…T00:00:00Z`.
 * Accepted: `YYYY-MM-DD`, or that with `T` or a space and `HH:MM[:SS[.fraction]]`, optionally
 * `Z` or `±HH:MM`. Undefined for anything else or an impossible date.
 */
function toUtcExpiry(text) {
    const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|z|[+-]\d{2}:\d{2})?)?$/.exec(text);
    if (!m)
        return undefined;
    const [, date, time, zone] = m;
    if (time === undefined) {
        const out = `${date}T00:00:00Z`;
        const ms = (0,_core_time_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRfc3339 */ .TM)(out);
        if (Number.isNaN(ms))
            return undefined;
        return {
            text: out,
            ms,
            change: 'a bare date meant its first instant to the older gate (gonogo reads a date as the whole day)'
        };
    }
    const seconds = time.length === 5 ? `${time}:00` : time;
    const out = `${date}T${seconds}${zone === undefined ? 'Z' : zone.toUpperCase()}`;
    const ms = (0,_core_time_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRfc3339 */ .TM)(out);
    if (Number.isNaN(ms))
        return undefined;
    if (out === text)
        return { text: out, ms };
    return {
        text: out,
        ms,
        change: zone === undefined
            ? 'no offset: the older gate read it as UTC'
            : 'written in RFC 3339 form (same instant)'
    };
}
/**
 * What a JSON file in the artifacts folder is: an older-scripts report (a `contract` of its own,
 * or none but a verdict field — `status`, `slo_status`, `decision`, a count or a `*_ratio` — as
 * the older gate and executive summary read them), the older gate's own report, a gonogo report,
 * or no report (e.g. the `needs_context.json` the older workflow wrote).
 * Throws ConfigurationError, naming the line, for a file that is not valid JSON.
 */
function classifyArtifact(text, path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const doc = parseJsonFile(text, path, 'a report');
    if (!(0,_parsers_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(doc))
        return { path, name, kind: 'not-a-report', why: 'not a JSON object' };
    const contract = typeof doc.contract === 'string' ? doc.contract : undefined;
    if (contract === _core_contracts_js__WEBPACK_IMPORTED_MODULE_6__/* .REPORT_CONTRACT */ ._j)
        return {
            path,
            name,
            kind: 'gonogo-report',
            contract,
            why: `already a ${_core_contracts_js__WEBPACK_IMPORTED_MODULE_6__/* .REPORT_CONTRACT */ ._j} report`
        };
    if (contract === _catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .GATE_REPORT_CONTRACT */ .Ou ||
        (contract === undefined && typeof doc.decision === 'string' && (0,_parsers_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(doc.inputs)))
        return {
            path,
            name,
            kind: 'gate-report',
            contract: contract ?? _catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .GATE_REPORT_CONTRACT */ .Ou,
            why: "the older gate's own decision, which gonogo replaces"
        };
    if (contract !== undefined)
        return { path, name, kind: 'older-report', contract };
    if (hasVerdict(doc))
        return { path, name, kind: 'older-report' };
    return {
        path,
        name,
        kind: 'not-a-report',
        why: 'no contract and no verdict field (status, slo_status, decision, a count or a ratio)'
    };
}
function hasVerdict(doc) {
    if (['status', 'slo_status', 'decision'].some((k) => typeof doc[k] === 'string'))
        return true;
    if (Object.keys(doc).some((k) => k.endsWith('_ratio') && typeof doc[k] === 'number'))
        return true;
    return typeof doc.failed === 'number' && typeof doc.total === 'number';
}
/** JSON.parse with the line and column of a syntax error, and a hint for a byte-order mark. */
function parseJsonFile(text, file, what) {
    if (text.charCodeAt(0) === 0xfeff)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${file}:1:1: starts with a byte-order mark, which the older scripts could not read either; save it as UTF-8 without BOM`);
    const parsed = (0,_parsers_json_error_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonAt */ .bq)(text);
    if (!parsed.ok) {
        const line = parsed.line !== undefined ? `:${parsed.line}` : '';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${file}${line}: ${parsed.message}; fix ${what} and run gonogo migrate again`);
    }
    return parsed.value;
}
/** A thrower naming file:line:column (found through a YAML parse of the JSON text) and the field. */
function failer(text, file) {
    return (p, problem, fix) => {
        const where = locate(text, p);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${file}${where ? `:${where}` : ''}: ${fieldName(p)}: ${problem}; ${fix}`);
    };
}
/** `line:column` of the value at `p` (JSON is YAML), or undefined when it cannot be found. */
function locate(text, p) {
    try {
        const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false });
        if (doc.errors.length > 0)
            return undefined;
        const node = p.length === 0 ? doc.contents : doc.getIn(p, true);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(node) || !node.range)
            return undefined;
        const pos = lines.linePos(node.range[0]);
        return `${pos.line}:${pos.col}`;
    }
    catch {
        return undefined;
    }
}
function fieldName(p) {
    if (p.length === 0)
        return '(top level)';
    return p.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
function isCount(v) {
    return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}
function isWordList(v) {
    return Array.isArray(v) && v.every((x) => typeof x === 'string');
}
function describe(v) {
    if (v === null || v === undefined)
        return 'nothing';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'an object';
    return `${typeof v} ${JSON.stringify(v)}`;
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
