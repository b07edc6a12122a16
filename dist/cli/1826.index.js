export const id = 1826;
export const ids = [1826];
export const modules = {

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


/***/ })

};
