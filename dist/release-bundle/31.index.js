export const id = 31;
export const ids = [31];
export const modules = {

/***/ 36031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promoteStep: () => (/* binding */ promoteStep)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./src/io/action-output.ts
var action_output = __webpack_require__(46652);
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(60484);
// EXTERNAL MODULE: ./src/core/bundle-manifest.ts
var bundle_manifest = __webpack_require__(67985);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/time.ts
var time = __webpack_require__(22334);
;// CONCATENATED MODULE: ./src/core/policy.ts

/** Whether an environment takes bundles that run nowhere yet. */
function takesFresh(env) {
    return env.fresh ?? env.from === undefined;
}
/** Used when the file declares no profiles: nothing failed may pass. */
const DEFAULT_PROFILES = {
    strict: { max_high: 0, max_medium: 0 }
};
const DEFAULT_LIMITS = {
    max_report_bytes: 50 * 1024 * 1024,
    max_files_per_source: 20000
};
/** Resolves a control's source, defaulting to `<reports>/<id>.json` when none is declared. */
function sourceOf(control, reportsDir) {
    const s = control.source;
    if (!s)
        return { kind: 'report', pattern: `${reportsDir.replace(/\/+$/, '')}/${control.id}.json` };
    if ('junit' in s)
        return { kind: 'junit', pattern: s.junit };
    if ('sarif' in s)
        return { kind: 'sarif', pattern: s.sarif };
    if ('builtin' in s)
        return { kind: 'builtin', pattern: s.builtin };
    return { kind: 'report', pattern: s.report };
}
/** Names listed in one message at most; the rest are counted. */
const MAX_LISTED = 20;
/** `a, b, c` — at most {@link MAX_LISTED} names, then how many more. */
function listed(names) {
    const shown = names.slice(0, MAX_LISTED).join(', ');
    return names.length > MAX_LISTED ? `${shown} and ${names.length - MAX_LISTED} more` : shown;
}
/**
 * Cross-references the schema cannot express: unique ids, known profiles, waivers of real
 * controls, a corridor of environments without loops. Linear in the policy's size; each message
 * lists at most 20 names.
 */
function checkPolicyReferences(policy) {
    const problems = [];
    const seen = new Map();
    policy.controls.forEach((c, i) => {
        const first = seen.get(c.id);
        if (first !== undefined) {
            problems.push({
                path: ['controls', i, 'id'],
                message: `duplicate control id '${c.id}' (first declared at controls[${first}]); ids must be unique`
            });
        }
        else
            seen.set(c.id, i);
    });
    const profiles = Object.keys(policy.profiles ?? DEFAULT_PROFILES);
    const profileSet = new Set(profiles);
    (policy.select_profile ?? []).forEach((rule, i) => {
        if (!profileSet.has(rule.profile)) {
            problems.push({
                path: ['select_profile', i, 'profile'],
                message: `unknown profile '${rule.profile}'; declared profiles: ${listed(profiles)}`
            });
        }
    });
    let controlIds;
    (policy.waivers ?? []).forEach((w, i) => {
        if (!seen.has(w.control)) {
            controlIds ??= listed([...seen.keys()].sort());
            problems.push({
                path: ['waivers', i, 'control'],
                message: `waiver for unknown control '${w.control}'; declared controls: ${controlIds}`
            });
        }
        if (Number.isNaN(waiverExpiry(w.expires))) {
            problems.push({
                path: ['waivers', i, 'expires'],
                message: `'${w.expires}' is not a real date`
            });
        }
    });
    problems.push(...checkEnvironments(policy.environments ?? {}));
    return problems;
}
/**
 * Every `from` names a declared environment, no corridor loops, and every stop can be reached.
 * Each `from` chain is followed once: a stop already known to reach the start of the corridor (or
 * to end at an unknown name) is not walked again, so the cost is linear in the environments.
 */
function checkEnvironments(envs) {
    const problems = [];
    const names = Object.keys(envs);
    /** Stops whose chain is known to end without a loop (at a start, or at an unknown name). */
    const ends = new Set();
    for (const [name, env] of Object.entries(envs)) {
        if (env.from === undefined) {
            if (env.fresh === false) {
                problems.push({
                    path: ['environments', name, 'fresh'],
                    message: `environment '${name}' has no 'from' and takes no fresh bundle, so nothing can ever reach it`
                });
            }
            continue;
        }
        if (!Object.hasOwn(envs, env.from)) {
            problems.push({
                path: ['environments', name, 'from'],
                message: `unknown environment '${env.from}'; declared environments: ${names.join(', ')}`
            });
            continue;
        }
        const seen = [name];
        const onPath = new Set(seen);
        let at = env.from;
        let loops = false;
        while (at !== undefined && Object.hasOwn(envs, at) && !ends.has(at)) {
            if (onPath.has(at)) {
                const shown = [...seen, at];
                problems.push({
                    path: ['environments', name, 'from'],
                    message: `the corridor loops: ${shown.length > MAX_LISTED ? [...shown.slice(0, MAX_LISTED - 1), '…', at].join(' ← ') : shown.join(' ← ')}`
                });
                loops = true;
                break;
            }
            seen.push(at);
            onPath.add(at);
            at = envs[at]?.from;
        }
        if (!loops)
            for (const s of seen)
                ends.add(s);
    }
    return problems;
}
/**
 * The instant a waiver stops applying. A bare date is valid through the end of that day in UTC;
 * a date-time is exact. NaN for an impossible date such as 2026-02-30.
 */
function waiverExpiry(expires) {
    const t = (0,time/* parseRfc3339 */.TM)(expires);
    return expires.length === 10 ? t + time/* DAY_MS */.sO : t;
}

;// CONCATENATED MODULE: ./src/core/status.ts
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

// EXTERNAL MODULE: ./src/parsers/schema-errors.ts
var schema_errors = __webpack_require__(73525);
// EXTERNAL MODULE: ./src/generated/validators.js
var validators = __webpack_require__(46161);
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
    return d !== null && DECISIONS.includes(d);
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
    if (env.from === undefined || takesFresh(env)) {
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/github/branch-rules.ts
var branch_rules = __webpack_require__(56689);
// EXTERNAL MODULE: ./src/github/status.ts
var github_status = __webpack_require__(50957);
// EXTERNAL MODULE: ./src/github/answer.ts
var answer = __webpack_require__(1893);
;// CONCATENATED MODULE: ./src/github/artifact-download.ts






/** What is read of `GET …/actions/artifacts` (OpenAPI `artifact`). */
const ARTIFACTS_SHAPE = (0,answer/* obj */.WL)({
    artifacts: (0,answer/* list */.p_)((0,answer/* obj */.WL)({
        id: answer/* num */.bu,
        name: answer/* str */.gx,
        expired: answer/* bool */.lc,
        created_at: (0,answer/* nullable */.me)(answer/* str */.gx),
        workflow_run: (0,answer/* nullable */.me)((0,answer/* obj */.WL)({ repository_id: (0,answer/* optional */.lq)(answer/* num */.bu), head_repository_id: (0,answer/* optional */.lq)(answer/* num */.bu) }))
    }))
});
const UNLOCK = 'a token with "actions: read" (add `permissions: actions: read` to the job)';
/** Largest bundle zip downloaded. */
const MAX_ZIP_BYTES = 2 * 1024 * 1024 * 1024;
/** Made by a run of this repository's own branches: a fork's pull request cannot plant a bundle. */
function fromThisRepository(a) {
    const run = a.workflow_run;
    return (run !== null &&
        run !== undefined &&
        typeof run.repository_id === 'number' &&
        run.head_repository_id === run.repository_id);
}
/**
 * The newest unexpired workflow artifact with this exact name (`GET …/actions/artifacts?name=`),
 * from any run of the repository: the promotion job is usually not the run that made the bundle.
 */
async function findArtifact(gh, r, name) {
    let list;
    try {
        const route = 'GET /repos/{owner}/{repo}/actions/artifacts';
        const res = await gh.request(route, { owner: r.owner, repo: r.repo, name, per_page: 100 });
        list = (0,answer/* expectShape */.hG)(res.data, ARTIFACTS_SHAPE, route, 'a list of artifacts').artifacts;
    }
    catch (e) {
        const d = (0,branch_rules/* describeFailure */.Ic)(e, UNLOCK);
        throw new errors/* ConfigurationError */.j1(`cannot list the artifacts of ${r.owner}/${r.repo}: ${d.reason}; ${d.unlock}`);
    }
    const named = list.filter((a) => a.name === name);
    const own = named.filter(fromThisRepository);
    const live = own.filter((a) => !a.expired).sort((a, b) => b.id - a.id);
    const found = live[0];
    if (!found) {
        throw new errors/* ConfigurationError */.j1(own.length > 0
            ? `artifact ${name} has expired in ${r.owner}/${r.repo}: the bundle can no longer be promoted from GitHub (raise the artifact retention, or re-create the bundle)`
            : named.length > 0
                ? `artifact ${name} in ${r.owner}/${r.repo} was made by a run of a fork's branch: a promotion takes bundles from this repository's own runs only`
                : `no artifact named ${name} in ${r.owner}/${r.repo}: upload the bundle with action-release-bundle first (or set the input 'name' to the artifact's name)`);
    }
    return { name: found.name, id: found.id };
}
/** Downloads an artifact's zip (the API answers with a redirect to storage) into `dir`. */
async function downloadArtifact(gh, r, artifact, dir) {
    let bytes;
    try {
        const res = await gh.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', { owner: r.owner, repo: r.repo, artifact_id: artifact.id, archive_format: 'zip' });
        const data = res.data;
        if (!(data instanceof ArrayBuffer))
            throw new Error('the download is not binary data');
        if (data.byteLength > MAX_ZIP_BYTES)
            throw new Error(`larger than ${MAX_ZIP_BYTES} bytes`);
        bytes = Buffer.from(data);
    }
    catch (e) {
        if ((0,github_status/* statusOf */.c)(e) === 410)
            throw new errors/* ConfigurationError */.j1(`artifact ${artifact.name} (${artifact.id}) has expired: the bundle can no longer be downloaded`);
        const d = (0,branch_rules/* describeFailure */.Ic)(e, UNLOCK);
        throw new errors/* ConfigurationError */.j1(`cannot download artifact ${artifact.name} (${artifact.id}): ${d.reason}; ${d.unlock}`);
    }
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = external_node_path_default().join(dir, `artifact-${artifact.id}.zip`);
    await (0,promises_.writeFile)(file, bytes, { mode: 0o600 });
    return file;
}

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/github/paginate.ts
var paginate = __webpack_require__(71674);
;// CONCATENATED MODULE: ./src/core/map-limit.ts
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

;// CONCATENATED MODULE: ./src/github/deployment-store.ts






const DEPLOYMENTS_PERMISSION = 'deployments: write';
const deployment_store_UNLOCK = `a token with "${DEPLOYMENTS_PERMISSION}" (add \`permissions: deployments: write\` to the job)`;
/** GitHub keeps deployment and status descriptions to 140 characters. */
const MAX_DESCRIPTION = 140;
/** Status lookups in flight at once while reading a history. */
const CONCURRENCY = 6;
// Shapes read (OpenAPI `deployment`, `deployment-status`), restricted to the fields used.
const DEPLOYMENT_SHAPE = (0,answer/* obj */.WL)({ id: answer/* num */.bu, payload: answer/* any */.bz });
const STATUS_SHAPE = (0,answer/* obj */.WL)({ state: answer/* str */.gx });
const CREATED_SHAPE = (0,answer/* obj */.WL)({ id: answer/* num */.bu });
const STATUS_CREATED_SHAPE = (0,answer/* obj */.WL)({ id: answer/* num */.bu, state: answer/* str */.gx });
/** A state that ends a deployment without it having happened. */
const FAILED_STATES = new Set(['failure', 'error']);
function deployment_store_short(text) {
    return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}
function payloadOf(d) {
    if (typeof d.payload !== 'string')
        return d.payload;
    try {
        return JSON.parse(d.payload);
    }
    catch {
        return { unreadable: 'payload is not JSON' };
    }
}
function sequenceOf(d) {
    const p = payloadOf(d);
    if (p === null || typeof p !== 'object')
        return undefined;
    const n = p.sequence;
    return typeof n === 'number' ? n : undefined;
}
/**
 * Promotion records as GitHub deployments: one deployment per promotion (task `deploy:gonogo`,
 * the record as its payload) with statuses in_progress, then success or failure. The history of
 * an environment is its deployments that reached success, oldest first.
 *
 * Races: after creating its deployment (in_progress), a promotion lists the environment's
 * deployments again; if an earlier deployment claims the same record number and has not failed,
 * the earlier one wins and this one is marked failure, naming the winner. Deployment ids only
 * grow, so exactly one of racing promotions sees no earlier claimant.
 */
class DeploymentStore {
    gh;
    r;
    opts;
    describe;
    constructor(gh, r, opts = {}) {
        this.gh = gh;
        this.r = r;
        this.opts = opts;
        this.describe = `deployments of ${r.owner}/${r.repo}`;
    }
    async list(environment) {
        try {
            const all = await (0,paginate/* listAll */._)(this.gh, 'GET /repos/{owner}/{repo}/deployments', {
                owner: this.r.owner,
                repo: this.r.repo,
                task: PROMOTION_TASK,
                environment
            }, { item: DEPLOYMENT_SHAPE, what: 'a list of deployments' });
            return all.sort((a, b) => a.id - b.id);
        }
        catch (e) {
            throw this.failure(`cannot list the deployments of ${environment}`, e);
        }
    }
    async statuses(id) {
        try {
            const all = await (0,paginate/* listAll */._)(this.gh, 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { owner: this.r.owner, repo: this.r.repo, deployment_id: id }, { maxPages: 10, item: STATUS_SHAPE, what: 'a list of deployment statuses' });
            return all.map((s) => s.state);
        }
        catch (e) {
            throw this.failure(`cannot read the statuses of deployment ${id}`, e);
        }
    }
    failure(what, e) {
        const d = (0,branch_rules/* describeFailure */.Ic)(e, deployment_store_UNLOCK);
        return new errors/* ConfigurationError */.j1(`${what} in ${this.r.owner}/${this.r.repo}: ${d.reason}; ${d.unlock}`);
    }
    async history(environment) {
        const deployments = await this.list(environment);
        const states = await mapLimit(deployments, CONCURRENCY, (d) => this.statuses(d.id));
        return deployments
            .filter((_, i) => (states[i] ?? []).includes('success'))
            .map((d) => ({ where: `deployment ${d.id}`, record: payloadOf(d) }));
    }
    async create(record, description) {
        try {
            const res = await this.gh.request('POST /repos/{owner}/{repo}/deployments', {
                owner: this.r.owner,
                repo: this.r.repo,
                ref: record.bundle.subject.sha,
                task: PROMOTION_TASK,
                environment: record.environment,
                payload: record,
                description: deployment_store_short(description),
                auto_merge: false,
                // The gate already judged the commit; GitHub's commit-status check would only repeat it.
                required_contexts: [],
                transient_environment: false
            });
            if (res.status !== 201)
                throw new Error(`GitHub did not create the deployment (HTTP ${res.status})`);
            return (0,answer/* expectShape */.hG)(res.data, CREATED_SHAPE, 'POST /repos/{owner}/{repo}/deployments', 'a deployment').id;
        }
        catch (e) {
            throw this.failure(`cannot create a deployment for ${record.environment}`, e);
        }
    }
    async setStatus(id, state, description) {
        const route = 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses';
        try {
            const res = await this.gh.request(route, {
                owner: this.r.owner,
                repo: this.r.repo,
                deployment_id: id,
                state,
                description: deployment_store_short(description),
                ...(this.opts.logUrl ? { log_url: this.opts.logUrl } : {})
            });
            // Only an answer that is the new status confirms it (a redirect or an empty 200 does not).
            const created = (0,answer/* expectShape */.hG)(res.data, STATUS_CREATED_SHAPE, route, 'a deployment status');
            if (res.status !== 201 || created.state !== state)
                throw new Error(`GitHub did not record the ${state} status (HTTP ${res.status})`);
        }
        catch (e) {
            throw this.failure(`cannot set deployment ${id} to ${state}`, e);
        }
    }
    async append(record) {
        const label = `gonogo ${record.kind} #${record.sequence}: ${record.bundle.id}`;
        const id = await this.create(record, label);
        try {
            await this.setStatus(id, 'in_progress', `${label}: checking for a concurrent promotion`);
            const winner = await this.earlierClaimant(record, id);
            if (winner !== undefined) {
                const still = winner.finished
                    ? ''
                    : ` and is still in progress (if its run has died, set its status to failure: POST /repos/${this.r.owner}/${this.r.repo}/deployments/${winner.id}/statuses with state=failure)`;
                const message = `deployment ${winner.id} claimed ${record.environment} #${record.sequence} first${still}; this promotion (deployment ${id}) is not recorded: run it again to promote on top of it`;
                await this.setStatus(id, 'failure', `lost the race to deployment ${winner.id}`);
                return { ok: false, message };
            }
            await this.setStatus(id, 'success', label);
        }
        catch (e) {
            // Never leave a claim behind that would block every later promotion.
            await this.setStatus(id, 'failure', 'gonogo could not finish recording this promotion').catch(() => undefined);
            throw e;
        }
        return { ok: true, where: `deployment ${id}` };
    }
    /** An earlier deployment claiming the same record number (or a later one), not failed. */
    async earlierClaimant(record, mine) {
        for (const d of await this.list(record.environment)) {
            if (d.id >= mine)
                break;
            const n = sequenceOf(d);
            if (n === undefined || n < record.sequence)
                continue;
            const states = await this.statuses(d.id);
            if (!states.some((s) => FAILED_STATES.has(s)))
                return { id: d.id, finished: states.includes('success') };
        }
        return undefined;
    }
    async refuse(record, why) {
        const id = await this.create(record, `gonogo ${record.kind} refused: ${record.bundle.id}`);
        // Retried once: a refused deployment without a failure status would read as a claimant.
        await this.setStatus(id, 'failure', why).catch(() => this.setStatus(id, 'failure', why));
    }
}

;// CONCATENATED MODULE: ./src/github/environment-rules.ts



const ENVIRONMENTS_PERMISSION = 'actions: read';
const environment_rules_UNLOCK = `a token with "${ENVIRONMENTS_PERMISSION}" (add \`permissions: actions: read\` to the job)`;
// Shapes read (OpenAPI `environment`, `environment-approvals`), restricted to the fields used.
const ENVIRONMENT_SHAPE = (0,answer/* obj */.WL)({
    protection_rules: (0,answer/* optional */.lq)((0,answer/* list */.p_)((0,answer/* obj */.WL)({
        type: answer/* str */.gx,
        prevent_self_review: (0,answer/* optional */.lq)(answer/* bool */.lc),
        reviewers: (0,answer/* optional */.lq)((0,answer/* list */.p_)((0,answer/* obj */.WL)({
            type: (0,answer/* optional */.lq)(answer/* str */.gx),
            reviewer: (0,answer/* nullable */.me)((0,answer/* obj */.WL)({ login: (0,answer/* optional */.lq)(answer/* str */.gx), slug: (0,answer/* optional */.lq)(answer/* str */.gx), name: (0,answer/* optional */.lq)(answer/* str */.gx) }))
        })))
    })))
});
const APPROVALS_SHAPE = (0,answer/* list */.p_)((0,answer/* obj */.WL)({
    environments: (0,answer/* optional */.lq)((0,answer/* list */.p_)((0,answer/* obj */.WL)({ name: (0,answer/* optional */.lq)(answer/* str */.gx) }))),
    state: (0,answer/* optional */.lq)(answer/* str */.gx),
    user: (0,answer/* nullable */.me)((0,answer/* obj */.WL)({ login: (0,answer/* optional */.lq)(answer/* str */.gx) })),
    comment: (0,answer/* optional */.lq)(answer/* str */.gx)
}));
/** How a reviewer reads in records and messages: `user:alice`, `team:release-managers`. */
function reviewerName(r) {
    if (r.type === 'Team')
        return `team:${r.reviewer?.slug ?? r.reviewer?.name ?? '?'}`;
    return `user:${r.reviewer?.login ?? '?'}`;
}
/** The environment's protection rules (`GET /repos/{o}/{r}/environments/{name}`). */
async function readEnvironmentRules(gh, r, environment) {
    let data;
    try {
        const route = 'GET /repos/{owner}/{repo}/environments/{environment_name}';
        const res = await gh.request(route, {
            owner: r.owner,
            repo: r.repo,
            environment_name: environment
        });
        data = (0,answer/* expectShape */.hG)(res.data, ENVIRONMENT_SHAPE, route, 'an environment');
    }
    catch (e) {
        if ((0,github_status/* statusOf */.c)(e) === 404) {
            return {
                kind: 'absent',
                message: `environment ${environment} does not exist in ${r.owner}/${r.repo} (or this token cannot see it), so GitHub asks no reviewer before promoting`
            };
        }
        const d = (0,branch_rules/* describeFailure */.Ic)(e, environment_rules_UNLOCK);
        return {
            kind: 'unreadable',
            message: `cannot read environment ${environment}'s protection rules: ${d.reason}`,
            unlock: d.unlock
        };
    }
    const rules = Array.isArray(data.protection_rules) ? data.protection_rules : [];
    const reviewersRule = rules.find((x) => x.type === 'required_reviewers');
    return {
        kind: 'read',
        hasReviewersRule: reviewersRule !== undefined,
        reviewers: (reviewersRule?.reviewers ?? []).map(reviewerName).sort(),
        preventSelfReview: reviewersRule?.prevent_self_review === true
    };
}
/** This run's approvals of `environment` (`GET …/actions/runs/{run_id}/approvals`). */
async function readRunApprovals(gh, r, runId, environment) {
    if (runId === null) {
        return {
            kind: 'unreadable',
            message: 'no workflow run (GITHUB_RUN_ID) whose approvals could be read',
            unlock: 'promote from a GitHub Actions job that declares the environment'
        };
    }
    let list;
    try {
        const route = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals';
        const res = await gh.request(route, {
            owner: r.owner,
            repo: r.repo,
            run_id: Number(runId)
        });
        list = (0,answer/* expectShape */.hG)(res.data, APPROVALS_SHAPE, route, 'a list of approvals');
    }
    catch (e) {
        const d = (0,branch_rules/* describeFailure */.Ic)(e, environment_rules_UNLOCK);
        return {
            kind: 'unreadable',
            message: `cannot read this run's approvals: ${d.reason}`,
            unlock: d.unlock
        };
    }
    return {
        kind: 'read',
        approvals: list
            .filter((a) => (a.environments ?? []).some((e) => e.name === environment))
            .map((a) => ({
            user: a.user?.login ?? '?',
            state: a.state ?? 'unknown',
            comment: a.comment ?? ''
        }))
            .sort((a, b) => (a.user < b.user ? -1 : a.user > b.user ? 1 : 0))
    };
}

// EXTERNAL MODULE: ./src/github/runner-context.ts
var runner_context = __webpack_require__(72579);
// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __webpack_require__(58198);
;// CONCATENATED MODULE: ./src/io/atomic-write.ts



/**
 * Writes a set of files all or nothing: each goes to a temporary name first and is renamed into
 * place only when every one was written, so a failure never leaves half an output behind.
 *
 * Every registered secret (the token, a signing key: src/core/secrets.ts) is replaced by `***`
 * in the content before it is written. Without a secret in the text the bytes are exactly the
 * content given, so outputs stay deterministic, and anything hashing a written file (the bundle
 * manifest) hashes what is on disk.
 */
async function writeAllOrNothing(dir, files) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const staged = [];
    try {
        for (const f of files) {
            const final = external_node_path_default().join(dir, f.name);
            const tmp = external_node_path_default().join(dir, `.${f.name}.${process.pid}.tmp`);
            staged.push({ tmp, final });
            await (0,promises_.writeFile)(tmp, (0,secrets/* scrubSecrets */.Zg)(f.content), { encoding: 'utf8', mode: 0o644 });
        }
        for (const s of staged)
            await (0,promises_.rename)(s.tmp, s.final);
    }
    catch (e) {
        await Promise.all(staged.map((s) => (0,promises_.rm)(s.tmp, { force: true })));
        throw e;
    }
    return staged.map((s) => s.final);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/io/policy-file.ts




/** A policy file is read up to this size (characters of text; bytes when loaded). */
const MAX_POLICY_BYTES = 1024 * 1024;
const MAX_MESSAGES = 10;
/**
 * How deep collections may nest in a policy file. The deepest the schema goes is 6 levels
 * (`branches.<name>.required_checks[i].context`); the `yaml` library recurses per level and
 * overflows the stack at a few hundred, so depth is measured before the document is built.
 */
const MAX_POLICY_DEPTH = 32;
/** Entries one list or mapping of a policy file may hold (controls, waivers, profiles, …). */
const MAX_POLICY_ITEMS = 1000;
/** YAML nodes (collections, keys and values) a policy file may hold in all. */
const MAX_POLICY_NODES = 50_000;
/** Nodes YAML aliases may expand to (the `yaml` library's guard against "billion laughs"). */
const MAX_ALIAS_COUNT = 100;
/** Loads `.github/gonogo.yml`: YAML with positions, the schema, then cross-references. */
async function loadPolicy(ws, file) {
    const read = await ws.readText(file, MAX_POLICY_BYTES, 'for a policy file');
    if (!read.ok) {
        const hint = read.reason === 'missing' ? '; create it (see README "The policy file") or pass --config' : '';
        throw new errors/* ConfigurationError */.j1(`policy file ${read.message}${hint}`);
    }
    return parsePolicy(read.text, ws.relative(file) ?? file);
}
/**
 * Parses and validates policy text; every problem names file:line:column, the key, and what is
 * allowed. Any text yields a policy or a {@link ConfigurationError}, never another exception:
 * size ({@link MAX_POLICY_BYTES}), nesting ({@link MAX_POLICY_DEPTH}), entries per list or mapping
 * ({@link MAX_POLICY_ITEMS}) and nodes in all ({@link MAX_POLICY_NODES}) are measured on the YAML
 * syntax tree before the document is built; aliases may expand to {@link MAX_ALIAS_COUNT} nodes
 * and may not refer to a node that contains them (a circular structure); duplicate keys are YAML
 * errors; keys such as `__proto__` are data, refused by the schema where not allowed.
 *
 * @param text the file's text (decoded)
 * @param file the path named in messages
 * @throws ConfigurationError naming file:line:column and what to do
 */
function parsePolicy(text, file) {
    try {
        return parsePolicyText(text, file);
    }
    catch (e) {
        if (e instanceof errors/* ConfigurationError */.j1)
            throw e;
        // A reader never throws anything else: whatever escaped the YAML library or the schema.
        const why = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
        throw new errors/* ConfigurationError */.j1(`${file}: could not be read as a policy (${why.slice(0, 200)}); check that it is the YAML policy file described in README "The policy file"`);
    }
}
function parsePolicyText(text, file) {
    if (text.includes('\u0000')) {
        // UTF-16 read as UTF-8: every other character is NUL.
        const nuls = text.split('\u0000').length - 1;
        throw new errors/* ConfigurationError */.j1(nuls * 2 >= text.length * 0.8
            ? `${file}: saved as UTF-16; save it as UTF-8 (GitHub and gonogo read YAML as UTF-8)`
            : `${file}: binary data, not YAML`);
    }
    if (text.length > MAX_POLICY_BYTES)
        throw new errors/* ConfigurationError */.j1(`${file}: ${text.length} characters; a policy file may hold at most ${MAX_POLICY_BYTES}, so it is not read — is this the policy file?`);
    const lines = new dist/* LineCounter */.HN();
    const at = (offset) => {
        const p = lines.linePos(offset);
        return `${file}:${p.line}:${p.col}`;
    };
    const shape = measureYaml(text);
    if (shape) {
        const p = shape.lines.linePos(shape.offset);
        throw new errors/* ConfigurationError */.j1(`${file}:${p.line}:${p.col}: ${shape.message}`);
    }
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        throw new errors/* ConfigurationError */.j1(doc.errors
            .slice(0, MAX_MESSAGES)
            .map((e) => e.code === 'MULTIPLE_DOCS'
            ? `${at(e.pos[0])}: a second YAML document (after \`---\`); the policy is one document: remove the separator or the second part`
            : `${at(e.pos[0])}: YAML syntax: ${e.message.split('\n')[0] ?? ''}`)
            .join('\n'));
    }
    const circular = circularAlias(doc);
    if (circular !== undefined)
        throw new errors/* ConfigurationError */.j1(`${at(circular.offset)}: the alias *${circular.name} stands for a node that contains it (a circular structure); write the value out instead`);
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        throw new errors/* ConfigurationError */.j1(/alias count/i.test(why)
            ? `${file}: its aliases (*name) expand past the YAML reader's alias limit (maxAliasCount ${MAX_ALIAS_COUNT}), a resource-exhaustion pattern ("billion laughs"); write the values out or use fewer aliases`
            : `${file}: ${why.slice(0, 200)}`);
    }
    if (!(0,validators/* validatePolicy */.tE)(value)) {
        const messages = (validators/* validatePolicy */.tE.errors ?? [])
            .filter((e) => !isNoise(e))
            .map((e) => describe(e, doc, at));
        throw new errors/* ConfigurationError */.j1(uniqueSorted(messages).slice(0, MAX_MESSAGES).join('\n'));
    }
    const policy = value;
    const problems = checkPolicyReferences(policy);
    if (problems.length > 0) {
        throw new errors/* ConfigurationError */.j1(problems
            .map((p) => `${at(nodeAt(doc, p.path)?.range?.[0] ?? 0)}: ${keyPath(p.path)}: ${p.message}`)
            .join('\n'));
    }
    return policy;
}
/**
 * The first place the YAML syntax tree of `text` goes past {@link MAX_POLICY_DEPTH},
 * {@link MAX_POLICY_ITEMS} or {@link MAX_POLICY_NODES}, with the message; undefined if none.
 * The `yaml` library's lexer and parser are iterative; this walk is too.
 */
