export const id = 40;
export const ids = [40];
export const modules = {

/***/ 40:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  historyCommand: () => (/* binding */ historyCommand),
  promoteCommand: () => (/* binding */ promoteCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/bundle-manifest.ts
var bundle_manifest = __webpack_require__(7985);
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(484);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(2721);
// EXTERNAL MODULE: ./src/core/status.ts
var core_status = __webpack_require__(5009);
// EXTERNAL MODULE: ./src/parsers/schema-errors.ts
var schema_errors = __webpack_require__(3525);
// EXTERNAL MODULE: ./src/generated/validators.js
var validators = __webpack_require__(6161);
;// CONCATENATED MODULE: ./src/core/promotion.ts






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
    return (0,bundle_manifest/* canonicalDigest */.Xz)(rest);
}
/** Seals a record with its digest, and signs the digest when there is a key. */
function sealRecord(r, key) {
    const digest = recordDigest(r);
    return { ...r, digest, ...(key !== undefined ? { signature: (0,bundle_manifest/* signDigest */._i)(key, digest) } : {}) };
}
function signedBy(r, key) {
    if (r.signature === undefined)
        return false;
    const want = Buffer.from((0,bundle_manifest/* signDigest */._i)(key, r.digest), 'hex');
    const got = Buffer.from(r.signature, 'hex');
    return got.length === want.length && (0,external_node_crypto_.timingSafeEqual)(got, want);
}
/** Why `value` is not a valid promotion record (the first schema errors), or undefined. */
function recordSchemaProblem(value) {
    if ((0,validators/* validatePromotionRecord */.DV)(value))
        return undefined;
    const why = (validators/* validatePromotionRecord */.DV.errors ?? [])
        .slice(0, 3)
        .map((e) => (0,schema_errors/* formatSchemaError */.t)(e))
        .join('; ');
    return `not a valid ${PROMOTION_CONTRACT} record (${why})`;
}
/** Whether a word is one of the gate's decisions. */
function isDecision(d) {
    return d !== null && core_status/* DECISIONS */.Yv.includes(d);
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
            invalid = recordSchemaProblem(r) ?? (0,bundle_manifest/* canonicalProblem */.WU)(r);
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
        message: `bundle ${b.id ?? '?'} verifies: ${b.files ?? 0} files, digest ${b.digest ?? '?'}, ${b.signed === 'verified' ? 'signature verified' : 'not signed (no signing key given)'}`
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
    if (env.from === undefined || (0,policy/* takesFresh */.Xp)(env)) {
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

// EXTERNAL MODULE: ./src/core/time.ts
var time = __webpack_require__(2334);
// EXTERNAL MODULE: ./src/io/atomic-write.ts
var atomic_write = __webpack_require__(7869);
// EXTERNAL MODULE: ./src/io/git.ts
var git = __webpack_require__(7500);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/parsers/json-error.ts
var json_error = __webpack_require__(1639);
;// CONCATENATED MODULE: ./src/io/local-state.ts







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
        if (!ENVIRONMENT_NAME.test(environment))
            throw new errors/* ConfigurationError */.j1(`'${environment}' is not an environment name`);
        return external_node_path_default().join(this.root, environment);
    }
    label(environment, name) {
        return `${this.describe}/${environment}/${name}`;
    }
    async history(environment) {
        const dir = this.dir(environment);
        let names;
        try {
            names = await (0,promises_.readdir)(dir);
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return [];
            throw new errors/* ConfigurationError */.j1(`${this.describe}: cannot read ${dir} (${(0,errors/* errorMessage */.gJ)(e)})`);
        }
        const files = names.filter((n) => RECORD_FILE.test(n)).sort();
        const entries = [];
        for (const name of files) {
            const where = this.label(environment, name);
            let text;
            try {
                text = await (0,promises_.readFile)(external_node_path_default().join(dir, name), 'utf8');
            }
            catch (e) {
                entries.push({ where, record: { unreadable: (0,errors/* errorMessage */.gJ)(e) } });
                continue;
            }
            if (text.length > MAX_RECORD_BYTES) {
                entries.push({ where, record: { unreadable: `larger than ${MAX_RECORD_BYTES} bytes` } });
                continue;
            }
            // Depth bounded before parsing (json-error.ts): a record nests 4 levels.
            const parsed = (0,json_error/* parseBoundedJson */.Rj)(text);
            entries.push({
                where,
                record: parsed.ok ? parsed.value : { unreadable: parsed.message }
            });
        }
        return entries;
    }
    async append(record) {
        const dir = this.dir(record.environment);
        await (0,promises_.mkdir)(dir, { recursive: true });
        const name = `${String(record.sequence).padStart(6, '0')}.json`;
        const final = external_node_path_default().join(dir, name);
        const tmp = external_node_path_default().join(dir, `.${name}.${(0,external_node_crypto_.randomBytes)(8).toString('hex')}.tmp`);
        await (0,promises_.writeFile)(tmp, `${(0,canonical_json/* stableStringify */.J)(record)}\n`, { mode: 0o644, flag: 'wx' });
        try {
            await (0,promises_.link)(tmp, final);
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
            await (0,promises_.rm)(tmp, { force: true });
        }
        return { ok: true, where: this.label(record.environment, name) };
    }
    /** A refused promotion leaves no file: the state holds accepted records only. */
    async refuse() {
        /* nothing to record locally: the report says why */
    }
}

// EXTERNAL MODULE: ./src/io/policy-file.ts
var policy_file = __webpack_require__(9707);
// EXTERNAL MODULE: ./src/io/workspace.ts
var workspace = __webpack_require__(2645);
// EXTERNAL MODULE: ./src/core/contracts.ts
var contracts = __webpack_require__(3348);
// EXTERNAL MODULE: ./src/core/report.ts
var core_report = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/io/bundle-verify.ts
var bundle_verify = __webpack_require__(5862);
;// CONCATENATED MODULE: ./src/release-bundle/run-promote.ts








/** A rollback's reason and an approval's comment, at most (the record schema's limits). */
const MAX_REASON = 1024;
const MAX_COMMENT = 4096;
/**
 * One promotion or rollback: read the target's (and source's) history, verify the bundle, judge
 * the corridor, decision, reviewers and chain, then append the record — or refuse, saying why.
 * Store, bundle source and GitHub reads are injected, so the action and the CLI share it.
 */
async function runPromotion(o) {
    const env = corridorStop(o.corridor, o.environment);
    const target = verifyChain(o.environment, await o.store.history(o.environment), o.signingKey);
    const rollbackTo = o.kind === 'rollback' ? rollbackTarget(target) : undefined;
    let ref;
    let refProblem;
    if (typeof o.bundle !== 'function')
        ref = o.bundle;
    else if (rollbackTo) {
        try {
            ref = await o.bundle(rollbackTo);
        }
        catch (e) {
            refProblem = `the bundle of record ${rollbackTo.sequence} (${rollbackTo.bundle.id}) cannot be fetched: ${(0,errors/* errorMessage */.gJ)(e)}`;
        }
    }
    const verified = ref ? await verifyRef(ref, o.signingKey) : undefined;
    if (verified?.ok &&
        o.expectBundleId !== undefined &&
        verified.manifest?.bundle_id !== o.expectBundleId) {
        verified.ok = false;
        verified.problems.push({
            file: 'manifest.json',
            message: `this is bundle ${verified.manifest?.bundle_id ?? '?'}, not ${o.expectBundleId}`
        });
    }
    const manifest = verified?.ok ? verified.manifest : undefined;
    const source = o.kind === 'promotion' && env?.from !== undefined
        ? verifyChain(env.from, await o.store.history(env.from), o.signingKey)
        : undefined;
    const [rules, approvals] = await Promise.all([o.rules(), o.approvals()]);
    const facts = {
        environment: o.environment,
        kind: o.kind,
        corridor: o.corridor,
        bundle: {
            ok: verified?.ok === true,
            problems: verified?.problems ?? [
                { message: refProblem ?? 'there is no earlier bundle to roll back to' }
            ],
            ...(manifest ? { id: manifest.bundle_id, files: manifest.files.length } : {}),
            ...(verified?.digest !== undefined ? { digest: verified.digest } : {}),
            signed: o.signingKey !== undefined ? 'verified' : 'no-key',
            decision: decisionOf(verified),
            lineageProblems: lineageProblemsOf(verified)
        },
        target,
        ...(source ? { source } : {}),
        ...(rollbackTo ? { rollbackTo } : {}),
        rules,
        approvals,
        ...(o.allowUnverifiedReviewers ? { allowUnverifiedReviewers: true } : {})
    };
    const checks = judgePromotion(facts);
    const allowed = promotionAllowed(checks, facts);
    const promotedAt = new Date(o.now).toISOString();
    let record = null;
    if (manifest && verified?.digest !== undefined && ref) {
        const decision = facts.bundle.decision;
        const previous = target.ok
            ? (target.head?.digest ?? null)
            : (target.records.at(-1)?.digest ?? null);
        record = sealRecord({
            contract: PROMOTION_CONTRACT,
            environment: o.environment,
            sequence: target.records.length + 1,
            kind: o.kind,
            ...(o.reason ? { reason: o.reason } : {}),
            ...(o.kind === 'rollback' && target.head ? { rollback_of: target.head.digest } : {}),
            bundle: {
                id: manifest.bundle_id,
                digest: verified.digest,
                subject: manifest.subject,
                created_at: manifest.created_at,
                decision: isDecision(decision) ? decision : 'no-go',
                artifact: ref.artifact,
                location: ref.location
            },
            source: o.kind === 'rollback' && rollbackTo
                ? { environment: o.environment, record: rollbackTo.digest }
                : source?.head && source.head.bundle.digest === verified.digest
                    ? { environment: source.environment, record: source.head.digest }
                    : null,
            reviewers: {
                required: env?.reviewers ?? 0,
                verified: rules.kind === 'read',
                named: rules.kind === 'read' ? rules.reviewers : [],
                prevent_self_review: rules.kind === 'read' ? rules.preventSelfReview : null
            },
            approvals: approvals.kind === 'read'
                ? approvals.approvals.map((a) => ({
                    ...a,
                    comment: a.comment.slice(0, MAX_COMMENT),
                    observed_at: promotedAt
                }))
                : [],
            run: o.run,
            promoted_at: promotedAt,
            previous
        }, o.signingKey);
    }
    let recorded = false;
    let where;
    let recordCheck;
    const invalid = record && allowed ? recordSchemaProblem(record) : undefined;
    if (!allowed || !record) {
        const failing = checks.filter((c) => c.status !== 'passed').map((c) => c.id);
        recordCheck = {
            id: PROMOTION_CHECKS.recorded,
            status: 'failed',
            message: `not recorded: ${failing.join(', ')} did not pass`
        };
        if (record) {
            try {
                await o.store.refuse(record, `refused: ${failing.join(', ')}`);
            }
            catch (e) {
                recordCheck.message += ` (the refusal could not be recorded either: ${(0,errors/* errorMessage */.gJ)(e)})`;
            }
        }
    }
    else if (invalid !== undefined) {
        recordCheck = {
            id: PROMOTION_CHECKS.recorded,
            status: 'failed',
            message: `not recorded: the record would be ${invalid}`
        };
    }
    else {
        const r = await o.store.append(record);
        if (r.ok) {
            recorded = true;
            where = r.where;
            recordCheck = {
                id: PROMOTION_CHECKS.recorded,
                status: 'passed',
                message: `recorded as ${o.environment} #${record.sequence} (${record.digest}) in ${r.where}`
            };
        }
        else {
            recordCheck = { id: PROMOTION_CHECKS.recorded, status: 'failed', message: r.message };
        }
    }
    const subject = manifest && contracts/* SHA_PATTERN */.yw.test(manifest.subject.sha)
        ? {
            repository: manifest.subject.repository || o.fallbackSubject.repository,
            sha: manifest.subject.sha,
            ...(manifest.subject.ref ? { ref: manifest.subject.ref } : {})
        }
        : o.fallbackSubject;
    const report = (0,core_report/* makeReport */.d)({
        control: `promotion-${o.environment}`,
        subject,
        generatedAt: promotedAt,
        generator: 'release-bundle',
        checks: [...checks, recordCheck],
        facts: {
            kind: o.kind,
            environment: o.environment,
            recorded,
            ...(where ? { where } : {}),
            store: o.store.describe,
            record
        }
    });
    return { report, record, recorded, ...(where ? { where } : {}), target };
}
/**
 * Verifies the bundle at `ref.path`. A path that is neither a folder nor a regular file (a FIFO,
 * a device) is refused before anything opens it, since reading a named pipe blocks forever.
 */
async function verifyRef(ref, signingKey) {
    const where = ref.location ?? ref.path;
    let st;
    try {
        st = await (0,promises_.stat)(ref.path);
    }
    catch (e) {
        return notABundle(`${where}: not found (${e.code ?? 'error'})`);
    }
    if (!st.isDirectory() && !st.isFile())
        return notABundle(`${where}: not a bundle folder or zip file (a FIFO or device?)`);
    return (0,bundle_verify.verifyBundle)(ref.path, {
        ...(signingKey !== undefined ? { signingKey } : {}),
        keep: [contracts/* SUMMARY_JSON */.qJ, bundle_manifest/* LINEAGE_FILE */.tE]
    });
}
function notABundle(message) {
    return { ok: false, problems: [{ message }], kept: new Map() };
}
/**
 * What the bundle's own lineage says is incomplete (a required job that failed, a missing
 * decision…). A bundle made without a lineage (the CLI's `bundle create`) has none to report.
 */
function lineageProblemsOf(v) {
    const bytes = v?.kept.get(bundle_manifest/* LINEAGE_FILE */.tE);
    if (!bytes)
        return [];
    try {
        const l = JSON.parse(bytes.toString('utf8'));
        if (l.problems === undefined)
            return [];
        if (!Array.isArray(l.problems))
            return [`${bundle_manifest/* LINEAGE_FILE */.tE}: 'problems' is not a list`];
        return l.problems.map((p) => typeof p === 'object' &&
            p !== null &&
            typeof p.message === 'string'
            ? p.message
            : JSON.stringify(p));
    }
    catch {
        return [`${bundle_manifest/* LINEAGE_FILE */.tE} is not JSON`];
    }
}
/** The gate's decision from the bundle's (verified) executive summary. */
function decisionOf(v) {
    const bytes = v?.kept.get(contracts/* SUMMARY_JSON */.qJ);
    if (!bytes)
        return null;
    try {
        const s = JSON.parse(bytes.toString('utf8'));
        return typeof s.decision === 'string' ? s.decision : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/cli/promote.ts














const OPTIONS = {
    environment: { type: 'string' },
    bundle: { type: 'string' },
    reason: { type: 'string' },
    state: { type: 'string', default: '.gonogo/state' },
    output: { type: 'string', default: 'gonogo-reports' },
    config: { type: 'string', default: '.github/gonogo.yml' },
    workspace: { type: 'string' },
    'effective-time': { type: 'string' },
    'signing-key-env': { type: 'string' },
    'allow-unverified-reviewers': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false }
};
function environmentOf(v) {
    if (!v)
        throw new errors/* ConfigurationError */.j1('--environment NAME is required');
    if (!ENVIRONMENT_NAME.test(v))
        throw new errors/* ConfigurationError */.j1(`--environment: '${v}' is not an environment name`);
    return v;
}
/** Resolves a workspace-relative path; nothing may leave the workspace, not through a link. */
async function inside(ws, p, what) {
    const abs = await ws.confine(p);
    if (abs === undefined)
        throw new errors/* ConfigurationError */.j1(`${what}: ${p} is outside the workspace ${ws.root}`);
    return abs;
}
/** Record text for a terminal: no control characters from an edited state file. */
function plain(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
/** `gonogo promote` and `gonogo rollback`: exit 0 recorded, 1 refused. */
async function promoteCommand(kind, args, io, signingKey) {
    const { values } = (0,external_node_util_.parseArgs)({ args, options: OPTIONS, strict: true });
    const environment = environmentOf(values.environment);
    const reason = values.reason?.trim() ?? '';
    if (reason.length > MAX_REASON)
        throw new errors/* ConfigurationError */.j1(`--reason is longer than ${MAX_REASON} characters`);
    if (kind === 'rollback' && !reason)
        throw new errors/* ConfigurationError */.j1('gonogo rollback needs --reason TEXT (it goes into the record)');
    if (kind === 'promotion' && !values.bundle)
        throw new errors/* ConfigurationError */.j1('gonogo promote needs --bundle PATH (a bundle folder or zip)');
    const ws = await workspace/* Workspace */.aR.open(external_node_path_default().resolve(io.cwd, values.workspace ?? '.'));
    const policy = await (0,policy_file/* loadPolicy */.tb)(ws, values.config);
    const key = signingKey(values['signing-key-env']);
    const now = values['effective-time'] !== undefined
        ? (0,time/* parseEffectiveTime */.cD)(values['effective-time'])
        : Date.now();
    const stateDir = await inside(ws, values.state, '--state');
    const store = new LocalStateStore(stateDir, ws.relative(stateDir) ?? values.state);
    const given = values.bundle;
    const refFor = async (p, what) => {
        const abs = await inside(ws, external_node_path_default().relative(ws.root, external_node_path_default().resolve(io.cwd, p)), what);
        return { path: abs, artifact: null, location: ws.relative(abs) ?? null };
    };
    const bundle = kind === 'promotion' && given
        ? await refFor(given, '--bundle')
        : (r) => {
            if (given)
                return refFor(given, '--bundle');
            if (!r.bundle.location)
                return Promise.reject(new errors/* ConfigurationError */.j1(`record ${r.sequence} does not say where bundle ${r.bundle.id} was: pass --bundle PATH`));
            return refFor(external_node_path_default().join(ws.root, r.bundle.location), `record ${r.sequence}'s bundle location`);
        };
    const sha = io.env.GITHUB_SHA ?? (await (0,git/* headSha */.x)(ws.root));
    const r = await runPromotion({
        kind,
        environment,
        ...(reason ? { reason } : {}),
        corridor: policy.environments,
        store,
        bundle,
        ...(key !== undefined ? { signingKey: key } : {}),
        rules: () => Promise.resolve({ kind: 'local' }),
        approvals: () => Promise.resolve({ kind: 'local' }),
        run: (0,bundle_manifest.runFromEnv)(io.env),
        now,
        fallbackSubject: {
            repository: io.env.GITHUB_REPOSITORY ?? '',
            sha: contracts/* SHA_PATTERN */.yw.test(sha) ? sha : '0'.repeat(40)
        },
        allowUnverifiedReviewers: values['allow-unverified-reviewers']
    });
    const outDir = await inside(ws, values.output, '--output');
    const name = `promotion-${environment}.json`;
    await (0,atomic_write/* writeAllOrNothing */.P)(outDir, [{ name, content: `${(0,canonical_json/* stableStringify */.J)(r.report)}\n` }]);
    const verb = kind === 'rollback' ? 'rollback' : 'promotion';
    io.out(`${verb} to ${environment}: ${r.recorded ? `recorded as #${r.record?.sequence ?? '?'} (${r.where ?? ''})` : 'refused'}\n`);
    if (given)
        io.out(`  bundle: ${given}\n`);
    for (const c of r.report.checks) {
        io.out(`  [${c.status}] ${c.id}: ${c.message}${c.remediation ? ` (${c.remediation})` : ''}\n`);
    }
    io.out(`  report: ${external_node_path_default().join(outDir, name)}\n`);
    return r.recorded ? 0 : 1;
}
/** `gonogo history`: the environment's records, and whether its chain is intact (exit 0) or not (1). */
async function historyCommand(args, io, signingKey) {
    const { values } = (0,external_node_util_.parseArgs)({ args, options: OPTIONS, strict: true });
    const environment = environmentOf(values.environment);
    const ws = await workspace/* Workspace */.aR.open(external_node_path_default().resolve(io.cwd, values.workspace ?? '.'));
    const stateDir = await inside(ws, values.state, '--state');
    const store = new LocalStateStore(stateDir, ws.relative(stateDir) ?? values.state);
    const chain = verifyChain(environment, await store.history(environment), signingKey(values['signing-key-env']));
    if (values.json) {
        io.out(`${(0,canonical_json/* stableStringify */.J)({
            environment,
            intact: chain.ok,
            ...(chain.broken ? { broken: chain.broken } : {}),
            records: chain.records
        })}\n`);
        return chain.ok ? 0 : 1;
    }
    io.out(`${environment}: ${chain.records.length} record(s), ${chain.ok ? 'chain intact' : 'chain BROKEN'}\n`);
    for (const rec of chain.records) {
        const approvals = rec.approvals.map((a) => `${a.user} ${a.state}`).join(', ');
        io.out(`${plain(`  #${rec.sequence} ${rec.promoted_at} ${rec.kind} ${rec.bundle.id} ${rec.bundle.decision} ${rec.digest}${rec.reason ? ` reason: ${rec.reason}` : ''}${approvals ? ` approvals: ${approvals}` : ''}`)}\n`);
    }
    if (chain.broken)
        io.out(`${plain(`  broken at ${chain.broken.where}: ${chain.broken.message}`)}\n`);
    else if (chain.head)
        io.out(`  current: bundle ${chain.head.bundle.id} (${chain.head.bundle.digest})\n`);
    return chain.ok ? 0 : 1;
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
