export const id = 7480;
export const ids = [7480];
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
/* harmony import */ var _core_canonical_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(484);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4296);
/* harmony import */ var _core_promotion_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9918);







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
        if (!_core_promotion_js__WEBPACK_IMPORTED_MODULE_6__/* .ENVIRONMENT_NAME */ .YR.test(environment))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`'${environment}' is not an environment name`);
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${this.describe}: cannot read ${dir} (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(e)})`);
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
                entries.push({ where, record: { unreadable: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(e) } });
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, `${(0,_core_canonical_json_js__WEBPACK_IMPORTED_MODULE_4__/* .stableStringify */ .J)(record)}\n`, { mode: 0o644, flag: 'wx' });
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


/***/ })

};