function measureYaml(text) {
    const flow = flowTooDeep(text);
    const lines = new dist/* LineCounter */.HN();
    if (flow) {
        lines.addNewLine(0);
        for (const m of text.matchAll(/\n/g))
            lines.addNewLine(m.index + 1);
        return { ...flow, lines };
    }
    const found = measureTokens(new dist/* Parser */.iX(lines.addNewLine).parse(text));
    return found && { ...found, lines };
}
/** The lexer's control tokens, which stand for no text of the file. */
const CONTROL_TOKENS = new Set(['\x02', '\x18', '\x1f']);
/**
 * Flow collections (`[`, `{`) nested past {@link MAX_POLICY_DEPTH}, found on the lexer's token
 * stream as it goes (a megabyte of `[` is refused at the 33rd, not after building its tree).
 */
function flowTooDeep(text) {
    let depth = 0;
    let offset = 0;
    for (const tok of new dist/* Lexer */.JG().lex(text)) {
        if (tok === '[' || tok === '{') {
            if (++depth > MAX_POLICY_DEPTH)
                return {
                    offset,
                    message: `lists and mappings nest more than ${MAX_POLICY_DEPTH} deep here; a policy file nests at most ${MAX_POLICY_DEPTH} levels — flatten it`
                };
        }
        else if (tok === ']' || tok === '}')
            depth = Math.max(0, depth - 1);
        if (!CONTROL_TOKENS.has(tok))
            offset += tok.length;
    }
    return undefined;
}
function measureTokens(tokens) {
    let nodes = 0;
    const stack = [];
    for (const token of tokens)
        stack.push({ token: token, depth: 0 });
    while (stack.length > 0) {
        const { token, depth } = stack.pop();
        const offset = token.offset ?? 0;
        if (++nodes > MAX_POLICY_NODES)
            return {
                offset,
                message: `the file holds more than ${MAX_POLICY_NODES} YAML values; a policy file may hold at most ${MAX_POLICY_NODES} — is this the policy file?`
            };
        if (token.type === 'document') {
            if (token.value)
                stack.push({ token: token.value, depth });
            continue;
        }
        const items = token.items;
        if (!Array.isArray(items))
            continue;
        if (depth + 1 > MAX_POLICY_DEPTH)
            return {
                offset,
                message: `lists and mappings nest more than ${MAX_POLICY_DEPTH} deep here; a policy file nests at most ${MAX_POLICY_DEPTH} levels — flatten it`
            };
        if (items.length > MAX_POLICY_ITEMS)
            return {
                offset,
                message: `this list or mapping holds ${items.length} entries; a policy file allows at most ${MAX_POLICY_ITEMS} per list or mapping — split or shorten it`
            };
        for (const item of items) {
            for (const part of [item.key, item.value]) {
                if (part && typeof part === 'object')
                    stack.push({ token: part, depth: depth + 1 });
            }
        }
    }
    return undefined;
}
/** An alias inside the very node its anchor names (`a: &x [*x]`), which would make a cycle. */
function circularAlias(doc) {
    let found;
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, alias) {
            const target = alias.resolve(doc);
            const r = target?.range;
            const a = alias.range?.[0];
            if (r && a !== undefined && a >= r[0] && a < r[2]) {
                found = { offset: a, name: alias.source };
                return dist/* visit */.YR.BREAK;
            }
            return undefined;
        }
    });
    return found;
}
/** `if`/`$ref` wrappers repeat what the real error says. */
function isNoise(e) {
    return e.keyword === 'if' || e.keyword === '$ref';
}
function uniqueSorted(messages) {
    const lineOf = (m) => Number(/:(\d+):\d+:/.exec(m)?.[1] ?? 0);
    return [...new Set(messages)].sort((a, b) => lineOf(a) - lineOf(b) || (a < b ? -1 : 1));
}
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function keyPath(p) {
    if (p.length === 0)
        return '(top level)';
    return p.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
function nodeAt(doc, p) {
    const n = p.length === 0 ? doc.contents : doc.getIn(p, true);
    return (0,dist/* isNode */.Ll)(n) ? n : undefined;
}
/** The key node of `key` in the map at `p` (to point at an unknown key itself). */
function keyNode(doc, p, key) {
    const map = nodeAt(doc, p);
    if (!(0,dist/* isMap */.jh)(map))
        return undefined;
    for (const item of map.items) {
        if ((0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && item.key.value === key)
            return item.key;
    }
    return undefined;
}
function describe(e, doc, at) {
    const p = pointerToPath(e.instancePath);
    const params = e.params;
    const parent = (e.parentSchema ?? {});
    const node = nodeAt(doc, p);
    const pos = (n) => at(n?.range?.[0] ?? node?.range?.[0] ?? 0);
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const allowed = Object.keys(parent.properties ?? {});
            return `${pos(keyNode(doc, p, key))}: ${keyPath([...p, key])}: unknown key '${key}'; allowed keys here: ${allowed.join(', ')}`;
        }
        case 'required':
            return `${pos(node)}: ${keyPath(p)}: missing required key '${String(params.missingProperty)}'`;
        case 'enum':
            return `${pos(node)}: ${keyPath(p)}: ${JSON.stringify(valueAt(doc, p))} is not allowed; allowed: ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'const':
            return `${pos(node)}: ${keyPath(p)}: must be ${JSON.stringify(params.allowedValue)}`;
        case 'type':
            return `${pos(node)}: ${keyPath(p)}: must be ${article(String(params.type))}, found ${typeName(valueAt(doc, p))}`;
        case 'pattern':
            return `${pos(node)}: ${keyPath(p)}: ${JSON.stringify(valueAt(doc, p))} does not match ${String(parent.description ?? params.pattern)}`;
        case 'maxProperties':
        case 'minProperties':
            return `${pos(node)}: ${keyPath(p)}: ${typeof parent.description === 'string' ? parent.description : (e.message ?? e.keyword)}`;
        default: {
            const hint = typeof parent.description === 'string' ? ` (${parent.description})` : '';
            return `${pos(node)}: ${keyPath(p)}: ${e.message ?? e.keyword}${hint}`;
        }
    }
}
function valueAt(doc, p) {
    const n = nodeAt(doc, p);
    return (0,dist/* isScalar */.jn)(n) ? n.value : n?.toJSON();
}
function typeName(v) {
    if (v === null || v === undefined)
        return 'nothing';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'number' && !Number.isFinite(v))
        return `a number too large to hold (${v})`;
    return `${typeof v} ${JSON.stringify(v)}`;
}
function article(t) {
    const names = {
        object: 'a mapping',
        array: 'a list',
        integer: 'an integer',
        string: 'a string',
        number: 'a number',
        boolean: 'true or false'
    };
    return names[t] ?? t;
}

// EXTERNAL MODULE: ./src/io/workspace.ts
var workspace = __webpack_require__(22645);
;// CONCATENATED MODULE: ./src/render/escape.ts
/**
 * Text from reports and policy files is untrusted (a pull request can change both). Everything
 * rendered into Markdown goes through here: HTML and Markdown syntax escaped, @mentions and
 * #references neutralised, line breaks flattened, lengths capped. Registered secrets
 * (core/secrets.ts) are replaced before anything else, so no escaped or cut form survives.
 */

const MD_SPECIAL = /[\\`*_{}[\]<>#!|~&]/g;
const ZWSP = '\u200b';
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
function escapeText(text, max = 300) {
    // Secrets first: escaping (`ghp_…` → `ghp\_…`) or capping would hide them from a later scrub.
    let s = capLength((0,secrets/* scrubSecrets */.Zg)(text).replace(CONTROL, ''), max);
    s = s.replace(/\r?\n|\r/g, ' ');
    // "@user" and "#123" would notify or cross-link: each is broken with a zero-width space.
    s = s.replace(MD_SPECIAL, (c) => c === '&'
        ? '&amp;'
        : c === '<'
            ? '&lt;'
            : c === '>'
                ? '&gt;'
                : c === '#'
                    ? `\\#${ZWSP}`
                    : `\\${c}`);
    s = s.replace(/@/g, `@${ZWSP}`);
    // Bare URLs and www. autolinks would render as links.
    s = s.replace(/:\/\//g, `:${ZWSP}//`).replace(/www\./gi, (w) => `${w.slice(0, 3)}${ZWSP}.`);
    return s;
}
/**
 * Inline code: backticks cannot break out, and `|` is escaped because GitHub splits table cells
 * on it even inside a code span. Length capped.
 */
function code(text, max = 120) {
    const s = capLength((0,secrets/* scrubSecrets */.Zg)(text).replace(/[\r\n]+/g, ' '), max).replace(/`/g, "'");
    return `\`${s.replace(/@/g, `@${ZWSP}`).replace(/\|/g, '\\|')}\``;
}
function capLength(text, max) {
    const chars = [...text];
    return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
/**
 * A link only when the target is a relative repository path or an https URL; anything else
 * (javascript:, data:, http:) is shown as text.
 */
function safeLink(label, target, blobBase) {
    const t = target.trim();
    if (/^https:\/\/[^\s<>()\\`"']+$/.test(t)) {
        const href = safeHref(t);
        if (href)
            return `[${escapeText(label, 80)}](${href})`;
    }
    if (blobBase &&
        /^(?![a-z][a-z0-9+.-]*:)(?!\/\/)[\w./-]+$/i.test(t) &&
        !t.split('/').includes('..')) {
        return `[${escapeText(label, 80)}](${blobBase}/${t
            .replace(/^\.?\//, '')
            .split('/')
            .map(encodeURIComponent)
            .join('/')})`;
    }
    return code(t, 120);
}
/** The URL as the WHATWG parser normalises it, with parentheses percent-encoded; never decoded. */
function safeHref(t) {
    try {
        const u = new URL(t);
        if (u.protocol !== 'https:' || u.username || u.password)
            return undefined;
        return u.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/render/promotion-markdown.ts

const ICON = { passed: '✅', failed: '❌', unverified: '🟡' };
/** Job summary of a promotion or rollback: the outcome, each check, and the record written. */
function renderPromotionMarkdown(o) {
    const r = o.record;
    const out = [
        `## gonogo ${o.kind} to ${code(o.environment, 80)}: ${o.recorded ? '✅ recorded' : '❌ refused'}`,
        ''
    ];
    if (r) {
        out.push(`Bundle ${code(r.bundle.id, 120)} · digest ${code(r.bundle.digest, 80)} · decision ${code(r.bundle.decision, 20)} · record #${r.sequence} ${code(r.digest, 80)}`, '');
    }
    out.push('| Check | Status | Detail |', '|---|---|---|');
    for (const c of o.report.checks) {
        out.push(`| ${code(c.id, 60)} | ${ICON[c.status] ?? ''} ${c.status} | ${escapeText(c.message, 400)}${c.remediation ? ` — ${escapeText(c.remediation, 300)}` : ''}${c.unlock ? ` — unlock: ${escapeText(c.unlock, 200)}` : ''} |`);
    }
    if (r && r.approvals.length > 0) {
        out.push('', 'Approvals (GitHub’s, as read):', '');
        for (const a of r.approvals)
            out.push(`- ${code(a.user, 60)} ${escapeText(a.state, 20)}${a.comment ? `: ${escapeText(a.comment, 200)}` : ''}`);
    }
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/core/contracts.ts
var contracts = __webpack_require__(63348);
;// CONCATENATED MODULE: ./src/core/report.ts


/**
 * A `gonogo.report/v1` report whose status is the worst of its checks. A report with no checks
 * proves nothing, so it is `unverified`.
 */
function makeReport(o) {
    const checks = [...o.checks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const s = worstStatus(checks.map((c) => c.status));
    const status = checks.length === 0
        ? 'unverified'
        : s === 'passed' || s === 'failed' || s === 'unverified'
            ? s
            : 'failed';
    const count = (st) => checks.filter((c) => c.status === st).length;
    return {
        contract: contracts/* REPORT_CONTRACT */._j,
        control: o.control,
        status,
        subject: o.subject,
        generated_at: o.generatedAt,
        generator: { name: `${contracts/* GENERATOR_NAME */.yM}/${o.generator}`, version: contracts/* GENERATOR_VERSION */.RO },
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

// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
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

// EXTERNAL MODULE: ./src/io/hash-file.ts
var hash_file = __webpack_require__(12145);
;// CONCATENATED MODULE: ./src/io/bundle-verify.ts










/** Largest file `keep` holds in memory. */
const MAX_KEPT_BYTES = 16 * 1024 * 1024;
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
const MAX_SIGNATURE_BYTES = 64 * 1024;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/**
 * Verifies a bundle folder or its zip (the downloaded artifact): the manifest against its schema,
 * every file's size and SHA-256, the digest, no file added or missing, no path that could escape
 * the bundle, no symbolic link (never followed), and the signature when a key is given.
 */
async function verifyBundle(target, opts = {}) {
    let isDir;
    try {
        isDir = (await (0,promises_.stat)(target)).isDirectory();
    }
    catch {
        return { ok: false, problems: [{ message: `${target}: not found` }], kept: new Map() };
    }
    let listing;
    try {
        listing = isDir ? await listFolder(target) : await listZip(target);
    }
    catch (e) {
        return {
            ok: false,
            problems: [
                { message: `${target}: not a bundle folder or a readable zip (${(0,errors/* errorMessage */.gJ)(e)})` }
            ],
            kept: new Map()
        };
    }
    try {
        return await judge(listing, opts.signingKey, new Set(opts.keep ?? []));
    }
    finally {
        listing.close();
    }
}
async function judge(listing, signingKey, keep) {
    const problems = [...listing.problems];
    const named = new Set(problems.map((p) => p.file).filter((f) => f !== undefined));
    const kept = new Map();
    const done = (digest, manifest) => ({
        ok: problems.length === 0,
        ...(digest !== undefined ? { digest } : {}),
        problems,
        ...(manifest !== undefined && problems.length === 0 ? { manifest } : {}),
        kept
    });
    const manifestText = await readSmall(listing, bundle_manifest/* MANIFEST_FILE */.h1, MAX_MANIFEST_BYTES, problems);
    if (manifestText === undefined)
        return done();
    // Depth bounded before parsing (json-error.ts): a manifest nests 3 levels.
    const parsed = parseBoundedJson(manifestText);
    if (!parsed.ok) {
        problems.push({ file: bundle_manifest/* MANIFEST_FILE */.h1, message: parsed.message });
        return done();
    }
    const doc = parsed.value;
    if (!(0,validators/* validateBundleManifest */.cS)(doc)) {
        for (const e of (validators/* validateBundleManifest */.cS.errors ?? []).slice(0, 20)) {
            // Bad file paths are reported below, each naming its file.
            if (e.keyword === 'pattern' && /^\/files\/\d+\/path$/.test(e.instancePath))
                continue;
            problems.push({ file: bundle_manifest/* MANIFEST_FILE */.h1, message: `schema: ${(0,schema_errors/* formatSchemaError */.t)(e)}` });
        }
    }
    if (!isRecord(doc))
        return done();
    // Every listed file: a safe path, once, present, with the bytes the manifest says.
    const listed = new Set();
    const entries = Array.isArray(doc.files) ? doc.files : [];
    let previous;
    let sorted = true;
    for (const entry of entries) {
        if (!isRecord(entry) || typeof entry.path !== 'string')
            continue;
        const p = entry.path;
        if (previous !== undefined && (0,bundle_manifest/* comparePaths */.cD)(previous, p) > 0)
            sorted = false;
        previous = p;
        const pathProblem = (0,bundle_manifest/* bundlePathProblem */.fR)(p);
        if (pathProblem !== undefined) {
            problems.push({
                file: p,
                message: `listed in the manifest with an unsafe path: ${pathProblem}`
            });
            continue;
        }
        if (bundle_manifest/* UNLISTED_FILES */.VP.includes(p)) {
            problems.push({ file: p, message: 'listed in the manifest, but describes the bundle itself' });
            continue;
        }
        if (listed.has(p)) {
            problems.push({ file: p, message: 'duplicate path: listed more than once in the manifest' });
            continue;
        }
        listed.add(p);
        const reader = listing.files.get(p);
        if (reader === undefined) {
            if (!named.has(p))
                problems.push({ file: p, message: 'missing: listed in the manifest but not in the bundle' });
            continue;
        }
        let got;
        try {
            // A small file of a folder is hashed synchronously (no promise to wait for).
            const hashed = reader.hash(keep.has(p) ? MAX_KEPT_BYTES : undefined);
            got = hashed instanceof Promise ? await hashed : hashed;
        }
        catch (e) {
            problems.push({ file: p, message: `cannot be read (${(0,errors/* errorMessage */.gJ)(e)})` });
            continue;
        }
        if (got.size !== entry.size || got.sha256 !== entry.sha256) {
            problems.push({
                file: p,
                message: `content changed: ${got.size} bytes with SHA-256 ${got.sha256}, the manifest says ${String(entry.size)} bytes with ${String(entry.sha256)}`
            });
        }
        else if (got.data !== undefined) {
            kept.set(p, got.data);
        }
    }
    if (!sorted)
        problems.push({ file: bundle_manifest/* MANIFEST_FILE */.h1, message: 'files are not sorted by path' });
    for (const p of [...listing.files.keys()].sort(bundle_manifest/* comparePaths */.cD)) {
        if (!listed.has(p) && !bundle_manifest/* UNLISTED_FILES */.VP.includes(p))
            problems.push({ file: p, message: 'added: present in the bundle but not in the manifest' });
    }
    let digest;
    try {
        digest = (0,bundle_manifest/* manifestDigest */.It)(doc);
    }
    catch (e) {
        problems.push({ file: bundle_manifest/* MANIFEST_FILE */.h1, message: `cannot be canonicalized (${(0,errors/* errorMessage */.gJ)(e)})` });
        return done();
    }
    if (doc.digest !== digest) {
        problems.push({
            file: bundle_manifest/* MANIFEST_FILE */.h1,
            message: `digest ${String(doc.digest)} does not match the manifest's content (${digest}): the manifest or its digest was edited`
        });
    }
    if (signingKey !== undefined)
        await checkSignature(listing, signingKey, digest, problems);
    return done(digest, doc);
}
async function checkSignature(listing, key, digest, problems) {
    if (!listing.files.has(bundle_manifest/* SIGNATURE_FILE */.I9)) {
        problems.push({ file: bundle_manifest/* SIGNATURE_FILE */.I9, message: 'missing, but a signing key was given' });
        return;
    }
    const text = await readSmall(listing, bundle_manifest/* SIGNATURE_FILE */.I9, MAX_SIGNATURE_BYTES, problems);
    if (text === undefined)
        return;
    let sig;
    try {
        sig = JSON.parse(text);
    }
    catch (e) {
        problems.push({ file: bundle_manifest/* SIGNATURE_FILE */.I9, message: `not valid JSON (${(0,errors/* errorMessage */.gJ)(e)})` });
        return;
    }
    if (!isRecord(sig) ||
        sig.algorithm !== bundle_manifest/* SIGNATURE_ALGORITHM */.fM ||
        typeof sig.signature !== 'string' ||
        !/^[0-9a-f]{64}$/.test(sig.signature)) {
        problems.push({
            file: bundle_manifest/* SIGNATURE_FILE */.I9,
            message: `not a ${bundle_manifest/* SIGNATURE_ALGORITHM */.fM} signature ({"algorithm", "digest", "signature": 64 hex})`
        });
        return;
    }
    if (sig.digest !== digest)
        problems.push({
            file: bundle_manifest/* SIGNATURE_FILE */.I9,
            message: `signs digest ${String(sig.digest)}, not this manifest's ${digest}`
        });
    const want = Buffer.from((0,bundle_manifest/* signDigest */._i)(key, digest), 'hex');
    const got = Buffer.from(sig.signature, 'hex');
    if (got.length !== want.length || !(0,external_node_crypto_.timingSafeEqual)(got, want))
        problems.push({
            file: bundle_manifest/* SIGNATURE_FILE */.I9,
            message: 'signature does not match: wrong key, or the bundle was changed after signing'
        });
}
/** Size and SHA-256 of a zip entry's stream; its bytes too when at most `keepUpTo`. */
async function hashZipEntry(stream, keepUpTo) {
    if (keepUpTo === undefined)
        return (0,hash_file/* hashStream */.LH)(stream);
    const chunks = [];
    const got = await (0,hash_file/* hashStream */.LH)(collect(stream, chunks, keepUpTo));
    return got.size <= keepUpTo ? { ...got, data: Buffer.concat(chunks) } : got;
}
/** Passes a stream through, keeping its chunks while they total at most `max` bytes. */
async function* collect(stream, chunks, max) {
    let size = 0;
    for await (const chunk of stream) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
        size += buf.length;
        if (size <= max)
            chunks.push(buf);
        else
            chunks.length = 0;
        yield buf;
    }
}
/** A small file of the bundle as text; a problem (naming it) when absent or too large. */
async function readSmall(listing, file, max, problems) {
    const reader = listing.files.get(file);
    if (reader === undefined) {
        if (!problems.some((p) => p.file === file))
            problems.push({ file, message: 'missing: this is not a bundle' });
        return undefined;
    }
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of await reader.stream()) {
            const buf = Buffer.from(chunk);
            size += buf.length;
            if (size > max) {
                problems.push({ file, message: `larger than ${max} bytes` });
                return undefined;
            }
            chunks.push(buf);
        }
    }
    catch (e) {
        problems.push({ file, message: `cannot be read (${(0,errors/* errorMessage */.gJ)(e)})` });
        return undefined;
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** Lists a folder without following any symbolic link: a link is a problem, never a file. */
async function listFolder(root) {
    const files = new Map();
    const problems = [];
    const base = external_node_path_default().resolve(root);
    const walk = async (rel) => {
        const entries = await (0,promises_.readdir)(external_node_path_default().join(root, ...rel.split('/').filter(Boolean)), {
            withFileTypes: true
        });
        entries.sort((a, b) => (0,bundle_manifest/* comparePaths */.cD)(a.name, b.name));
        for (const e of entries) {
            const p = rel === '' ? e.name : `${rel}/${e.name}`;
            const pathProblem = (0,bundle_manifest/* bundlePathProblem */.fR)(p);
            if (pathProblem !== undefined) {
                problems.push({ file: p, message: `unsafe file name: ${pathProblem}` });
            }
            else if (e.isSymbolicLink()) {
                problems.push({
                    file: p,
                    message: 'symbolic link: a bundle holds only regular files (links are never followed)'
                });
            }
            else if (e.isDirectory()) {
                await walk(p);
            }
            else if (e.isFile()) {
                const abs = (external_node_path_default()).sep === '/' ? `${base}/${p}` : external_node_path_default().join(base, ...p.split('/'));
                // Opened without following a link and checked by fstat on the descriptor it reads
                // (hash-file.ts): a link or FIFO swapped in after this listing is refused, not read.
                files.set(p, {
                    stream: async () => (await (0,promises_.open)(abs, hash_file/* READ_NOFOLLOW */.sb)).createReadStream({ highWaterMark: 1024 * 1024 }),
                    hash: (keepUpTo) => (0,hash_file/* hashRegularFile */.vF)(abs, keepUpTo)
                });
            }
            else {
                problems.push({ file: p, message: 'not a regular file' });
            }
        }
    };
    await walk('');
    return { files, problems, close: () => undefined };
}
/**
 * Lists a zip from its central directory. Every entry name is checked before anything else is done
 * with it (absolute, drive letter, backslash, `..`: zip-slip), link entries are refused, and files
 * are hashed from the archive's streams: nothing is extracted.
 */
async function listZip(file) {
    const zip = await yauzl.openPromise(file, {
        lazyEntries: true,
        autoClose: false,
        decodeStrings: false,
        validateEntrySizes: true
    });
    const files = new Map();
    const problems = [];
    const seen = new Set();
    try {
        await new Promise((resolve, reject) => {
            zip.on('error', reject);
            zip.on('end', () => resolve());
            zip.on('entry', (entry) => {
                const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
                const isDir = name.endsWith('/');
                const p = isDir ? name.slice(0, -1) : name;
                const pathProblem = (0,bundle_manifest/* bundlePathProblem */.fR)(p);
                const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
                if (pathProblem !== undefined) {
                    problems.push({ file: name, message: `unsafe zip entry name (zip-slip): ${pathProblem}` });
                }
                else if (mode === S_IFLNK) {
                    problems.push({
                        file: p,
                        message: 'symbolic link entry: a bundle holds only regular files'
                    });
                }
                else if (seen.has(p)) {
                    problems.push({
                        file: p,
                        message: 'duplicate path: the zip holds this entry more than once'
                    });
                    files.delete(p);
                }
                else if (!isDir) {
                    seen.add(p);
                    if (entry.isEncrypted())
                        problems.push({ file: p, message: 'encrypted zip entry' });
                    else {
                        const stream = () => zip.openReadStreamPromise(entry);
                        files.set(p, {
                            stream,
                            hash: async (keepUpTo) => hashZipEntry(await stream(), keepUpTo)
                        });
                    }
                }
                else {
                    seen.add(p);
                }
                zip.readEntry();
            });
            zip.readEntry();
        });
    }
    catch (e) {
        zip.close();
        throw e;
    }
    return { files, problems, close: () => zip.close() };
}
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}

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
    const report = makeReport({
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
    return verifyBundle(ref.path, {
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

;// CONCATENATED MODULE: ./src/release-bundle/promote-step.ts


















/** mode: promote | rollback — through GitHub deployments, environments and run approvals. */
async function promoteStep(mode) {
    const ctx = (0,runner_context/* readRunnerContext */.g)();
    const environment = core/* getInput */.V4('environment').trim();
    if (!ENVIRONMENT_NAME.test(environment))
        throw new errors/* ConfigurationError */.j1(environment
            ? `Input 'environment': '${environment}' is not an environment name`
            : `Input 'environment' is required for mode: ${mode}`);
    const reason = core/* getInput */.V4('reason').trim();
    if (reason.length > MAX_REASON)
        throw new errors/* ConfigurationError */.j1(`Input 'reason' is longer than ${MAX_REASON} characters`);
    if (mode === 'rollback' && !reason)
        throw new errors/* ConfigurationError */.j1("Input 'reason' is required for mode: rollback (it goes into the record)");
    const token = core/* getInput */.V4('token');
    (0,action_output/* addSecret */.Ck)(token);
    if (!token || !ctx.owner)
        throw new errors/* ConfigurationError */.j1('promotion records are GitHub deployments: it needs GITHUB_REPOSITORY and a token (input token)');
    const signingKey = core/* getInput */.V4('signing-key');
    (0,action_output/* addSecret */.Ck)(signingKey);
    const effective = core/* getInput */.V4('effective-time');
    const now = effective ? (0,time/* parseEffectiveTime */.cD)(effective) : Date.now();
    const ws = await workspace/* Workspace */.aR.open(ctx.workspace);
    const policy = await loadPolicy(ws, core/* getInput */.V4('config') || '.github/gonogo.yml');
    const gh = (0,client.createClient)(token, { baseUrl: ctx.apiUrl, log: (m) => (0,action_output/* warning */.$e)(m) });
    const repo = { owner: ctx.owner, repo: ctx.repo };
    const run = (0,bundle_manifest/* runFromEnv */.xc)(process.env);
    const downloads = external_node_path_default().join(process.env.RUNNER_TEMP ?? ctx.workspace, 'gonogo-promote');
    const fromArtifact = async (name, id) => {
        const artifact = id !== undefined ? { name, id } : await findArtifact(gh, repo, name);
        return {
            path: await downloadArtifact(gh, repo, artifact, downloads),
            artifact,
            location: null
        };
    };
    const bundleInput = core/* getInput */.V4('bundle').trim();
    const bundleId = core/* getInput */.V4('bundle-id').trim();
    let bundle;
    if (mode === 'rollback') {
        bundle = (r) => r.bundle.artifact
            ? fromArtifact(r.bundle.artifact.name, r.bundle.artifact.id)
            : fromArtifact(`gonogo-bundle-${r.bundle.id}`);
    }
    else if (bundleInput) {
        const resolved = await ws.confine(bundleInput);
        if (resolved === undefined)
            throw new errors/* ConfigurationError */.j1(`Input 'bundle': ${bundleInput} is outside the workspace`);
        bundle = { path: resolved, artifact: null, location: bundleInput };
    }
    else if (bundleId) {
        bundle = await fromArtifact(core/* getInput */.V4('name') || `gonogo-bundle-${bundleId}`);
    }
    else {
        throw new errors/* ConfigurationError */.j1("mode: promote needs 'bundle-id' (the artifact action-release-bundle uploaded) or 'bundle' (a folder or zip in the workspace)");
    }
    const r = await runPromotion({
        kind: mode === 'rollback' ? 'rollback' : 'promotion',
        environment,
        ...(reason ? { reason } : {}),
        corridor: policy.environments,
        store: new DeploymentStore(gh, repo, { logUrl: run.url }),
        bundle,
        ...(signingKey ? { signingKey } : {}),
        rules: () => readEnvironmentRules(gh, repo, environment),
        approvals: () => readRunApprovals(gh, repo, run.id, environment),
        run,
        now,
        fallbackSubject: {
            repository: ctx.repository,
            sha: ctx.sha,
            ...(ctx.ref ? { ref: ctx.ref } : {})
        },
        ...(bundleId && mode === 'promote' ? { expectBundleId: bundleId } : {})
    });
    const reportsDir = core/* getInput */.V4('reports') || 'gonogo-reports';
    const dir = await ws.confine(reportsDir);
    if (dir === undefined)
        throw new errors/* ConfigurationError */.j1(`Input 'reports': ${reportsDir} is outside the workspace`);
    const name = `promotion-${environment}.json`;
    await writeAllOrNothing(dir, [{ name, content: `${(0,canonical_json/* stableStringify */.J)(r.report)}\n` }]);
    (0,action_output/* setOutput */.uH)('report', external_node_path_default().join(dir, name));
    (0,action_output/* setOutput */.uH)('recorded', String(r.recorded));
    if (r.record && r.recorded) {
        (0,action_output/* setOutput */.uH)('bundle-id', r.record.bundle.id);
        (0,action_output/* setOutput */.uH)('digest', r.record.bundle.digest);
        (0,action_output/* setOutput */.uH)('record-digest', r.record.digest);
    }
    if (r.where)
        (0,action_output/* setOutput */.uH)('deployment-id', r.where.replace(/^deployment /, ''));
    await (0,action_output/* writeSummary */.Sy)(renderPromotionMarkdown({
        report: r.report,
        record: r.record,
        recorded: r.recorded,
        kind: r.record?.kind ?? (mode === 'rollback' ? 'rollback' : 'promotion'),
        environment
    }));
    if (!r.recorded) {
        const failed = r.report.checks.filter((c) => c.status !== 'passed');
        (0,action_output/* setFailed */.C1)(`gonogo ${mode} to ${environment} refused: ${failed.map((c) => `${c.id}: ${c.message}`).join('; ')}`);
    }
    else {
        (0,action_output/* info */.pq)(`gonogo ${mode}: ${environment} #${r.record?.sequence ?? '?'} recorded in ${r.where ?? '?'}`);
    }
}


/***/ })

};
