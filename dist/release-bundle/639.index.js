export const id = 639;
export const ids = [639];
export const modules = {

/***/ 91674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T5: () => (/* binding */ gradeClaims),
/* harmony export */   aT: () => (/* binding */ controlNote)
/* harmony export */ });
/* unused harmony exports BLOCKER_CLASSES, CLAIM_GRADES, CLAIM_LEVELS, BUILTIN_CLASS, countsAs */
/** The fixed list of blocker classes, in the order a claim's class is chosen. */
const BLOCKER_CLASSES = [
    'release-corridor',
    'rollback',
    'provenance',
    'runbook-ownership',
    'determinism',
    'unresolved-tier-0'
];
const CLAIM_GRADES = (/* unused pure expression or super */ null && (['proven', 'partial', 'not-proven']));
const CLAIM_LEVELS = (/* unused pure expression or super */ null && (['L0', 'L1', 'L2', 'L3', 'L4']));
/** The class of a failing control by the built-in check behind it. */
const BUILTIN_CLASS = {
    'policy-bundle': 'release-corridor',
    'policy-freshness': 'release-corridor',
    'workflow-lint': 'release-corridor',
    'ci-trend': 'release-corridor',
    'provenance-coverage': 'provenance',
    'replay-determinism': 'determinism',
    'rollback-drill': 'rollback',
    incidents: 'release-corridor'
};
/** Built-ins whose pass is a rehearsal within its window (level L4). */
const REHEARSALS = new Set([
    'rollback-drill',
    'replay-determinism'
]);
const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const GRADE_RANK = {
    'not-proven': 0,
    partial: 1,
    proven: 2
};
/** How one control result counts for a claim (see the module comment). */
function countsAs(r) {
    if (!r)
        return 'fails';
    if (r.outcome === 'passed' || r.outcome === 'accepted-unverified')
        return 'proves';
    if (r.outcome === 'conditional' || r.outcome === 'waived' || r.status === 'unverified')
        return 'weak';
    return 'fails';
}
/**
 * Why a control keeps its claim from proven, in a few words for the blocker reason and the
 * Markdown matrix: `waived`, `conditional go`, `unverified`, its status (`failed`, `missing`,
 * `invalid`, `stale`), with `no owner/runbook` added when it lacks either under
 * `require_ownership`; null for a control that proves and is owned.
 */
function controlNote(c) {
    const why = c.counts === 'proves'
        ? null
        : c.outcome === 'waived'
            ? 'waived'
            : c.outcome === 'conditional'
                ? 'conditional go'
                : c.status;
    const notes = [why, c.unowned ? 'no owner/runbook' : null].filter((n) => n !== null);
    return notes.length > 0 ? notes.join(', ') : null;
}
/** The class of one failing control (see the module comment). */
function classOf(c, r) {
    if (c.counts === 'proves' && c.unowned)
        return 'runbook-ownership';
    if (r?.evidence.kind === 'builtin' && Object.hasOwn(BUILTIN_CLASS, r.evidence.pattern))
        return BUILTIN_CLASS[r.evidence.pattern];
    if (c.id === 'branch-protection' || c.id === 'required-checks' || c.id.startsWith('promotion-'))
        return 'release-corridor';
    return 'unresolved-tier-0';
}
/**
 * Grades every claim from the control results of one gate decision.
 *
 * @param claims `claims` of the policy (already checked: unique ids, declared controls)
 * @param controls `ExecutiveSummary.controls` of `decide` (core/decision.ts)
 * @returns the claims by tier then id, and the controls no claim names
 */
function gradeClaims(claims, controls) {
    const results = new Map(controls.map((r) => [r.id, r]));
    const named = new Set(claims.flatMap((c) => c.controls));
    const graded = claims.map((claim) => gradeOne(claim, results));
    graded.sort((a, b) => a.tier - b.tier || byString(a.id, b.id));
    return {
        claims: graded,
        unclaimed_controls: controls
            .map((r) => r.id)
            .filter((id) => !named.has(id))
            .sort(byString)
    };
}
function gradeOne(claim, results) {
    const ownership = claim.require_ownership === true;
    const controls = claim.controls.map((id) => {
        const r = results.get(id);
        return {
            id,
            status: r?.status ?? 'missing',
            outcome: r?.outcome ?? null,
            counts: countsAs(r),
            unowned: ownership && (!r?.owner || !r.runbook)
        };
    });
    const proves = controls.filter((c) => c.counts === 'proves').length;
    let grade = controls.length === 0 || controls.some((c) => c.counts === 'fails') || proves === 0
        ? 'not-proven'
        : proves === controls.length
            ? 'proven'
            : 'partial';
    if (controls.some((c) => c.unowned) && GRADE_RANK[grade] > GRADE_RANK.partial)
        grade = 'partial';
    const rehearsed = controls.some((c) => {
        const r = results.get(c.id);
        return (r?.outcome === 'passed' && r.evidence.kind === 'builtin' && REHEARSALS.has(r.evidence.pattern));
    });
    const level = grade === 'proven'
        ? rehearsed
            ? 'L4'
            : 'L3'
        : grade === 'partial'
            ? 'L2'
            : proves > 0
                ? 'L1'
                : 'L0';
    const failingControls = controls.filter((c) => c.counts !== 'proves' || c.unowned);
    const blocker = claim.tier === 0 && grade !== 'proven';
    let blockerClass = null;
    if (blocker) {
        if (claim.class !== undefined)
            blockerClass = claim.class;
        else {
            const found = new Set(failingControls.map((c) => classOf(c, results.get(c.id))));
            blockerClass = BLOCKER_CLASSES.find((k) => found.has(k)) ?? 'unresolved-tier-0';
        }
    }
    return {
        id: claim.id,
        title: claim.title,
        tier: claim.tier,
        grade,
        level,
        controls,
        failing: failingControls.map((c) => c.id),
        blocker,
        blocker_class: blockerClass
    };
}


/***/ }),

/***/ 5125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide)
/* harmony export */ });
/* unused harmony exports WAIVER_WARNING_DAYS, compareBlockers, decisionOf */
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60484);
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(63348);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22334);
/* harmony import */ var _visible_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59505);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75329);
/* harmony import */ var _claims_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91674);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85009);







const WAIVER_WARNING_DAYS = 7;
const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const SEVERITY_RANK = { high: 0, medium: 1, low: 2 };
/** The order of `ExecutiveSummary.blockers`: severity (high first), control, kind, reason. */
function compareBlockers(a, b) {
    return (SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        byString(a.control, b.control) ||
        byString(a.kind, b.kind) ||
        byString(a.reason, b.reason));
}
/**
 * The decision from the blockers and the profile: no-go when `forceNoGo` (an unproven Tier 0
 * claim, the incident freeze) or past the profile's `max_high`/`max_medium`; conditional-go with
 * any blocker; go otherwise. Also the high/medium/low counts it was derived from.
 */
function decisionOf(blockers, profile, forceNoGo) {
    const count = (s) => blockers.filter((b) => b.severity === s).length;
    const high = count('high');
    const medium = count('medium');
    const low = count('low');
    const decision = forceNoGo || high > profile.max_high || medium > profile.max_medium
        ? 'no-go'
        : high + medium + low > 0
            ? 'conditional-go'
            : 'go';
    return { decision, high, medium, low };
}
function lower(s) {
    return s === 'high' ? 'medium' : 'low';
}
function waiverView(w, state) {
    return {
        owner: w.owner,
        reason: w.reason,
        mitigation: w.mitigation ?? null,
        link: w.link ?? null,
        expires: w.expires,
        state
    };
}
function waiverState(w, now) {
    const end = (0,_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .waiverExpiry */ .GH)(w.expires);
    if (!(now < end))
        return 'expired';
    return end - now <= WAIVER_WARNING_DAYS * _time_js__WEBPACK_IMPORTED_MODULE_1__/* .DAY_MS */ .sO ? 'expiring' : 'active';
}
function missingEvidence(control, pattern) {
    return {
        status: 'missing',
        message: `no evidence was gathered for control '${control.id}'`,
        kind: 'report',
        pattern,
        files: [],
        findings: [],
        findingsOmitted: 0,
        summary: {}
    };
}
/** Controls named in an `unproven-claim` reason; the rest are counted (all: `claims`). */
const REASON_CONTROLS = 20;
/**
 * The reason of a Tier 0 claim's blocker: its title, grade and level, and each control keeping
 * it from proven with why (`controlNote`, core/claims.ts), the first {@link REASON_CONTROLS}.
 */
function unprovenReason(g) {
    const why = [];
    for (const c of g.controls) {
        const note = (0,_claims_js__WEBPACK_IMPORTED_MODULE_4__/* .controlNote */ .aT)(c);
        if (note !== null)
            why.push(`${c.id} (${note})`);
    }
    const listed = why.length === 0
        ? 'no control proves it'
        : `not proven by ${why.slice(0, REASON_CONTROLS).join(', ')}${why.length > REASON_CONTROLS ? `, … and ${why.length - REASON_CONTROLS} more (claims in executive-summary.json)` : ''}`;
    return `Tier 0 claim '${(0,_visible_text_js__WEBPACK_IMPORTED_MODULE_2__/* .visibleLine */ .P8)(g.title)}' is ${g.grade} (${g.level}): ${listed}; a Tier 0 claim not proven is no-go whatever the profile allows`;
}
/**
 * The gate decision: a pure function of its input. The output is sorted throughout, so it does
 * not depend on the order of controls, waivers or files. With `claims`, each is graded
 * (core/claims.ts) and a Tier 0 claim not proven is a high `unproven-claim` blocker that makes
 * the decision no-go whatever the profile's `max_high` (issue 17).
 */
function decide(input) {
    const now = input.effectiveTime;
    const controls = [...input.controls].sort((a, b) => byString(a.id, b.id));
    const evidenceOf = (c) => input.evidence.get(c.id) ?? missingEvidence(c, '');
    // unverified is acceptable only with allow_unverified, its evidence present, and nothing else failing.
    // A source may itself refuse acceptance (the Playbook's §2.4 for the older scripts' reports).
    const acceptableUnverified = (c) => c.allow_unverified !== undefined &&
        input.unverifiedEvidence.get(c.id) === true &&
        evidenceOf(c).refuseUnverified === undefined;
    // An expired waiver is itself a high blocker, so its control counts as failing too.
    const expiredWaiverIds = new Set(input.waivers.filter((w) => waiverState(w, now) === 'expired').map((w) => w.control));
    const failingIds = new Set(controls
        .filter((c) => {
        const s = evidenceOf(c).status;
        return ((0,_status_js__WEBPACK_IMPORTED_MODULE_5__/* .isFailing */ .DI)(s) ||
            (s === 'unverified' && !acceptableUnverified(c)) ||
            expiredWaiverIds.has(c.id));
    })
        .map((c) => c.id));
    const waiversByControl = new Map();
    // Ordered by expiry, so the live waiver applied is the one that lasts longest.
    for (const w of [...input.waivers].sort((a, b) => byString(a.control, b.control) ||
        (0,_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .waiverExpiry */ .GH)(a.expires) - (0,_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .waiverExpiry */ .GH)(b.expires) ||
        byString(a.owner, b.owner) ||
        byString(a.reason, b.reason) ||
        byString((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .stableStringify */ .J)(a), (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .stableStringify */ .J)(b)))) {
        const list = waiversByControl.get(w.control) ?? [];
        list.push({ w, state: waiverState(w, now) });
        waiversByControl.set(w.control, list);
    }
    const results = [];
    const blockers = [];
    const warnings = [];
    for (const c of controls) {
        const ev = evidenceOf(c);
        const owner = c.owner ?? null;
        const runbook = c.runbook ?? null;
        const waivers = waiversByControl.get(c.id) ?? [];
        const live = waivers.filter((x) => x.state !== 'expired');
        const applied = live.length > 0 ? live[live.length - 1] : undefined;
        for (const x of waivers) {
            if (x.state === 'expired') {
                blockers.push({
                    control: c.id,
                    severity: 'high',
                    kind: 'expired-waiver',
                    reason: `waiver by ${(0,_visible_text_js__WEBPACK_IMPORTED_MODULE_2__/* .visibleLine */ .P8)(x.w.owner)} expired on ${(0,_visible_text_js__WEBPACK_IMPORTED_MODULE_2__/* .visibleLine */ .P8)(x.w.expires)}: renew it with a new expiry or remove it`,
                    owner,
                    runbook
                });
            }
            else if (x.state === 'expiring') {
                warnings.push({
                    control: c.id,
                    kind: 'waiver-expiring',
                    message: `waiver by ${(0,_visible_text_js__WEBPACK_IMPORTED_MODULE_2__/* .visibleLine */ .P8)(x.w.owner)} expires on ${(0,_visible_text_js__WEBPACK_IMPORTED_MODULE_2__/* .visibleLine */ .P8)(x.w.expires)} (within ${WAIVER_WARNING_DAYS} days)`
                });
            }
        }
        let outcome = 'passed';
        let counted = null;
        let message = ev.message;
        if (ev.status === 'unverified' && acceptableUnverified(c)) {
            const others = [...failingIds].filter((id) => id !== c.id);
            if (others.length === 0) {
                outcome = 'accepted-unverified';
                warnings.push({
                    control: c.id,
                    kind: 'unverified-accepted',
                    message: `unverified, accepted on the manual evidence in ${c.allow_unverified?.evidence ?? ''}`
                });
            }
            else {
                outcome = 'failed';
                message = `${ev.message}; unverified is accepted only when no other control fails (failing: ${others.join(', ')})`;
            }
        }
        else if (ev.status === 'unverified') {
            outcome = 'failed';
            message = !c.allow_unverified
                ? ev.refuseUnverified
                    ? ev.message
                    : `${ev.message}; this control does not allow unverified (declare allow_unverified with evidence)`
                : ev.refuseUnverified
                    ? `${ev.message}; so allow_unverified cannot accept it`
                    : `${ev.message}; the evidence file ${c.allow_unverified.evidence} for accepting unverified is missing`;
        }
        else if ((0,_status_js__WEBPACK_IMPORTED_MODULE_5__/* .isFailing */ .DI)(ev.status)) {
            outcome = 'failed';
        }
        else if (ev.status === 'passed' && ev.conditional) {
            // The source itself decided only a conditional go (the older release gate's
            // conditional-go): a low blocker keeps this decision conditional, never go.
            outcome = 'conditional';
            counted = 'low';
            blockers.push({
                control: c.id,
                severity: 'low',
                kind: 'conditional-go',
                reason: ev.conditional,
                owner,
                runbook
            });
        }
        if (outcome === 'failed') {
            counted = applied ? lower(c.severity) : c.severity;
            if (applied)
                outcome = 'waived';
            blockers.push({
                control: c.id,
                severity: counted,
                kind: ev.status,
                reason: applied
                    ? `${message} (waived by ${(0,_visible_text_js__WEBPACK_IMPORTED_MODULE_2__/* .visibleLine */ .P8)(applied.w.owner)} until ${(0,_visible_text_js__WEBPACK_IMPORTED_MODULE_2__/* .visibleLine */ .P8)(applied.w.expires)}: ${(0,_visible_text_js__WEBPACK_IMPORTED_MODULE_2__/* .visibleLine */ .P8)(applied.w.reason)})`
                    : message,
                owner,
                runbook
            });
        }
        else if (applied) {
            warnings.push({
                control: c.id,
                kind: 'waiver-unused',
                message: `waiver by ${(0,_visible_text_js__WEBPACK_IMPORTED_MODULE_2__/* .visibleLine */ .P8)(applied.w.owner)} is not needed: the control does not fail; remove it when it is no longer wanted`
            });
        }
        results.push({
            id: c.id,
            severity: c.severity,
            status: ev.status,
            outcome,
            counted_severity: counted,
            message,
            evidence: {
                kind: ev.kind,
                pattern: ev.pattern,
                files: ev.files,
                summary: ev.summary,
                ...(ev.inputs ? { inputs: ev.inputs } : {})
            },
            waiver: applied ? waiverView(applied.w, applied.state) : null,
            owner,
            runbook,
            findings: ev.findings,
            findings_omitted: ev.findingsOmitted
        });
    }
    // A Tier 0 claim that is not proven blocks the release whatever the profile allows (issue 17:
    // "Tier 0 must be proven and blocker-free for a release"); tiers 1 and 2 are graded only.
    const matrix = input.claims && input.claims.length > 0 ? (0,_claims_js__WEBPACK_IMPORTED_MODULE_4__/* .gradeClaims */ .T5)(input.claims, results) : undefined;
    let unprovenTier0 = 0;
    for (const g of matrix?.claims ?? []) {
        if (!g.blocker)
            continue;
        unprovenTier0 += 1;
        blockers.push({
            control: g.id,
            class: g.blocker_class ?? 'unresolved-tier-0',
            severity: 'high',
            kind: 'unproven-claim',
            reason: unprovenReason(g),
            owner: null,
            runbook: null
        });
    }
    blockers.sort(compareBlockers);
    warnings.sort((a, b) => byString(a.control, b.control) || byString(a.kind, b.kind) || byString(a.message, b.message));
    const { decision, high, medium, low } = decisionOf(blockers, input.profile, unprovenTier0 > 0);
    const byStatus = {
        passed: 0,
        failed: 0,
        unverified: 0,
        missing: 0,
        invalid: 0,
        stale: 0
    };
    for (const r of results)
        byStatus[r.status] += 1;
    return {
        contract: _contracts_js__WEBPACK_IMPORTED_MODULE_6__/* .SUMMARY_CONTRACT */ .qt,
        generator: { name: _contracts_js__WEBPACK_IMPORTED_MODULE_6__/* .GENERATOR_NAME */ .yM, version: _contracts_js__WEBPACK_IMPORTED_MODULE_6__/* .GENERATOR_VERSION */ .RO },
        decision,
        status: decision === 'no-go' ? 'failed' : 'passed',
        profile: input.profile,
        effective_time: new Date(now).toISOString(),
        subject: input.subject,
        counts: {
            controls: results.length,
            passed: results.filter((r) => r.outcome === 'passed').length,
            conditional: results.filter((r) => r.outcome === 'conditional').length,
            failed: results.filter((r) => r.outcome === 'failed').length,
            waived: results.filter((r) => r.outcome === 'waived').length,
            accepted_unverified: results.filter((r) => r.outcome === 'accepted-unverified').length,
            high,
            medium,
            low,
            by_status: byStatus
        },
        controls: results,
        blockers,
        warnings,
        unclaimed_reports: [...(input.unclaimedReports ?? [])].sort(byString),
        ...(matrix ? { claims: matrix } : {}),
        ...(input.inputs ? { inputs: input.inputs } : {})
    };
}


/***/ }),

/***/ 39389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ DEPLOYMENTS_READ_UNLOCK),
/* harmony export */   Eo: () => (/* binding */ MAX_SKIPPED_LISTED),
/* harmony export */   M6: () => (/* binding */ ACTIONS_READ_UNLOCK),
/* harmony export */   MV: () => (/* binding */ MAX_OUTPUTS),
/* harmony export */   Ps: () => (/* binding */ ISSUES_READ_UNLOCK),
/* harmony export */   _f: () => (/* binding */ DEPLOYMENTS_READ_PERMISSION),
/* harmony export */   g1: () => (/* binding */ STDERR_TAIL_BYTES),
/* harmony export */   ol: () => (/* binding */ ISSUES_READ_PERMISSION),
/* harmony export */   w2: () => (/* binding */ TOOL_MAX_OUTPUT_BYTES)
/* harmony export */ });
/**
 * Child processes and the Actions API, as built-in checks use them (see core/facts.ts).
 *
 * Implemented over the real machine by io/processes.ts (with io/replay-sandbox.ts) and over the
 * REST API by github/actions-history.ts; scripted in memory by __tests__/support/facts-runtime.ts.
 * No operation here throws for a failure of the outside world: a missing interpreter, a time-out,
 * an unreadable copy or an API error is a value the check judges. Times are milliseconds unless a
 * name says seconds; paths handed back are opaque strings the check only passes on or scrubs.
 *
 * Where the line is: the facts run things and read what they left (exit status, bounded output,
 * file digests, API records); the checks decide what to run, with which pinned environment, and
 * what the observations mean.
 */
/** Bytes of stdout (and, separately, stderr) a tool may write before it is killed: 4 MiB. */
const TOOL_MAX_OUTPUT_BYTES = 4 * 1024 * 1024;
/** Skipped entries listed one by one in {@link CopyFacts.skipped}. */
const MAX_SKIPPED_LISTED = 100;
/** Bytes of standard error kept in {@link CommandOutcome.stderrTail}. */
const STDERR_TAIL_BYTES = 4096;
/** Output files hashed per run, at most. */
const MAX_OUTPUTS = 100_000;
// ------------------------------------------------------------------------------------------------
// The Actions API (ci-trend)
/** The unlock for Actions API answers a token may not read. */
const ACTIONS_READ_UNLOCK = 'a token with "actions: read" (add `permissions: { actions: read }` to the job)';
// ------------------------------------------------------------------------------------------------
// Promotion history (rollback-drill)
/** The permission that reads GitHub deployments, as messages name it. */
const DEPLOYMENTS_READ_PERMISSION = 'deployments: read';
/** The unlock for a deployment history a token may not read. */
const DEPLOYMENTS_READ_UNLOCK = `a token with "${DEPLOYMENTS_READ_PERMISSION}" (add \`permissions: { deployments: read }\` to the job)`;
// ------------------------------------------------------------------------------------------------
// Incident history (the incidents built-in, issue 18)
/** The permission that reads the incident issues, as messages name it. */
const ISSUES_READ_PERMISSION = 'issues: read';
/** The unlock for incident issues a token may not read. */
const ISSUES_READ_UNLOCK = `a token with "${ISSUES_READ_PERMISSION}" (add \`permissions: { issues: read }\` to the job)`;


/***/ }),

/***/ 9020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  replayBundle: () => (/* binding */ replayBundle)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/bundle-manifest.ts
var bundle_manifest = __webpack_require__(67985);
// EXTERNAL MODULE: ./src/core/contracts.ts
var contracts = __webpack_require__(63348);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/replay-diff.ts

/** At most this many differences are named (the first, in the order they are found). */
const MAX_DIFFERENCES = 50;
const EVIDENCE = bundle_manifest/* EVIDENCE_DIR */.cn;
const BUILTINS = bundle_manifest/* BUILTINS_DIR */.jl;
const REPORTS = bundle_manifest/* REPORTS_DIR */.m4;
/**
 * What differs between the executive summary a bundle holds and the one a replay wrote, named the
 * way an auditor reads it: the decision, each control whose status, outcome, severity or counted
 * severity differs (with both messages, which say why), controls present in one only, evidence
 * files whose digest differs or that only one read, the policy file; and, when none of those
 * differ but the bytes do, the first JSON path whose value differs. Pure; at most 50 entries.
 *
 * @param bundled the summary in the bundle (parsed)
 * @param replayed the summary the replay wrote (parsed)
 */
function replayDifferences(bundled, replayed) {
    const out = [];
    const object = (v) => typeof v === 'object' && v !== null ? v : {};
    const a = object(bundled);
    const b = object(replayed);
    if (a.decision !== b.decision)
        out.push({
            message: `decision: the bundle says ${String(a.decision)}, the replay decides ${String(b.decision)}`
        });
    const byId = (s) => new Map(records(s.controls, 'id').map((c) => [c.id, c]));
    const ca = byId(a);
    const cb = byId(b);
    for (const [id, x] of ca) {
        const y = cb.get(id);
        if (y === undefined) {
            out.push({
                control: id,
                message: 'in the bundled summary, but the replayed policy has no such control'
            });
            continue;
        }
        const fields = ['status', 'outcome', 'severity', 'counted_severity'].filter((f) => x[f] !== y[f]);
        if (fields.length > 0) {
            out.push({
                control: id,
                message: `${fields.map((f) => `${f} ${String(x[f])} → ${String(y[f])}`).join(', ')} (bundle: ${x.message}; replay: ${y.message})`
            });
        }
        else if (x.message !== y.message) {
            out.push({
                control: id,
                message: `message differs (bundle: ${x.message}; replay: ${y.message})`
            });
        }
    }
    for (const id of cb.keys())
        if (!ca.has(id))
            out.push({
                control: id,
                message: 'decided by the replayed policy, but not in the bundled summary'
            });
    const files = (s) => new Map(records(s.inputs?.files, 'path').map((f) => [f.path, f]));
    const fa = files(a);
    const fb = files(b);
    const readers = fileReaders(a);
    const readFor = (p) => {
        const ids = readers.get(p);
        return ids === undefined ? '' : ` (read for ${ids.join(', ')})`;
    };
    for (const [p, f] of fa) {
        const g = fb.get(p);
        if (g === undefined)
            out.push({ message: `${p}: read by the gate, but not by the replay${readFor(p)}` });
        else if (g.sha256 !== f.sha256 || g.size !== f.size)
            out.push({
                message: `${p}: the bundled copy (${g.size} bytes, SHA-256 ${g.sha256}) is not what the gate read (${f.size} bytes, ${f.sha256})${readFor(p)}`
            });
    }
    for (const p of fb.keys())
        if (!fa.has(p))
            out.push({ message: `${p}: read by the replay, but not by the gate` });
    const builtins = (s) => new Map(records(s.inputs?.builtins, 'name').map((x) => [x.name, x]));
    const ba = builtins(a);
    const bb = builtins(b);
    for (const [name, x] of ba) {
        const y = bb.get(name);
        if (y === undefined)
            out.push({
                message: `built-in ${name}: the gate wrote its report, the replay has none (it could not run on the bundled files)`
            });
        else if (y.report_sha256 !== x.report_sha256)
            out.push({
                message: `built-in ${name}: the report the replay ${y.replay === 'files' ? 'computed from the bundled files' : 'read'} (SHA-256 ${y.report_sha256}) is not the one the gate wrote (${x.report_sha256})`
            });
    }
    for (const name of bb.keys())
        if (!ba.has(name))
            out.push({ message: `built-in ${name}: run by the replay, but not by the gate` });
    if (out.length === 0) {
        const at = firstDifference(bundled, replayed, '$');
        out.push({
            message: at === undefined
                ? 'the summaries differ only in how they are written (whitespace, key order or number form): the bundled one was not written by gonogo gate'
                : `the summaries differ at ${at}`
        });
    }
    return out.slice(0, MAX_DIFFERENCES);
}
/** The entries of `list` that are objects with a string `key` (a summary may have been edited). */
function records(list, key) {
    if (!Array.isArray(list))
        return [];
    return list.filter((x) => typeof x === 'object' && x !== null && typeof x[key] === 'string');
}
/** Workspace path → the controls (sorted) whose evidence records reading it, from a summary. */
function fileReaders(s) {
    const out = new Map();
    for (const c of records(s.controls, 'id')) {
        const inputs = c.evidence?.inputs;
        for (const i of records(inputs, 'path')) {
            const ids = out.get(i.path) ?? [];
            if (!ids.includes(c.id))
                ids.push(c.id);
            out.set(i.path, ids);
        }
    }
    for (const ids of out.values())
        ids.sort();
    return out;
}
/**
 * What a bundle's verified manifest says against what its executive summary records, before
 * anything is decided again (issue 16): each file the decision read must be in `evidence/` with
 * the size and SHA-256 the gate recorded; each built-in's report in `builtins/` with the SHA-256
 * the gate recorded for `report-<name>.json`; nothing else may be in `evidence/` or `builtins/`
 * (a file there claims to be a decision input); and a report in `reports/` that the gate read
 * must be the same bytes as its copy in `evidence/`. A manifest rewritten over edited files passes
 * the manifest check, not this one. Pure; at most 50 entries, sorted by bundle path.
 *
 * @param summary the bundled executive summary (parsed), for naming the controls that read a file
 * @param inputs its `inputs` (checked by summaryInputs)
 * @param listed the manifest's files (verified against the bundle's bytes)
 */
function bundleContentDifferences(summary, inputs, listed) {
    const out = [];
    const byPath = new Map(listed.map((f) => [f.path, f]));
    const readers = fileReaders(summary);
    const expected = new Map();
    for (const f of inputs.files) {
        const ids = readers.get(f.path);
        expected.set(`${EVIDENCE}/${f.path}`, {
            size: f.size,
            sha256: f.sha256,
            what: `the file the gate read${ids === undefined ? '' : ` for ${ids.join(', ')}`}`
        });
    }
    for (const b of inputs.builtins)
        expected.set(`${BUILTINS}/report-${b.name}.json`, {
            sha256: b.report_sha256,
            what: `the report built-in ${b.name} wrote`
        });
    for (const [p, want] of expected) {
        const got = byPath.get(p);
        if (got === undefined)
            continue; // named by the caller (not in the bundle)
        if (got.sha256 !== want.sha256 || (want.size !== undefined && got.size !== want.size))
            out.push({
                at: p,
                d: {
                    message: `${p}: is not ${want.what}: the bundle holds ${got.size} bytes with SHA-256 ${got.sha256}, the summary records ${want.size !== undefined ? `${want.size} bytes with ` : ''}${want.sha256}`
                }
            });
    }
    const reportsPrefix = inputs.reports === '.' ? '' : `${inputs.reports}/`;
    for (const f of listed) {
        const top = f.path.split('/')[0];
        if ((top === EVIDENCE || top === BUILTINS) && !expected.has(f.path))
            out.push({
                at: f.path,
                d: {
                    message: `${f.path}: not a file the decision read: the summary's inputs do not list it, so it was added after the gate (remove it, or rebuild the bundle from the gate's output)`
                }
            });
        if (top === REPORTS) {
            const copy = byPath.get(`${EVIDENCE}/${reportsPrefix}${f.path.slice(REPORTS.length + 1)}`);
            if (copy !== undefined && expected.has(copy.path) && copy.sha256 !== f.sha256)
                out.push({
                    at: f.path,
                    d: {
                        message: `${f.path}: is not the report the gate read: ${copy.path} holds ${copy.size} bytes with SHA-256 ${copy.sha256}, this copy ${f.size} bytes with ${f.sha256}`
                    }
                });
        }
    }
    return out
        .sort((x, y) => (0,bundle_manifest/* comparePaths */.cD)(x.at, y.at))
        .map((x) => x.d)
        .slice(0, MAX_DIFFERENCES);
}
/** The JSON path of the first value that differs (object keys in sorted order), or undefined. */
function firstDifference(x, y, at) {
    if (x === y)
        return undefined;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null)
        return at;
    if (Array.isArray(x) !== Array.isArray(y))
        return at;
    if (Array.isArray(x) && Array.isArray(y)) {
        for (let i = 0; i < Math.max(x.length, y.length); i++) {
            const d = firstDifference(x[i], y[i], `${at}[${i}]`);
            if (d !== undefined)
                return d;
        }
        return undefined;
    }
    const ox = x;
    const oy = y;
    const keys = [...new Set([...Object.keys(ox), ...Object.keys(oy)])].sort();
    for (const k of keys) {
        const d = firstDifference(ox[k], oy[k], `${at}.${k}`);
        if (d !== undefined)
            return d;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/checks/registry.ts
const BUILTIN_REGISTRY = {
    'policy-bundle': async () => (await __webpack_require__.e(/* import() */ 922).then(__webpack_require__.bind(__webpack_require__, 86922))).runPolicyBundle,
    'policy-freshness': async () => (await Promise.all(/* import() */[__webpack_require__.e(657), __webpack_require__.e(635), __webpack_require__.e(53)]).then(__webpack_require__.bind(__webpack_require__, 21053))).runPolicyFreshness,
    'workflow-lint': async () => (await Promise.all(/* import() */[__webpack_require__.e(657), __webpack_require__.e(240), __webpack_require__.e(635), __webpack_require__.e(325)]).then(__webpack_require__.bind(__webpack_require__, 71325))).runWorkflowLint,
    'replay-determinism': async () => (await __webpack_require__.e(/* import() */ 674).then(__webpack_require__.bind(__webpack_require__, 84674))).runReplayDeterminism,
    'provenance-coverage': async () => (await __webpack_require__.e(/* import() */ 675).then(__webpack_require__.bind(__webpack_require__, 80675))).runProvenanceCoverage,
    'ci-trend': async () => (await __webpack_require__.e(/* import() */ 228).then(__webpack_require__.bind(__webpack_require__, 92228))).runCiTrend,
    'rollback-drill': async () => (await __webpack_require__.e(/* import() */ 951).then(__webpack_require__.bind(__webpack_require__, 58951))).runRollbackDrill,
    incidents: async () => (await __webpack_require__.e(/* import() */ 496).then(__webpack_require__.bind(__webpack_require__, 85496))).runIncidents
};
/** The import of the check loaded last (see loadBuiltin). */
let loading = Promise.resolve();
/**
 * The check named `name`, its module loaded on demand so the gate pays start-up only for the
 * checks it runs. `name` is a {@link BuiltinName} (callers validate user input first with
 * `isBuiltinName`); a failed import rejects with the module loader's error.
 */
async function loadBuiltin(name) {
    // Loaded one after another (the checks still run together): two checks' modules share the
    // workflow model, and a module graph is linked once, not by two imports racing (Jest's VM
    // modules refuse the second: "can not be resolved on module … that is not linked").
    const load = loading.then(() => BUILTIN_REGISTRY[name]());
    loading = load.catch(() => undefined);
    return load;
}

// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(60484);
// EXTERNAL MODULE: ./src/io/bundle-copy.ts
var bundle_copy = __webpack_require__(426);
// EXTERNAL MODULE: ./src/core/decision.ts
var decision = __webpack_require__(5125);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/core/policy.ts + 2 modules
var core_policy = __webpack_require__(75329);
;// CONCATENATED MODULE: ./src/core/profile.ts


class ProfileSelectionError extends Error {
}
/** Picks the profile: an explicit override, else the first matching `select_profile` rule. */
function selectProfile(policy, ctx) {
    const profiles = policy.profiles ?? core_policy/* DEFAULT_PROFILES */.$Z;
    const names = Object.keys(profiles).sort();
    const pick = (name, by) => {
        const p = Object.hasOwn(profiles, name) ? profiles[name] : undefined;
        if (!p) {
            throw new ProfileSelectionError(`profile '${name}' is not declared; declared profiles: ${names.join(', ')}`);
        }
        return { name, max_high: p.max_high, max_medium: p.max_medium, selected_by: by };
    };
    if (ctx.override)
        return pick(ctx.override, 'override');
    const rules = policy.select_profile;
    if (!rules) {
        if (names.length === 1)
            return pick(names[0], 'only profile');
        if (Object.hasOwn(profiles, 'strict'))
            return pick('strict', 'default (strict)');
        throw new ProfileSelectionError(`several profiles are declared but no select_profile rules; add select_profile or pass a profile`);
    }
    for (const [i, rule] of rules.entries()) {
        if (rule.event !== undefined && rule.event !== ctx.event)
            continue;
        if (rule.branch !== undefined && !picomatch_default().isMatch(ctx.branch, rule.branch, { dot: true }))
            continue;
        return pick(rule.profile, `select_profile[${i}]`);
    }
    throw new ProfileSelectionError(`no select_profile rule matches event '${ctx.event}' on branch '${ctx.branch}'; add a last rule without event and branch as the fallback`);
}

// EXTERNAL MODULE: ./src/io/atomic-write.ts
var atomic_write = __webpack_require__(67869);
// EXTERNAL MODULE: ./src/io/policy-file.ts
var policy_file = __webpack_require__(39707);
// EXTERNAL MODULE: ./src/core/visible-text.ts
var visible_text = __webpack_require__(59505);
// EXTERNAL MODULE: ./src/core/map-limit.ts
var map_limit = __webpack_require__(43075);
;// CONCATENATED MODULE: ./src/core/evidence.ts
const MAX_FINDINGS_PER_CONTROL = 100;
/** Keeps the non-passed findings, failed before unverified, in a stable order, capped. */
function keepFindings(all) {
    // Most reports pass: nothing to sort.
    if (all.every((f) => f.status === 'passed'))
        return { findings: [], omitted: 0 };
    const rank = (f) => (f.status === 'failed' ? 0 : 1);
    const notPassed = all
        .filter((f) => f.status !== 'passed')
        .map((f, i) => ({ f, i }))
        .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
        .map(({ f }) => f);
    return {
        findings: notPassed.slice(0, MAX_FINDINGS_PER_CONTROL),
        omitted: Math.max(0, notPassed.length - MAX_FINDINGS_PER_CONTROL)
    };
}
/** Adds the counts of `b` to `into`, key by key (for controls fed by several files); `into` is returned. */
function addSummaries(into, b) {
    for (const [k, v] of Object.entries(b))
        into[k] = (into[k] ?? 0) + v;
    return into;
}

// EXTERNAL MODULE: ./src/core/status.ts
var core_status = __webpack_require__(85009);
;// CONCATENATED MODULE: ./src/parsers/decode-text.ts

const SAVE_AS_UTF8 = 'save the report as UTF-8';
/**
 * Decodes a report file's bytes.
 *
 * @param bytes the whole file
 * @param syntax `xml` (byte-order mark, Appendix F detection, encoding declaration) or `json`
 *   (byte-order mark, else UTF-8)
 * @returns the text without its byte-order mark and the encoding used, or a refusal whose message
 *   (no file name; the caller adds it) says where the bytes go wrong and what to do
 */
function decodeText(bytes, syntax) {
    const b = (i) => bytes[i] ?? -1;
    if (b(0) === 0x1f && b(1) === 0x8b)
        return refuse('gzip-compressed data, not text; decompress it before the gate reads it');
    if (b(0) === 0x50 && b(1) === 0x4b && b(2) === 0x03 && b(3) === 0x04)
        return refuse('a ZIP archive, not text; extract the report from it first');
    // UTF-32 byte-order marks first: FF FE 00 00 also starts like the UTF-16LE one.
    if ((b(0) === 0x00 && b(1) === 0x00 && b(2) === 0xfe && b(3) === 0xff) ||
        (b(0) === 0xff && b(1) === 0xfe && b(2) === 0x00 && b(3) === 0x00))
        return refuse(`starts with a UTF-32 byte-order mark; UTF-32 is not supported, ${SAVE_AS_UTF8}`);
    if (b(0) === 0xef && b(1) === 0xbb && b(2) === 0xbf)
        return withDeclaration(utf8(bytes, 3, syntax), 'UTF-8', true, syntax);
    if (b(0) === 0xff && b(1) === 0xfe)
        return withDeclaration(utf16(bytes, 2, 'UTF-16LE'), 'UTF-16LE', true, syntax);
    if (b(0) === 0xfe && b(1) === 0xff)
        return withDeclaration(utf16(bytes, 2, 'UTF-16BE'), 'UTF-16BE', true, syntax);
    if (syntax === 'json')
        return done(utf8(bytes, 0, syntax), 'UTF-8', false);
    // XML without a byte-order mark: Appendix F.1, the second table.
    const first4 = [b(0), b(1), b(2), b(3)].join(',');
    if (['0,0,0,60', '60,0,0,0', '0,0,60,0', '0,60,0,0'].includes(first4))
        return refuse(`is UCS-4 (UTF-32) encoded; that is not supported, ${SAVE_AS_UTF8}`);
    if (first4 === '0,60,0,63')
        return withDeclaration(utf16(bytes, 0, 'UTF-16BE'), 'UTF-16BE', false, syntax);
    if (first4 === '60,0,63,0')
        return withDeclaration(utf16(bytes, 0, 'UTF-16LE'), 'UTF-16LE', false, syntax);
    if (first4 === '76,111,167,148')
        return refuse(`is EBCDIC encoded; that is not supported, ${SAVE_AS_UTF8}`);
    return asciiCompatible(bytes);
}
function refuse(message) {
    return { ok: false, message };
}
function done(step, encoding, bom) {
    return step.ok ? { ok: true, text: step.text, encoding, bom } : step;
}
/** XML with a byte-order mark or UTF-16 detected from `<?`: the declaration must agree. */
function withDeclaration(step, encoding, bom, syntax) {
    if (!step.ok || syntax === 'json')
        return done(step, encoding, bom);
    const label = declaredEncoding(step.text);
    const family = encoding === 'UTF-8' ? 'UTF-8' : 'UTF-16';
    const how = bom
        ? `its byte-order mark (U+FEFF in ${encoding}) says`
        : `its first bytes ("<?" in ${encoding}) say`;
    // No encoding named: the byte-order mark, or "<?" read as UTF-16, is the only reading there is
    // (§4.3.3 wants a mark on UTF-16; expat, like gonogo, reads it without one).
    if (label === undefined)
        return done(step, encoding, bom);
    if (labelFamily(label) !== family) {
        return refuse(`${how} ${encoding} but its XML declaration says encoding="${label}" (a fatal error by XML 1.0 §4.3.3); ${SAVE_AS_UTF8} with a matching declaration`);
    }
    return done(step, encoding, bom);
}
/** ASCII-compatible bytes without a byte-order mark: UTF-8 unless the declaration says otherwise. */
function asciiCompatible(bytes) {
    // The declaration is ASCII in every encoding of this family; read it through latin1.
    const head = latin1(bytes.subarray(0, 256));
    const label = declaredEncoding(head);
    const family = label === undefined ? 'UTF-8' : labelFamily(label);
    switch (family) {
        case 'UTF-8':
            return done(utf8(bytes, 0, 'xml'), 'UTF-8', false);
        case 'US-ASCII': {
            const at = bytes.findIndex((x) => x > 0x7f);
            if (at < 0)
                return { ok: true, text: latin1(bytes), encoding: 'US-ASCII', bom: false };
            return refuse(`declares encoding="${label}" but byte 0x${hex(bytes[at] ?? 0)} at line ${byteLine(bytes, at)} (byte offset ${at}) is not ASCII; ${SAVE_AS_UTF8} and declare encoding="UTF-8"`);
        }
        case 'ISO-8859-1':
            return { ok: true, text: latin1(bytes), encoding: 'ISO-8859-1', bom: false };
        case 'windows-1252':
            return {
                ok: true,
                text: windows1252(bytes),
                encoding: 'windows-1252',
                bom: false
            };
        case 'UTF-16':
            return refuse(`declares encoding="${label}" but has no byte-order mark and its bytes are not UTF-16 (XML 1.0 §4.3.3); ${SAVE_AS_UTF8} and declare encoding="UTF-8"`);
        default:
            return refuse(`declares encoding="${label}", which gonogo does not read (UTF-8, UTF-16, US-ASCII, ISO-8859-1 and windows-1252 only); ${SAVE_AS_UTF8}`);
    }
}
/**
 * windows-1252 per the WHATWG Encoding Standard's index (bytes 0x80–0x9F are not the C1
 * controls ISO-8859-1 has there). Node 20's TextDecoder decodes this label as ISO-8859-1, so the
 * 32 bytes that differ are mapped here; 0x81, 0x8D, 0x8F, 0x90 and 0x9D stay as they are.
 */
const WINDOWS_1252_80_9F = [
    0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
    0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
    0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
];
function windows1252(bytes) {
    let out = '';
    for (let i = 0; i < bytes.length; i += 8192) {
        const chunk = bytes.subarray(i, i + 8192);
        out += String.fromCharCode(...Array.from(chunk, (b) => b >= 0x80 && b <= 0x9f ? (WINDOWS_1252_80_9F[b - 0x80] ?? b) : b));
    }
    return out;
}
const XML_DECL_ENCODING = /^<\?xml[\x20\t\r\n]+version[\x20\t\r\n]*=[\x20\t\r\n]*(["'])1\.[0-9]+\1[\x20\t\r\n]+encoding[\x20\t\r\n]*=[\x20\t\r\n]*(["'])([A-Za-z][A-Za-z0-9._-]*)\2/;
/** The `encoding` of an XML declaration at the very start of `text`, if there is one. */
function declaredEncoding(text) {
    return XML_DECL_ENCODING.exec(text)?.[3];
}
/** Encoding names are case-insensitive (XML 1.0 §4.3.3); the IANA names and common aliases. */
function labelFamily(label) {
    const l = label.toLowerCase();
    if (l === 'utf-8' || l === 'utf8')
        return 'UTF-8';
    if (['utf-16', 'utf-16le', 'utf-16be', 'iso-10646-ucs-2', 'ucs-2'].includes(l))
        return 'UTF-16';
    if (['us-ascii', 'ascii', 'iso646-us', 'ansi_x3.4-1968'].includes(l))
        return 'US-ASCII';
    if (['iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'latin-1', 'l1'].includes(l))
        return 'ISO-8859-1';
    if (l === 'windows-1252' || l === 'cp1252')
        return 'windows-1252';
    return 'other';
}
function latin1(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
/** One decoder for every file: decode() without `stream` keeps no state between calls. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function utf8(bytes, from, syntax) {
    const body = bytes.subarray(from);
    try {
        return { ok: true, text: UTF8.decode(body) };
    }
    catch {
        // Not text at all (an image, an archive, a compiled file): say so rather than where.
        if (looksBinary(body)) {
            return { ok: false, message: `binary data, not ${syntax === 'xml' ? 'XML' : 'JSON'}` };
        }
        const at = firstBadUtf8(body);
        const offset = from + at;
        const shown = Array.from(body.subarray(at, at + 4), (x) => `0x${hex(x)}`).join(' ');
        const fix = syntax === 'xml'
            ? `${SAVE_AS_UTF8} or declare its encoding in the XML declaration`
            : `${SAVE_AS_UTF8} (RFC 8259 §8.1)`;
        return {
            ok: false,
            message: `not valid UTF-8 at line ${byteLine(bytes, offset)} (byte offset ${offset}: ${shown}); ${fix}`
        };
    }
}
/** A NUL or another C0 control byte (not tab, line feed, form feed, carriage return) early on. */
function looksBinary(bytes) {
    const n = Math.min(bytes.length, 8192);
    for (let i = 0; i < n; i++) {
        const c = bytes[i] ?? 0;
        if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d)
            return true;
    }
    return false;
}
function utf16(bytes, from, encoding) {
    const body = bytes.subarray(from);
    if (body.length % 2 !== 0) {
        return {
            ok: false,
            message: `is ${encoding} but has an odd number of bytes (${bytes.length}); the file is cut short or not ${encoding}; ${SAVE_AS_UTF8}`
        };
    }
    let le = body;
    if (encoding === 'UTF-16BE') {
        le = new Uint8Array(body.length);
        for (let i = 0; i < body.length; i += 2) {
            le[i] = body[i + 1] ?? 0;
            le[i + 1] = body[i] ?? 0;
        }
    }
    try {
        return {
            ok: true,
            text: new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(le)
        };
    }
    catch {
        const units = new Uint16Array(le.buffer, le.byteOffset, le.length / 2);
        const at = firstUnpairedSurrogate(units);
        let line = 1;
        for (let i = 0; i < at; i++)
            if (units[i] === 0x0a)
                line++;
        return {
            ok: false,
            message: `is not valid ${encoding} at line ${line} (byte offset ${from + at * 2}: ${(0,visible_text/* describeChar */.Ip)(units[at] ?? 0)}); ${SAVE_AS_UTF8}`
        };
    }
}
/** Offset of the first byte that does not continue a valid UTF-8 sequence (RFC 3629 §4). */
function firstBadUtf8(b) {
    let i = 0;
    while (i < b.length) {
        const c = b[i] ?? 0;
        let n;
        let lo = 0x80;
        let hi = 0xbf;
        if (c < 0x80)
            n = 0;
        else if (c >= 0xc2 && c <= 0xdf)
            n = 1;
        else if (c >= 0xe0 && c <= 0xef) {
            n = 2;
            if (c === 0xe0)
                lo = 0xa0;
            if (c === 0xed)
                hi = 0x9f;
        }
        else if (c >= 0xf0 && c <= 0xf4) {
            n = 3;
            if (c === 0xf0)
                lo = 0x90;
            if (c === 0xf4)
                hi = 0x8f;
        }
        else
            return i;
        for (let k = 1; k <= n; k++) {
            const x = b[i + k];
            if (x === undefined)
                return i;
            if (k === 1 ? x < lo || x > hi : x < 0x80 || x > 0xbf)
                return i;
        }
        i += n + 1;
    }
    return b.length;
}
function firstUnpairedSurrogate(u) {
    for (let i = 0; i < u.length; i++) {
        const c = u[i] ?? 0;
        if (c >= 0xd800 && c <= 0xdbff) {
            const d = u[i + 1] ?? 0;
            if (d >= 0xdc00 && d <= 0xdfff) {
                i++;
                continue;
            }
            return i;
        }
        if (c >= 0xdc00 && c <= 0xdfff)
            return i;
    }
    return u.length;
}
function byteLine(bytes, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < bytes.length; i++)
        if (bytes[i] === 0x0a)
            line++;
    return line;
}
function hex(n) {
    return n.toString(16).toUpperCase().padStart(2, '0');
}


// EXTERNAL MODULE: ./src/parsers/verdict.ts
var verdict = __webpack_require__(29281);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(59800);
// EXTERNAL MODULE: ./src/parsers/json-error.ts
var json_error = __webpack_require__(11639);
;// CONCATENATED MODULE: ./src/parsers/xml-scan.ts



/** Ends the message about a control character (other than tab and line ends) in the text. */
const BINARY_HINT = ' is not allowed in XML (binary data?)';
/** The longest run of character data handed to {@link XmlHandler.text}, in UTF-16 code units. */
const MAX_TEXT_CHUNK = 4096;
/**
 * The deepest element nesting a report may have (the root is depth 1). Real JUnit files nest
 * suites a few levels deep (vitest and jest-junit: 2, Surefire: 1–2, pytest: 2); a file nested
 * deeper is refused at the first element past the limit, so its cost stops there.
 */
const MAX_XML_DEPTH = 256;
/** Scans `text` (already decoded; a leading U+FEFF is skipped). Never throws on any input. */
function scanXml(text, handler) {
    try {
        return new Scan(text, handler).run();
    }
    catch (e) {
        if (e instanceof Stop)
            return e.scan;
        throw e;
    }
}
/** Thrown from saxes' error handler: the first error ends the scan. */
class Stop extends Error {
    scan;
    constructor(scan) {
        super(scan.ok ? 'ok' : scan.message);
        this.scan = scan;
    }
}
/** §2.2 Char excludes surrogates; saxes 6 takes a lone high one for half of a pair. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NOT_SPACE = /[^\x20\t\r\n]/g;
const BARE_AMPERSAND = '"&" that starts no reference; write &amp; for a literal "&"';
const MALFORMED_DECLARATION = 'malformed XML declaration; it must read like <?xml version="1.0" encoding="UTF-8"?>';
const CONCATENATED = ' (were two files concatenated?)';
/** What a reader may want to know beside some of saxes' messages. */
const HINTS = new Map([
    ['documents may contain only one root', CONCATENATED],
    ['an XML declaration must be at the start of the document', CONCATENATED],
    ['document must contain a root element', ' (is the file empty?)']
]);
/** §2.2 Char. */
function isXmlChar(cp) {
    return (cp === 0x09 ||
        cp === 0x0a ||
        cp === 0x0d ||
        (cp >= 0x20 && cp <= 0xd7ff) ||
        (cp >= 0xe000 && cp <= 0xfffd) ||
        (cp >= 0x10000 && cp <= 0x10ffff));
}
class Scan {
    text;
    handler;
    parser = new saxes/* SaxesParser */.wT({ defaultXMLVersion: '1.0', forceXMLVersion: true });
    /** The line of each open element's `<`, innermost last. */
    lines = [];
    tagLine = 0;
    rootSeen = false;
    doctypeLine;
    /** Offset just past the last markup saxes reported: a failing reference started after it. */
    mark;
    ending = false;
    textOn = false;
    /** An end tag that names another element than the one it would close. */
    mismatch;
    constructor(text, handler) {
        this.text = text;
        this.handler = handler;
        this.mark = text.charCodeAt(0) === 0xfeff ? 1 : 0;
        const p = this.parser;
        const marked = () => {
            this.mark = p.position;
        };
        p.on('error', (e) => {
            throw new Stop(this.error(e.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '')));
        });
        p.on('xmldecl', marked);
        p.on('comment', marked);
        p.on('processinginstruction', ({ target }) => {
            // §2.6: the target ends with a space or "?>"; saxes 6 also lets "?" and more end it. The
            // processing instruction is the first markup since the last one saxes reported.
            const after = text.indexOf('<?', this.mark) + 2 + target.length;
            if (text[after] === '?' && text[after + 1] !== '>') {
                this.stop(after, `"?" after <?${target}; expected a space or ?>`);
            }
            marked();
        });
        p.on('doctype', (body) => {
            // saxes counts line ends as XML does (§2.11) and hands them over as \n.
            this.doctypeLine = p.line - (body.match(/\n/g)?.length ?? 0);
            // §2.8 doctypedecl: '<!DOCTYPE' S Name …; saxes skips the declaration unread.
            if (!/^[\x20\t\n]/.test(body)) {
                this.stop(text.indexOf('<!DOCTYPE', this.mark) + 9, 'expected a space after <!DOCTYPE');
            }
            // §3.3.2: even a non-validating processor applies attribute defaults an internal DTD
            // declares (`<!ATTLIST testsuite failures CDATA "1">`); gonogo reads no DTD, so a file
            // whose meaning depends on one is refused rather than read differently from other tools.
            if (/<!ATTLIST\b/.test(body)) {
                throw new Stop(this.result(text.indexOf('<!DOCTYPE', this.mark), 'its DOCTYPE declares attribute defaults (<!ATTLIST>) that XML readers apply; gonogo reads no DTD, so the file is refused: remove the DOCTYPE', true));
            }
            marked();
        });
        p.on('opentagstart', () => {
            // Names hold no line end; only the character that ended the name may have been one.
            this.tagLine = p.column === 0 ? p.line - 1 : p.line;
            marked();
        });
        p.on('opentag', (tag) => {
            marked();
            if (this.lines.length >= MAX_XML_DEPTH) {
                const lt = text.lastIndexOf('<', p.position - 1);
                throw new Stop(this.result(lt, `elements nested more than ${MAX_XML_DEPTH} deep (<${tag.name.slice(0, 40)}>); a test report nests a few levels: check the tool that wrote it`, true));
            }
            this.rootSeen = true;
            this.lines.push(this.tagLine);
            handler.open(tag.name, new Map(Object.entries(tag.attributes)), this.tagLine);
            this.syncText();
        });
        p.on('closetag', (tag) => {
            marked();
            if (!tag.isSelfClosing) {
                // saxes reports an end tag that names another element only after this event.
                const at = text.lastIndexOf('</', p.position - 1);
                const name = text.slice(at + 2, p.position - 1).replace(/[\x20\t\r\n]+$/, '');
                if (name !== tag.name) {
                    this.mismatch = { at, name, open: tag.name };
                    return;
                }
            }
            this.lines.pop();
            handler.close(tag.name);
            this.syncText();
        });
        p.on('cdata', (data) => {
            marked();
            if (this.lines.length > 0 && handler.wantsText())
                handler.text(data.slice(0, MAX_TEXT_CHUNK));
            this.syncText();
        });
    }
    run() {
        const t = this.text;
        // String.prototype.isWellFormed (ES2024) finds lone surrogates natively, where there is one.
        const wellFormed = t.isWellFormed?.call(t);
        const lone = wellFormed === true ? null : LONE_SURROGATE.exec(t);
        if (lone) {
            this.parser.write(t.slice(0, lone.index));
            const cp = t.charCodeAt(lone.index);
            return this.result(lone.index, `${(0,visible_text/* describeChar */.Ip)(cp)} is not allowed in XML`);
        }
        this.parser.write(t);
        this.ending = true;
        this.parser.close();
        return { ok: true, doctype: this.doctypeLine !== undefined };
    }
    onText = (chunk) => {
        if (this.lines.length > 0 && this.handler.wantsText()) {
            this.handler.text(chunk.slice(0, MAX_TEXT_CHUNK));
        }
        this.syncText();
    };
    /** Lets saxes gather character data only while the handler wants it. */
    syncText() {
        const on = this.lines.length > 0 && this.handler.wantsText();
        if (on === this.textOn)
            return;
        this.textOn = on;
        if (on)
            this.parser.on('text', this.onText);
        else
            this.parser.off('text');
    }
    stop(offset, message) {
        throw new Stop(this.result(offset, message));
    }
    result(offset, message, refused = false) {
        // Line ends count as XML counts them (§2.11: CR LF, CR, LF), as saxes counts them.
        const before = this.text.slice(0, offset).replace(/\r\n?/g, '\n');
        const { line, column } = (0,json_error/* lineColumn */.rv)(before, before.length);
        return { ok: false, line, column, message, refused };
    }
    describeAt(offset) {
        const cp = this.text.codePointAt(offset);
        return cp === undefined ? 'the end of the file' : (0,visible_text/* describeChar */.Ip)(cp);
    }
    /** saxes' first error (its message without position), located and worded for a reader. */
    error(message) {
        const t = this.text;
        // Where saxes is: past the end, or on the character it just read (a CR LF read as one).
        let at = this.ending ? t.length : Math.max(0, this.parser.position - 1);
        if (t[at] === '\n' && t[at - 1] === '\r')
            at--;
        // A reference (§4.1) runs from "&" to ";" in character data or an attribute value, after
        // the last markup, and holds no ";"; saxes reports it at its ";" or at the end of the text.
        if (t[at] === ';' && message.includes('entity')) {
            const amp = t.indexOf('&', Math.max(this.mark, t.lastIndexOf(';', at - 1) + 1));
            return this.reference(amp, t.slice(amp, at + 1), message);
        }
        if (this.ending) {
            const amp = t.indexOf('&', Math.max(this.mark, t.lastIndexOf(';') + 1));
            if (amp >= 0 && !t.slice(this.mark, amp).includes('<')) {
                return this.result(amp, BARE_AMPERSAND);
            }
        }
        if (message.startsWith('unclosed tag')) {
            const name = message.slice(message.indexOf(':') + 2);
            const line = this.lines[this.lines.length - 1] ?? 0;
            return this.result(at, `<${name}> opened on line ${line} is never closed (is the file cut short?)`);
        }
        if (message === 'unexpected close tag' && this.mismatch) {
            const { at: lt, name, open } = this.mismatch;
            const line = this.lines[this.lines.length - 1] ?? 0;
            return this.result(lt, `closing tag '${name}' does not close <${open}> opened on line ${line}`);
        }
        if (message === 'inappropriately located doctype declaration') {
            const lt = at - '<!DOCTYP'.length;
            return this.rootSeen || this.doctypeLine === undefined
                ? this.result(lt, 'DOCTYPE inside or after the root element')
                : this.result(lt, `a second DOCTYPE (the first is on line ${this.doctypeLine})`);
        }
        if (message === 'text data outside of root node') {
            NOT_SPACE.lastIndex = this.mark;
            const first = NOT_SPACE.exec(t)?.index ?? at;
            if (t[first] !== '<') {
                const where = this.rootSeen
                    ? 'after the end of the root element'
                    : 'before the root element';
                return this.result(first, `${this.describeAt(first)} ${where}; only markup may stand there`);
            }
        }
        if (message.startsWith('disallowed character')) {
            const cp = t.codePointAt(at) ?? 0;
            if (!isXmlChar(cp)) {
                return this.result(at, `${(0,visible_text/* describeChar */.Ip)(cp)}${cp < 0x20 ? BINARY_HINT : ' is not allowed in XML'}`);
            }
            if (t[at - 1] === '<' && message.includes('tag name')) {
                return this.result(at, `"<" followed by ${(0,visible_text/* describeChar */.Ip)(cp)}, not an element name; write &lt; for a literal "<"`);
            }
            if (cp === 0x3c && message === 'disallowed character') {
                return this.result(at, '"<" inside an attribute value; write &lt;');
            }
            return this.result(at, `${message}: ${(0,visible_text/* describeChar */.Ip)(cp)}`);
        }
        if (/^(?:expected (?:one of|the name)|did not expect any more)/.test(message)) {
            // saxes 6 words an unexpected name in the XML declaration by the wrong count.
            return this.result(at, MALFORMED_DECLARATION);
        }
        return this.result(at, message + (HINTS.get(message) ?? ''));
    }
    /** saxes refused the reference `ref` (from "&" to ";") at `amp`. */
    reference(amp, ref, message) {
        if (message.startsWith('undefined entity')) {
            if (this.doctypeLine !== undefined) {
                return this.result(amp, `entity reference ${ref} needs the DOCTYPE on line ${this.doctypeLine}, which gonogo never reads (external entities are never fetched, none are expanded); write the report without a DOCTYPE`, true);
            }
            return this.result(amp, `undeclared entity ${ref} (XML predefines only &amp; &lt; &gt; &apos; &quot;); write the character itself or a character reference`);
        }
        const number = /^&#(?:([0-9]+)|x([0-9a-fA-F]+));$/.exec(ref);
        if (number) {
            const [, dec, hexa] = number;
            const cp = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hexa ?? '', 16);
            const named = cp <= 0x10ffff ? (0,visible_text/* describeChar */.Ip)(cp) : 'no Unicode character';
            return this.result(amp, `character reference ${ref} names ${named}, which XML does not allow`);
        }
        return this.result(amp, BARE_AMPERSAND);
    }
}

;// CONCATENATED MODULE: ./src/parsers/junit.ts




/**
 * Reads one JUnit XML file: `<testsuites>` or `<testsuite>` at the root, suites nested at any
 * depth, as the common tools write it (the Ant/Jenkins JUnit schema, Maven Surefire's
 * surefire-test-report-3.0.xsd, pytest, Go's gotestsum, jest-junit, mocha, vitest).
 *
 * - A test case with `<failure>` or `<error>` failed (`<rerunFailure>`/`<rerunError>` beside it:
 *   it failed on every rerun too). One with `<flakyFailure>`/`<flakyError>` and neither passed
 *   on a rerun: it is flaky, counted as passed and named in the message (Surefire's
 *   rerunFailingTestsCount). `<skipped>`, or Google Test's `status="notrun"` /
 *   `result="skipped|suppressed"`, did not run.
 * - Counts at every level: the `failures` + `errors` a `<testsuites>` or `<testsuite>` declares
 *   must be accounted for by the failure, error, flaky and rerun elements inside it (Surefire's
 *   totals count reruns, SUREFIRE-1627); what no element accounts for fails the file (gotestsum
 *   writes a package that did not build only as `<testsuites errors="1">`,
 *   gotestyourself/gotestsum#475). A `tests` total larger than the listed cases is not a failure
 *   (mocha-junit-reporter leaves pending tests out by default).
 * - A suite of totals only (no test case, no nested suite, nothing but properties and output)
 *   counts by its totals; the outermost `tests` and `skipped` bound how many tests ran.
 * - A test case without a `name` (the schema requires one) fails the file: pytest writes one,
 *   `<testcase time="0.000" />`, for the test it was running when the run was interrupted
 *   (KeyboardInterrupt, pytest.exit; SAP/InfraBox#302), and the tests after it never ran.
 * - A file in which no test ran fails, with {@link FileVerdict.tests} set so that a source of
 *   several files can judge "no test ran" over all of them ({@link judgeTogether}).
 *
 * Never throws: malformed XML, a DOCTYPE entity (never expanded, never fetched), a count that is
 * not a number or an unexpected error is an `invalid` verdict naming the file, line and fix.
 *
 * Limits (xml-scan.ts): the file must be well-formed XML 1.0 with exactly one root element (a
 * second root, as two concatenated reports have, is invalid); a DOCTYPE is read past and never
 * processed (an entity it declares is refused, never expanded); elements nested deeper than
 * MAX_XML_DEPTH (256) are refused. The file's size is bounded before it is read
 * (`limits.max_report_bytes`, src/io/report-file.ts).
 *
 * @param text the decoded file (see `decodeText` in src/parsers/decode-text.ts)
 * @param ctx `file` names the file in messages
 */
function readJunit(text, ctx) {
    try {
        return read(text, ctx.file);
    }
    catch (e) {
        const why = (0,visible_text/* nameInvisibles */.wi)(e instanceof Error ? e.message : String(e)).slice(0, 200);
        return (0,verdict/* invalid */.Gq)(ctx.file, `could not be read (${why}); this is a gonogo bug, please report it with the file`);
    }
}
/**
 * Judges "no test ran" over all the files of one source: a file that failed only because none
 * of its tests ran (a per-class file of skipped tests, an empty suite) passes when a test ran in
 * another file of the source. Every other verdict is kept as it is.
 *
 * @param verdicts the source's file verdicts, in file order
 * @returns the verdicts in the same order
 */
function judgeTogether(verdicts) {
    if (!verdicts.some((v) => (v.tests?.ran ?? 0) > 0))
        return [...verdicts];
    return verdicts.map((v) => {
        const t = v.tests;
        if (!t || v.status !== 'failed' || t.failed > 0 || t.ran > 0)
            return v;
        return {
            ...v,
            status: 'passed',
            message: `${t.file}: no test ran in this file (${t.tests} tests, ${t.skipped} skipped); tests ran in other files of this source`
        };
    });
}
const MAX_DETAIL = 300;
/** Suite paths in finding ids keep their innermost characters (suites nested very deep). */
const MAX_PATH = 500;
const MAX_FLAKY_NAMED = 5;
const PROBLEMS = new Set(['failure', 'error']);
const FLAKY = new Set(['flakyFailure', 'flakyError']);
const RERUNS = new Set(['rerunFailure', 'rerunError']);
/** What a suite of totals only may hold besides whitespace (the JUnit schema's suite parts). */
const SUITE_PARTS = new Set(['properties', 'system-out', 'system-err']);
const INERT = { kind: 'other', inert: true };
const OTHER = { kind: 'other', inert: false };
class JunitWalker {
    frames = [];
    root;
    badCount;
    cases = 0;
    failed = 0;
    errored = 0;
    skipped = 0;
    flakyNames = [];
    suiteProblems = { failure: 0, error: 0 };
    /** Suite totals of leaf suites (files of suite totals only). */
    totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    /** Declared failures + errors no element accounts for (suites of totals only aside). */
    unaccounted = 0;
    firstUnaccounted;
    rootRan = 0;
    /** Test cases without a `name` (the schema requires one), where the first one is, and how many of them passed. */
    nameless = 0;
    firstNamelessLine;
    namelessPassed = 0;
    findings = [];
    findingsOmitted = 0;
    top() {
        return this.frames[this.frames.length - 1];
    }
    /** The open suites and test cases with their depth in `frames`: nearest ones in O(1). */
    openSuites = [];
    openCases = [];
    nearestSuite() {
        return this.openSuites[this.openSuites.length - 1]?.frame;
    }
    /** The innermost open test case, unless a suite opened inside it. */
    nearestCase() {
        const c = this.openCases[this.openCases.length - 1];
        const s = this.openSuites[this.openSuites.length - 1];
        return c && (!s || c.depth > s.depth) ? c.frame : undefined;
    }
    addFinding(f) {
        if (this.findings.length < MAX_FINDINGS_PER_CONTROL)
            this.findings.push(f);
        else
            this.findingsOmitted++;
    }
    open(name, attributes, line) {
        const top = this.top();
        if (top === undefined) {
            this.root = name;
            if (name !== 'testsuites' && name !== 'testsuite') {
                this.frames.push(INERT);
                return;
            }
        }
        if (top?.kind === 'problem' || (top?.kind === 'other' && top.inert)) {
            this.frames.push(INERT);
            return;
        }
        if (name === 'testsuite' || name === 'testsuites') {
            const parent = this.nearestSuite();
            const own = name === 'testsuite' ? (0,visible_text/* nameInvisibles */.wi)(attributes.get('name') ?? '') : '';
            const joined = parent?.path && own ? `${parent.path} › ${own}` : (parent?.path ?? '') || own;
            const path = joined.length > MAX_PATH ? `…${joined.slice(-MAX_PATH)}` : joined;
            const frame = {
                kind: 'suite',
                element: name,
                path,
                line,
                declared: this.declared(name, attributes, line),
                explained: 0,
                childSuites: 0,
                cases: 0,
                ran: 0,
                opaque: false
            };
            this.openSuites.push({ frame, depth: this.frames.length });
            this.frames.push(frame);
        }
        else if (name === 'testcase') {
            const suite = this.nearestSuite();
            if (!suite) {
                this.frames.push(OTHER);
                return;
            }
            const nameless = attributes.get('name') === undefined;
            if (nameless) {
                this.nameless++;
                this.firstNamelessLine ??= line;
            }
            const caseName = (0,visible_text/* nameInvisibles */.wi)([attributes.get('classname'), attributes.get('name')]
                .filter(Boolean)
                .join('.')
                .slice(0, MAX_PATH));
            const status = attributes.get('status')?.toLowerCase();
            const result = attributes.get('result')?.toLowerCase();
            const frame = {
                kind: 'case',
                id: suite.path ? `${suite.path} › ${caseName}` : caseName,
                name: caseName,
                suite,
                // Google Test writes tests that did not run with status/result attributes only.
                skipped: status === 'notrun' ||
                    status === 'disabled' ||
                    status === 'skipped' ||
                    result === 'skipped' ||
                    result === 'suppressed',
                flakyRuns: 0,
                reruns: 0,
                ...(nameless ? { nameless: true } : {})
            };
            const file = attributes.get('file');
            const at = Number(attributes.get('line'));
            if (file)
                frame.location = Number.isInteger(at) && at > 0 ? { file, line: at } : { file };
            this.openCases.push({ frame, depth: this.frames.length });
            this.frames.push(frame);
        }
        else if (PROBLEMS.has(name)) {
            const owner = this.nearestCase() ?? this.nearestSuite();
            if (!owner) {
                this.frames.push(INERT);
                return;
            }
            this.frames.push({
                kind: 'problem',
                type: name === 'failure' ? 'failure' : 'error',
                owner,
                message: attributes.get('message') ?? '',
                text: ''
            });
        }
        else if (FLAKY.has(name) || RERUNS.has(name) || name === 'skipped') {
            const c = this.nearestCase();
            if (c) {
                if (name === 'skipped')
                    c.skipped = true;
                else if (FLAKY.has(name))
                    c.flakyRuns++;
                else
                    c.reruns++;
            }
            this.frames.push(INERT);
        }
        else {
            if (top?.kind === 'suite' && !SUITE_PARTS.has(name))
                top.opaque = true;
            // gotestsum records the Go toolchain in each suite's properties: its reruns are trusted.
            if (name === 'property' && attributes.get('name') === 'go.version') {
                const suite = this.nearestSuite();
                if (suite)
                    suite.goTest = true;
            }
            this.frames.push(OTHER);
        }
    }
    declared(element, attributes, line) {
        const out = {};
        for (const key of ['tests', 'failures', 'errors', 'skipped', 'disabled']) {
            const raw = attributes.get(key);
            if (raw === undefined || raw.trim() === '')
                continue;
            if (!/^\s*\d{1,15}\s*$/.test(raw)) {
                this.badCount ??= `${key}="${(0,visible_text/* nameInvisibles */.wi)(raw).slice(0, 40)}" on <${element}> at line ${line} is not a count (a whole number); fix the tool or step that wrote the file`;
                continue;
            }
            out[key] = Number(raw);
        }
        return out;
    }
    close() {
        const frame = this.frames.pop();
        if (!frame)
            return;
        if (frame.kind === 'problem')
            this.closeProblem(frame);
        else if (frame.kind === 'case') {
            this.openCases.pop();
            this.closeCase(frame);
        }
        else if (frame.kind === 'suite') {
            this.openSuites.pop();
            this.closeSuite(frame);
        }
    }
    wantsText() {
        const top = this.top();
        if (top?.kind === 'suite')
            return !top.opaque;
        return top?.kind === 'problem' && top.message.trim() === '' && top.text.length < 2000;
    }
    text(chunk) {
        const top = this.top();
        if (top?.kind === 'problem')
            top.text += chunk;
        else if (top?.kind === 'suite' && chunk.trim() !== '')
            top.opaque = true;
    }
    closeProblem(p) {
        const detail = firstLine(p.message) || firstLine(p.text);
        if (p.owner.kind === 'case') {
            const c = p.owner;
            if (!c.problem)
                c.problem = { type: p.type, detail };
            else if (c.problem.type === 'error' && p.type === 'failure')
                c.problem = { type: 'failure', detail: c.problem.detail || detail };
            return;
        }
        // A failure or error outside any test case (a suite that failed to set up or to load).
        const suite = p.owner;
        this.suiteProblems[p.type]++;
        suite.explained++;
        this.addFinding({
            id: suite.path || `<${suite.element}>`,
            status: 'failed',
            message: `${p.type === 'failure' ? 'failed' : 'errored'} outside any test case${detail ? `: ${detail}` : ''}`
        });
    }
    closeCase(c) {
        this.cases++;
        c.suite.cases++;
        c.suite.explained += c.flakyRuns + c.reruns;
        if (c.problem || c.reruns > 0) {
            c.suite.ran++;
            const type = c.problem?.type ?? 'failure';
            if (type === 'failure')
                this.failed++;
            else
                this.errored++;
            if (c.problem)
                c.suite.explained++;
            const verb = type === 'failure' ? 'failed' : 'errored';
            const how = c.reruns > 0
                ? c.problem
                    ? `${verb} on every run (${c.reruns} reruns)`
                    : `${verb} on ${c.reruns} reruns, with no final result`
                : verb;
            const detail = c.problem?.detail ?? '';
            const f = {
                id: c.id || `testcase ${this.cases}`,
                status: 'failed',
                message: `${how}${detail ? `: ${detail}` : ''}`
            };
            if (c.location)
                f.location = c.location;
            this.addFinding(f);
            if (c.problem && c.reruns === 0 && c.id && c.suite.goTest) {
                c.suite.failedRuns ??= new Map();
                const kept = this.findings[this.findings.length - 1] === f ? f : undefined;
                c.suite.failedRuns.set(c.id, { type, ...(kept ? { finding: kept } : {}) });
            }
        }
        else if (c.skipped) {
            this.skipped++;
        }
        else {
            c.suite.ran++;
            if (c.nameless)
                this.namelessPassed++;
            const earlier = c.id ? c.suite.failedRuns?.get(c.id) : undefined;
            if (earlier) {
                // Failed, then passed on a rerun of the same test in the same suite: flaky, not failed
                // (gotestsum --rerun-fails; gotestyourself/gotestsum#281: the run passes).
                c.suite.failedRuns?.delete(c.id);
                if (earlier.type === 'failure')
                    this.failed--;
                else
                    this.errored--;
                const at = earlier.finding ? this.findings.indexOf(earlier.finding) : -1;
                if (at >= 0)
                    this.findings.splice(at, 1);
                this.flakyNames.push(c.name || c.id);
            }
            else if (c.flakyRuns > 0)
                this.flakyNames.push(c.name || c.id);
        }
    }
    closeSuite(s) {
        const d = s.declared;
        const declaredProblems = (d.failures ?? 0) + (d.errors ?? 0);
        const notRun = (d.skipped ?? 0) + (d.disabled ?? 0);
        const parent = this.nearestSuite();
        // A suite of totals only: no test case, no nested suite, no failure element of its own.
        const leaf = s.element === 'testsuite' && s.childSuites === 0 && s.cases === 0 && s.explained === 0;
        let ran = s.ran;
        if (leaf) {
            // Some reporters write only a suite's totals: they are all there is to judge it by. Its
            // failures always count; its tests only when nothing else stands in the suite.
            this.totals.failures += d.failures ?? 0;
            this.totals.errors += d.errors ?? 0;
            if (!s.opaque) {
                this.totals.tests += d.tests ?? 0;
                this.totals.skipped += notRun;
                ran = Math.max(0, (d.tests ?? 0) - notRun);
            }
        }
        else if (!parent && d.tests !== undefined) {
            // The outermost totals bound what ran: mocha-junit-reporter leaves pending tests out of
            // the file and counts them only in <testsuites skipped="…">.
            ran = Math.min(ran, Math.max(0, d.tests - notRun));
        }
        const unaccounted = declaredProblems - s.explained;
        if (unaccounted > 0) {
            if (leaf) {
                this.addFinding({
                    id: s.path || 'testsuite',
                    status: 'failed',
                    message: `${d.failures ?? 0} failed and ${d.errors ?? 0} errored (suite totals; no test cases listed)`
                });
            }
            else {
                this.unaccounted += unaccounted;
                const said = `<${s.element}>${s.path ? ` "${s.path}"` : ''} on line ${s.line} says ${countsSaid(d)}`;
                this.firstUnaccounted ??= said;
                this.addFinding({
                    id: s.path || `<${s.element}>`,
                    status: 'failed',
                    message: s.explained === 0
                        ? `${said}, but no failure or error element accounts for ${unaccounted === 1 ? 'it' : 'them'}: ${unaccounted} failed or errored outside any listed test (e.g. a package that did not build)`
                        : `${said}, but the elements inside account for only ${s.explained}: ${unaccounted} more failed or errored outside any listed test (e.g. a package that did not build)`
                });
            }
        }
        if (parent) {
            parent.explained += Math.max(declaredProblems, s.explained);
            parent.childSuites++;
            parent.ran += ran;
        }
        else {
            this.rootRan = ran;
        }
    }
}
function countsSaid(d) {
    const parts = [];
    for (const key of ['tests', 'failures', 'errors']) {
        const v = d[key];
        if (v !== undefined)
            parts.push(`${key}="${v}"`);
    }
    return parts.join(' ');
}
function firstLine(s) {
    for (const line of s.split('\n')) {
        const t = line.trim();
        if (t)
            return (0,visible_text/* nameInvisibles */.wi)(t.slice(0, MAX_DETAIL));
    }
    return '';
}
function read(text, file) {
    const w = new JunitWalker();
    const scan = scanXml(text, w);
    if (!scan.ok) {
        const where = `line ${scan.line}, column ${scan.column}`;
        const message = (0,visible_text/* nameInvisibles */.wi)(scan.message);
        if (message.endsWith(BINARY_HINT)) {
            const what = message.slice(0, -BINARY_HINT.length);
            return (0,verdict/* invalid */.Gq)(file, `binary data, not JUnit XML (${what} at ${where})`);
        }
        return (0,verdict/* invalid */.Gq)(file, scan.refused
            ? `cannot be read safely at ${where}: ${message}`
            : `not well-formed XML at ${where}: ${message}`);
    }
    if (w.root !== 'testsuites' && w.root !== 'testsuite') {
        return (0,verdict/* invalid */.Gq)(file, `not JUnit XML: the root element is <${(0,visible_text/* nameInvisibles */.wi)(w.root ?? 'none')}>, expected <testsuites> or <testsuite>`);
    }
    // A total that is not a count makes the file unreadable, unless the file fails anyway (mocha's
    // xunit reporter writes skipped="-2" when hooks fail): then its failures stand.
    if (w.badCount && w.failed + w.errored + w.suiteProblems.failure + w.suiteProblems.error === 0)
        return (0,verdict/* invalid */.Gq)(file, w.badCount);
    const ignored = w.badCount ? `; ${w.badCount.replace(/; fix the tool.*$/, '')} (not counted)` : '';
    // Listed test cases, plus suites of totals only by their totals.
    const failures = w.failed + w.totals.failures + w.suiteProblems.failure;
    const errors = w.errored + w.totals.errors + w.suiteProblems.error;
    const tests = w.cases + w.totals.tests;
    const ran = w.rootRan;
    // Totals only: what did not run by the outer totals (mocha-junit-reporter counts pending tests
    // in <testsuites skipped="…"> but not in their suites) counts as skipped too.
    const skipped = Math.max(w.skipped + w.totals.skipped, tests - ran);
    const extra = w.unaccounted;
    const failed = failures + errors + extra;
    const tally = { file, tests, skipped, ran, failed: failed + w.nameless };
    const summary = { tests, failures, errors, skipped };
    if (w.flakyNames.length > 0)
        summary.flaky = w.flakyNames.length;
    if (extra > 0)
        summary.unaccounted = extra;
    const flaky = flakySuffix(w.flakyNames);
    const base = { findings: w.findings, summary, tests: tally };
    const omitted = w.findingsOmitted > 0 ? { findingsOmitted: w.findingsOmitted } : {};
    if (failed > 0) {
        const counted = failures + errors > 0;
        const message = counted
            ? `${file}: ${failures} failed and ${errors} errored of ${tests} tests${extra > 0 ? `; and ${w.firstUnaccounted ?? 'a suite'}: ${extra} more than the elements show` : ''}${flaky}${ignored}`
            : `${file}: ${w.firstUnaccounted ?? 'a suite'}, but no <failure> or <error> element accounts for ${extra === 1 ? 'it' : `${extra} of them`}: something failed outside any listed test (e.g. a package that did not build or a suite that did not load); ${ran} listed tests passed. Fix what the test tool's log reports${flaky}`;
        return { status: 'failed', message, ...base, ...omitted };
    }
    if (w.nameless > 0) {
        return {
            status: 'failed',
            message: `${file}: the <testcase> at line ${w.firstNamelessLine ?? 0}${w.nameless > 1 ? ` and ${w.nameless - 1} more` : ''} has no name: the run stopped while a test ran (pytest writes this when interrupted by KeyboardInterrupt or pytest.exit), so the run did not finish; ${Math.max(0, ran - w.namelessPassed)} named tests passed. Re-run the tests to the end${flaky}`,
            ...base,
            findings: []
        };
    }
    if (ran <= 0) {
        return {
            status: 'failed',
            message: `${file}: no test ran (${tests} tests, ${skipped} skipped); a run without tests proves nothing`,
            ...base,
            findings: []
        };
    }
    return {
        status: 'passed',
        message: `${file}: ${ran} tests passed${skipped > 0 ? `, ${skipped} skipped` : ''}${flaky}`,
        ...base,
        findings: []
    };
}
function flakySuffix(names) {
    if (names.length === 0)
        return '';
    const shown = names.slice(0, MAX_FLAKY_NAMED).join(', ');
    const more = names.length > MAX_FLAKY_NAMED ? `, and ${names.length - MAX_FLAKY_NAMED} more` : '';
    return `; ${names.length} flaky (passed on rerun): ${shown}${more}`;
}

// EXTERNAL MODULE: ./src/generated/validators.js
var validators = __webpack_require__(46161);
;// CONCATENATED MODULE: ./src/parsers/legacy-report.ts



/** The older gate's decision words. */
const DECISION_WORDS = {
    go: 'go',
    'conditional-go': 'conditional-go',
    conditional_go: 'conditional-go',
    'no-go': 'no-go',
    no_go: 'no-go'
};
/** Summary fields the Playbook names, and when each fails the report. */
const SUMMARY_RULES = [
    { field: 'failed_tests', kind: 'count', what: 'tests failed' },
    { field: 'test_execution_complete', kind: 'complete', what: 'test execution did not complete' },
    { field: 'failed_executions', kind: 'count', what: 'executions failed' },
    { field: 'execution_complete', kind: 'complete', what: 'execution did not complete' }
];
/** How far above 1 floating-point division may put a ratio that is 1. */
const RATIO_ROUNDING = 1e-9;
/**
 * Counts of inputs by a consolidated summary's status words (`"invalid": 1`, top level or in
 * `summary`): above 0, each is the status its word has for an input listed with it (status.ts:
 * missing and invalid fail, unknown and unverified are unverified), whatever the counts of passed
 * and failed inputs say. `summary.unverified` has its own rule (it may be a boolean).
 */
const INPUT_STATUS_COUNTS = ['missing', 'invalid', 'unknown', 'unverified'];
/** Lists whose entries are failures, and lists shown but never counted. */
const FAILURE_LISTS = ['breaches', 'failures', 'mismatches', 'violations', 'errors'];
const SHOWN_LISTS = ['warnings', 'notes'];
/** Top-level keys that hold settings, inputs or lists read above: never read as nested items. */
const NOT_ITEMS = new Set([
    'summary',
    'checks',
    'thresholds',
    'inputs',
    'policy',
    'config',
    'settings',
    'environment',
    'exceptions_applied',
    ...FAILURE_LISTS,
    ...SHOWN_LISTS
]);
/**
 * The access checks of the older scripts (verify_github_branch_protection.py): a repository
 * given, a token present, an API call answered. Matched on the whole id (an API call check is
 * `<what>_api_call:<branch>`), never on a substring: required check names can contain "token".
 */
const ACCESS_CHECK = /^(repository_provided|github_token_present|token_present|[a-z_]+_api_call(:[^:]*)?)$/;
/** The one report §2.4 lets be accepted while unverified. */
const BRANCH_PROTECTION_REPORT = /github_branch_protection/;
/**
 * The words the older scripts write as an item's verdict. Other words in a nested `status`
 * (`experimental`, `pending`, `allow`, `skipped`) are lifecycle stages or outcomes, not verdicts.
 */
const NESTED_VERDICTS = new Set([
    'failure',
    'timed_out',
    'cancelled',
    'canceled',
    'passed',
    'pass',
    'ok',
    'success',
    'failed',
    'fail',
    'error',
    'breach',
    'missing',
    'invalid',
    'unverified',
    'unknown'
]);
/** How many nested values are looked at before the report is refused as too large to judge. */
const MAX_NESTED_VALUES = 200_000;
/** Failure counts and item counts (top level and `summary`). */
const FAILED_WORDS = /^(failed|failures|errors|unstable|mismatched|violations|breaches|failed_[a-z_]+|[a-z_]+_failed|failing|errored|(num|total|count|n)_(failed|failures|failing|errors|errored|failed_[a-z_]+)|(failure|error|errored|failing|failed)_(count|total|num))$/;
/** Words that make a failure-sounding field a setting, not a count (`max_failures`). */
const NOT_A_COUNT = /(^|_)(max|min|allowed|threshold|limit|budget|tolerance|expected|target)(_|$)/;
const ITEM_WORDS = /^(total|passed|stable|matched|total_[a-z_]+|[a-z_]+_total|passed_[a-z_]+|[a-z_]+_passed|completed_[a-z_]+)$/;
/** `numFailedTests` (jest's field) → `num_failed_tests`. */
const snake = (k) => k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
/**
 * What a field name counts: bit 1 a failure count, bit 2 an item count. Reports of one kind repeat
 * the same few names thousands of times, so each name is classified once (at most 4,096 kept).
 */
const keyKinds = new Map();
function keyKind(k) {
    let kind = keyKinds.get(k);
    if (kind === undefined) {
        const s = snake(k);
        const failed = FAILED_WORDS.test(s) && !NOT_A_COUNT.test(s);
        kind = failed ? 1 : ITEM_WORDS.test(s) ? 2 : 0;
        if (keyKinds.size < 4096)
            keyKinds.set(k, kind);
    }
    return kind;
}
/** A failure count, as the older scripts and the test tools they wrapped name one. */
function isFailedCount(k) {
    return (keyKind(k) & 1) !== 0;
}
/** An item count (what failures are counted of); never a failure count itself. */
function isItemCount(k) {
    return (keyKind(k) & 2) !== 0;
}
const PLAYBOOK_FIELDS = new Set(SUMMARY_RULES.map((r) => r.field));
/** Counts that restate a `checks` list; read through the list when it is there. */
const RESTATES_CHECKS = new Set(['total', 'passed', 'failed', 'pass_ratio']);
/**
 * Judges one report of the older scripts. Pure; never throws.
 *
 * @param doc the parsed JSON object (any `contract` but `gonogo.report/v1`, or none)
 * @param ctx file name (for messages) and the commit being gated (a report naming another commit
 *   is stale)
 * @returns the verdict; `conditional` when the older gate decided conditional-go,
 *   `refuseUnverified` when §2.4 forbids accepting this report's `unverified`
 */
function readLegacyReport(doc, ctx) {
    if (doc.contract !== undefined && typeof doc.contract !== 'string')
        return (0,verdict/* invalid */.Gq)(ctx.file, "'contract' must be a string naming the report's kind");
    const contract = typeof doc.contract === 'string' ? doc.contract : undefined;
    const label = contract ? `older report (contract ${contract.slice(0, 80)})` : 'older report';
    const shas = legacyShas(doc);
    if (typeof shas === 'string')
        return (0,verdict/* invalid */.Gq)(ctx.file, shas);
    const reportSha = shas[0];
    const other = ctx.sha ? shas.find((c) => !(0,verdict/* sameCommit */.Kd)(c, ctx.sha)) : undefined;
    if (ctx.sha && other)
        return (0,verdict/* stale */.ez)(ctx.file, other, ctx.sha);
    const r = judge(doc, label);
    if ('invalid' in r)
        return (0,verdict/* invalid */.Gq)(ctx.file, r.invalid);
    const status = (0,core_status/* worstStatus */.A4)(r.signals.map((x) => x.status));
    const deciding = r.signals.filter((x) => x.status === status);
    const notes = [];
    if (r.accessChecks.length > 0 && status === 'unverified')
        notes.push(`could not reach its evidence: ${list(r.accessChecks)} (the reason it is unverified)`);
    if (r.conditional && status === 'passed')
        notes.push(r.conditional);
    if (r.tolerated.length > 0 && status === 'passed')
        notes.push(`the older gate's decision tolerated failed checks: ${list(r.tolerated)}`);
    let refuseUnverified;
    if (status === 'unverified') {
        refuseUnverified = unverifiedRefusal(doc, contract, r.unverifiedInputs);
        if (refuseUnverified)
            notes.push(refuseUnverified);
    }
    if (r.shown.length > 0)
        notes.push(`${r.shown[0]}${r.shown.length > 1 ? '; …' : ''}`);
    if (ctx.sha && !reportSha)
        notes.push('no commit recorded, so staleness was not checked');
    const message = `${ctx.file}: ${status} (${label}: ${deciding
        .slice(0, 4)
        .map((x) => x.why)
        .join('; ')}${deciding.length > 4 ? '; …' : ''}${notes.map((n) => `; ${n}`).join('')})`;
    const kept = keepFindings(r.findings);
    return {
        status,
        message,
        findings: kept.findings,
        summary: r.summary,
        ...(r.conditional && status === 'passed' ? { conditional: r.conditional } : {}),
        ...(refuseUnverified ? { refuseUnverified } : {})
    };
}
function judge(doc, label) {
    const j = {
        signals: [],
        findings: [],
        summary: {},
        accessChecks: [],
        tolerated: [],
        unverifiedInputs: [],
        shown: []
    };
    // 1. Verdict words.
    const words = [];
    for (const field of ['status', 'slo_status']) {
        const v = doc[field];
        if (v === undefined || v === null)
            continue;
        if (typeof v !== 'string')
            return { invalid: `'${field}' must be a string status word` };
        const s = (0,core_status/* normaliseStatusWord */.f)(v);
        if (!s) {
            return {
                invalid: `unknown status word ${JSON.stringify(v.slice(0, 40))} in '${field}'; known words: ${core_status/* LEGACY_STATUS_WORDS */.h$.join(', ')}`
            };
        }
        words.push({ status: s, why: `${field}: ${v}` });
    }
    // 2. The older gate's decision is the verdict of its own report.
    let decision;
    if (doc.decision !== undefined && doc.decision !== null) {
        const raw = typeof doc.decision === 'string' ? doc.decision : undefined;
        const key = raw?.trim().toLowerCase() ?? '';
        const known = Object.hasOwn(DECISION_WORDS, key) ? DECISION_WORDS[key] : undefined;
        if (raw === undefined || known === undefined) {
            return {
                invalid: `unknown decision ${raw !== undefined ? JSON.stringify(raw.slice(0, 40)) : `of type ${typeof doc.decision}`}; expected go, conditional-go or no-go`
            };
        }
        decision = known;
        j.signals.push({
            status: decision === 'no-go' ? 'failed' : 'passed',
            why: `decision: ${raw}`
        });
        // The gate writes `status: failed` with a conditional-go; any other word still counts.
        j.signals.push(...words.filter((w) => !w.why.startsWith('status:')));
        const statusWord = words.find((w) => w.why.startsWith('status:'));
        if (decision === 'go' && statusWord && statusWord.status !== 'passed') {
            j.signals.push({
                status: 'failed',
                why: `decision go but ${statusWord.why}: the older gate writes status passed with every go; regenerate the report`
            });
        }
    }
    else {
        j.signals.push(...words);
    }
    const saysUnverified = words.length > 0 && (0,core_status/* worstStatus */.A4)(words.map((w) => w.status)) === 'unverified';
    // 3. Checks: a list of {check_id, passed} or an object of booleans.
    const checks = readChecks(doc.checks);
    if (typeof checks === 'string')
        return { invalid: checks };
    const failed = [];
    for (const c of checks) {
        if (c.passed)
            continue;
        const access = saysUnverified && !decision && ACCESS_CHECK.test(c.id);
        if (access)
            j.accessChecks.push(c.id);
        else
            failed.push(c.id);
        j.findings.push({
            id: c.id,
            status: access ? 'unverified' : 'failed',
            message: `${access ? 'could not reach evidence' : 'failed'}${c.detail ? `: ${c.detail}` : ''}${c.severity ? ` (severity ${c.severity})` : ''}`
        });
    }
    if (checks.length > 0) {
        j.summary.checks = checks.length;
        j.summary.failed_checks = failed.length;
        // With no verdict word, a list of checks that all passed is a verdict of its own (the
        // counts that restate it are read through it).
        if (words.length === 0 && !decision && failed.length === 0 && j.accessChecks.length === 0)
            j.signals.push({
                status: 'passed',
                why: `checks: ${checks.length} of ${checks.length} passed`
            });
    }
    if (decision === 'conditional-go') {
        j.conditional = `the older gate decided conditional-go${failed.length > 0 ? ` (failed within its profile or under an exception: ${list(failed)})` : ''}`;
    }
    else if (decision === 'go') {
        j.tolerated = failed;
    }
    else if (!decision && failed.length > 0) {
        j.signals.push({
            status: 'failed',
            why: `${failed.length === 1 ? 'check' : `${failed.length} checks`} failed: ${list(failed)}`
        });
    }
    // 4. Summary fields the Playbook names.
    const s = doc.summary;
    if (s !== undefined && s !== null && !(0,verdict/* isRecord */.u4)(s))
        return { invalid: "'summary' must be an object" };
    if ((0,verdict/* isRecord */.u4)(s)) {
        for (const [k, v] of Object.entries(s)) {
            if (typeof v === 'number' && Number.isFinite(v) && v >= 0)
                j.summary[k] = v;
        }
        const bad = playbookSummaryFields(s, 'summary', j, { left: MAX_NESTED_VALUES });
        if (bad)
            return { invalid: bad };
        const u = s.unverified;
        if (u !== undefined && u !== null && typeof u !== 'boolean' && typeof u !== 'number')
            return { invalid: "'summary.unverified' must be true or false, or a count" };
        if (u === true)
            j.signals.push({ status: 'unverified', why: 'summary.unverified = true' });
        else if (typeof u === 'number') {
            const bad = countProblem(u);
            if (bad)
                return { invalid: `'summary.unverified' ${bad}` };
            if (u > 0)
                j.signals.push({ status: 'unverified', why: `summary.unverified = ${u}` });
        }
    }
    // 5. Failure lists; warnings and notes are shown only.
    for (const field of FAILURE_LISTS) {
        const items = doc[field];
        if (items === undefined || items === null)
            continue;
        if (!Array.isArray(items)) {
            if (field === 'errors' && typeof items === 'number')
                continue; // a count, read in step 7
            return { invalid: `'${field}' must be a list` };
        }
        if (items.length === 0)
            continue;
        j.summary[field] = items.length;
        const texts = items.map(itemText);
        j.signals.push({
            status: 'failed',
            why: `${field}[] lists ${items.length}: ${texts.slice(0, 2).join('; ')}${items.length > 2 ? '; …' : ''}`
        });
        texts.forEach((t, i) => j.findings.push({ id: `${field}[${i}]`, status: 'failed', message: t || '(no text)' }));
    }
    for (const field of SHOWN_LISTS) {
        const items = doc[field];
        if (!Array.isArray(items) || items.length === 0)
            continue;
        j.summary[field] = items.length;
        j.shown.push(`${field} (not counted): ${items.slice(0, 2).map(itemText).join('; ')}`);
    }
    // 6. Nested items with their own verdict word.
    const nested = nestedVerdicts(doc);
    if (typeof nested === 'string')
        return { invalid: nested };
    // An item's own summary (per surface, per suite) holds the Playbook fields too.
    // A summary inside one already walked (`summary.unit.summary`, an item's summary in a
    // surface's summary) was read with it: walking it again would repeat its findings.
    const budget = { left: MAX_NESTED_VALUES };
    const walked = [];
    for (const at of nested.summaries) {
        if (walked.some((w) => at.path.startsWith(`${w}.`) || at.path.startsWith(`${w}[`)))
            continue;
        walked.push(at.path);
        const bad = playbookSummaryFields(at.summary, at.path, j, budget);
        if (bad)
            return { invalid: bad };
    }
    for (const n of nested.verdicts) {
        j.signals.push({ status: n.status, why: `${n.path}: ${n.word}` });
        if (n.status !== 'passed')
            j.findings.push({
                id: n.path,
                status: n.status,
                message: `${n.word}${n.name ? ` (${n.name})` : ''}`
            });
        if (n.status === 'unverified' && n.name)
            j.unverifiedInputs.push(n.name);
    }
    // 7. Counts and ratios (for the older gate's own report too: a failure count still fails).
    const counted = countVerdicts(doc, checks.length > 0, words.length === 0 && !decision);
    if (typeof counted === 'string')
        return { invalid: counted };
    j.signals.push(...counted);
    if (j.signals.length === 0) {
        return {
            invalid: `${label} carries no verdict: looked for 'status', 'slo_status', 'decision', failure counts with a total (top level or in 'summary'), '*_ratio' fields and items with a status; add one, or write a gonogo.report/v1 report`
        };
    }
    return j;
}
/**
 * Keys under a summary that hold settings, baselines or earlier runs, not this run's results:
 * never looked into for the Playbook fields (`summary.thresholds.failed_tests: 5` is a limit).
 */
const NOT_A_BREAKDOWN = /(^|_)(max|min|maximum|minimum|allowed|threshold|thresholds|limit|limits|budget|tolerance|expected|target|targets|baseline|previous|prior|last|history|config|settings|policy|inputs)(_|$)/;
/**
 * The Playbook's summary fields (SUMMARY_RULES) of a summary object `o`, named `at.<field>`, as
 * signals and findings on `j`; then the same in every object and list nested in it, at any depth
 * (`summary.unit.failed_tests`, `summary.suites[2].failed_tests`): a breakdown's failure fails
 * the report as the total's would. Keys that name a setting, a baseline or an earlier run
 * (NOT_A_BREAKDOWN) are not looked into. Iterative; bounded by `budget` (values visited).
 * Returns what is malformed, or undefined.
 */
function playbookSummaryFields(o, at, j, budget) {
    const stack = [[o, at]];
    while (stack.length > 0) {
        const [value, path] = stack.pop();
        if (--budget.left < 0)
            return `the report nests more than ${MAX_NESTED_VALUES} values below its top level; too large to judge`;
        if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--)
                stack.push([value[i], `${path}[${i}]`]);
            continue;
        }
        if (!(0,verdict/* isRecord */.u4)(value))
            continue;
        for (const rule of SUMMARY_RULES) {
            const v = value[rule.field];
            if (v === undefined || v === null)
                continue;
            const name = `${path}.${rule.field}`;
            if (rule.kind === 'count') {
                const bad = countProblem(v);
                if (bad || typeof v !== 'number')
                    return `'${name}' ${bad ?? 'must be a number'}`;
                if (v > 0) {
                    j.signals.push({ status: 'failed', why: `${name} = ${v}` });
                    j.findings.push({ id: name, status: 'failed', message: `${v} ${rule.what}` });
                }
            }
            else {
                if (typeof v !== 'boolean')
                    return `'${name}' must be true or false`;
                if (!v) {
                    j.signals.push({ status: 'failed', why: `${name} = false` });
                    j.findings.push({ id: name, status: 'failed', message: rule.what });
                }
            }
        }
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
            const k = keys[i];
            const v = value[k];
            if (typeof v === 'object' && v !== null && !NOT_A_BREAKDOWN.test(k))
                stack.push([v, `${path}.${k}`]);
        }
    }
    return undefined;
}
/** Why a count is not a count (negative, not finite, not a number); undefined when it is one. */
function countProblem(v) {
    if (typeof v !== 'number')
        return 'must be a number';
    if (!Number.isFinite(v))
        return `must be a finite number, not ${String(v)}`;
    if (v < 0)
        return `must not be negative (${v})`;
    return undefined;
}
/**
 * §2.4: whether an `unverified` report may be accepted with manual evidence. Only the GitHub
 * branch protection report may; a consolidated summary only when every unverified input is that
 * report. Returns the reason it may not, or undefined.
 */
function unverifiedRefusal(doc, contract, unverifiedInputs) {
    const isSummary = Array.isArray(doc.reports);
    if (isSummary) {
        const others = unverifiedInputs.filter((i) => !BRANCH_PROTECTION_REPORT.test(i));
        // A count of unverified (or unknown) inputs above those listed hides which the others are.
        // Each word counted once: a report may write the same count at the top and in `summary`.
        const places = [doc, (0,verdict/* isRecord */.u4)(doc.summary) ? doc.summary : {}];
        const counted = ['unverified', 'unknown']
            .map((k) => Math.max(0, ...places.map((o) => (typeof o[k] === 'number' ? o[k] : 0))))
            .reduce((a, b) => a + b, 0);
        if (counted > unverifiedInputs.length) {
            return `Playbook §2.4: unverified may be accepted only for the GitHub branch protection report, but the summary counts ${counted} unverified or unknown input${counted === 1 ? '' : 's'} while ${unverifiedInputs.length} ${unverifiedInputs.length === 1 ? 'is' : 'are'} listed as unverified: the others are not named`;
        }
        if (unverifiedInputs.length > 0 && others.length === 0)
            return undefined;
        return `Playbook §2.4: unverified may be accepted only for the GitHub branch protection report, but ${others.length > 0 ? `${list(others)} ${others.length === 1 ? 'is' : 'are'} unverified` : 'no input says which report is unverified'}`;
    }
    if (contract && BRANCH_PROTECTION_REPORT.test(contract))
        return undefined;
    return `Playbook §2.4: unverified may be accepted only for the GitHub branch protection report${contract ? `, not ${contract}` : ''}`;
}
/** `checks` as the scripts write it; a string names what is malformed. */
function readChecks(v) {
    if (v === undefined || v === null)
        return [];
    if (Array.isArray(v)) {
        const out = [];
        for (const [i, c] of v.entries()) {
            if (!(0,verdict/* isRecord */.u4)(c))
                return `'checks[${i}]' must be an object with check_id and passed`;
            const id = typeof c.check_id === 'string' ? c.check_id : typeof c.id === 'string' ? c.id : '';
            let passed;
            if (c.passed !== undefined && c.passed !== null && typeof c.passed !== 'boolean')
                return `'checks[${i}].passed' must be true or false`;
            if (typeof c.passed === 'boolean')
                passed = c.passed;
            if (typeof c.status === 'string') {
                const s = (0,core_status/* normaliseStatusWord */.f)(c.status);
                if (s === undefined)
                    return `unknown status word ${JSON.stringify(c.status.slice(0, 40))} in 'checks[${i}].status'; known words: ${core_status/* LEGACY_STATUS_WORDS */.h$.join(', ')}`;
                // An item that says both passed and not: the worse stands.
                passed = (passed ?? true) && s === 'passed';
            }
            if (passed === undefined)
                return `'checks[${i}]' has no 'passed' (true or false); the older scripts always write it`;
            out.push({
                id: id || `checks[${i}]`,
                passed,
                ...(c.detail !== undefined && c.detail !== null ? { detail: itemText(c.detail) } : {}),
                ...(typeof c.severity === 'string' ? { severity: c.severity } : {})
            });
        }
        return out;
    }
    if ((0,verdict/* isRecord */.u4)(v)) {
        const out = [];
        for (const [k, b] of Object.entries(v)) {
            if (typeof b !== 'boolean')
                return `'checks.${k}' must be true or false`;
            out.push({ id: k, passed: b });
        }
        return out;
    }
    return "'checks' must be a list of {check_id, passed} or an object of booleans";
}
/**
 * Verdict words of nested items (`scenarios[1].status`, `current.status`, `reports[4].status`,
 * `surfaces.api.status`, …) at any depth below the top level, in document order. A `status` or
 * `slo_status` that is not a verdict word is data. Iterative, with a bound on the values read.
 */
function nestedVerdicts(doc) {
    const out = [];
    const summaries = [];
    const stack = [];
    for (const [k, v] of Object.entries(doc).reverse()) {
        if (!NOT_ITEMS.has(k) && typeof v === 'object' && v !== null)
            stack.push({ value: v, path: k });
    }
    let budget = MAX_NESTED_VALUES;
    while (stack.length > 0) {
        if (--budget < 0)
            return `the report nests more than ${MAX_NESTED_VALUES} values below its top level; too large to judge`;
        const { value, path } = stack.pop();
        const children = [];
        if (Array.isArray(value)) {
            value.forEach((v, i) => {
                if (typeof v === 'object' && v !== null)
                    children.push({ value: v, path: `${path}[${i}]` });
            });
        }
        else if ((0,verdict/* isRecord */.u4)(value)) {
            for (const field of ['status', 'slo_status']) {
                const w = value[field];
                if (typeof w !== 'string')
                    continue;
                const s = NESTED_VERDICTS.has(w.trim().toLowerCase()) ? (0,core_status/* normaliseStatusWord */.f)(w) : undefined;
                if (!s)
                    continue;
                const name = itemName(value);
                out.push({ path: `${path}.${field}`, word: w, status: s, ...(name ? { name } : {}) });
            }
            // A baseline's or an earlier run's summary is not this run's (NOT_A_BREAKDOWN).
            if ((0,verdict/* isRecord */.u4)(value.summary) && !path.split(/[.[\]]/).some((k) => NOT_A_BREAKDOWN.test(k)))
                summaries.push({ path: `${path}.summary`, summary: value.summary });
            for (const [k, v] of Object.entries(value)) {
                if (typeof v === 'object' && v !== null)
                    children.push({ value: v, path: `${path}.${k}` });
            }
        }
        for (let i = children.length - 1; i >= 0; i--)
            stack.push(children[i]);
    }
    return { verdicts: out, summaries };
}
function itemName(o) {
    for (const k of ['contract', 'path', 'report', 'name', 'id', 'check_id', 'capability_id']) {
        const v = o[k];
        if (typeof v === 'string' && v)
            return v.slice(0, 120);
    }
    return undefined;
}
/**
 * Counts and ratios at the top level and in `summary`. A failure count above 0 always fails.
 * With no verdict word (`judgeAll`), the report passes only with 0 failures of at least one item,
 * every `*_ratio` at 1.0 or more, and `passed + failed (+ skipped) == total` where all are given.
 * Returns a message when a count is not a count.
 */
function countVerdicts(doc, hasChecks, judgeAll) {
    const out = [];
    const places = [['', doc]];
    if ((0,verdict/* isRecord */.u4)(doc.summary))
        places.push(['summary.', doc.summary]);
    for (const [prefix, o] of places) {
        // Playbook summary fields are read by their own rules; a checks list by its items.
        const skip = (k) => (prefix === 'summary.' && PLAYBOOK_FIELDS.has(k)) || (hasChecks && RESTATES_CHECKS.has(k));
        const nums = new Map();
        for (const [k, v] of Object.entries(o)) {
            if (skip(k) || !(isFailedCount(k) || isItemCount(k) || k.endsWith('_ratio')))
                continue;
            if (v === null || v === undefined || typeof v === 'boolean' || Array.isArray(v))
                continue;
            if (typeof v === 'object') {
                if (isFailedCount(k))
                    return `'${prefix}${k}' must be a count, not an object`;
                continue;
            }
            const bad = countProblem(v);
            if (bad)
                return `'${prefix}${k}' ${bad}`;
            nums.set(k, v);
        }
        const items = Math.max(0, ...[...nums].filter(([k]) => isItemCount(k)).map(([, n]) => n));
        for (const [k, n] of nums) {
            if (!isFailedCount(k))
                continue;
            if (n > 0)
                out.push({ status: 'failed', why: `${prefix}${k} = ${n}` });
            else if (judgeAll)
                out.push(items > 0
                    ? { status: 'passed', why: `${prefix}${k} = 0 of ${items}` }
                    : { status: 'failed', why: `${prefix}${k} = 0 but no item was counted` });
        }
        for (const [k, n] of nums) {
            if (!k.endsWith('_ratio'))
                continue;
            // A ratio that decides the report (no verdict word) must be one: 1.5 or 100 is not.
            // Division rounding may land a hair above 1 (0.1+0.2+0.7 over itself reversed).
            if (judgeAll && n > 1 + RATIO_ROUNDING)
                return `'${prefix}${k}' = ${n} is not a ratio (0 to 1); write the fraction of items that passed, not a percentage`;
            if (n < 1)
                out.push({ status: 'failed', why: `${prefix}${k} = ${n} (below 1.0)` });
            else if (judgeAll)
                out.push({ status: 'passed', why: `${prefix}${k} = ${n}` });
        }
        for (const k of INPUT_STATUS_COUNTS) {
            const v = o[k];
            if (prefix === 'summary.' && k === 'unverified')
                continue;
            // A count written as a string ("1") is refused as the other counts are; other strings
            // (a text saying what is missing) are not counts.
            if (typeof v === 'string' && /^\s*[-+]?\d+(\.\d+)?\s*$/.test(v))
                return `'${prefix}${k}' must be a number, not the string ${JSON.stringify(v)}`;
            if (typeof v !== 'number')
                continue;
            const bad = countProblem(v);
            if (bad)
                return `'${prefix}${k}' ${bad}`;
            const status = (0,core_status/* normaliseStatusWord */.f)(k);
            if (v > 0 && status)
                out.push({ status, why: `${prefix}${k} = ${v} (inputs ${k})` });
        }
        // `total_reports`: the consolidated summary's total (governance_executive_summary_v1).
        const totalKey = nums.has('total') ? 'total' : 'total_reports';
        const total = nums.get(totalKey);
        const passed = nums.get('passed');
        const failed = nums.get('failed');
        if (judgeAll && total !== undefined && passed !== undefined && failed !== undefined) {
            if (o.skipped !== undefined && o.skipped !== null && countProblem(o.skipped))
                return `'${prefix}skipped' ${countProblem(o.skipped) ?? ''}`;
            const skipped = typeof o.skipped === 'number' ? o.skipped : 0;
            // Inputs counted by another status word are part of the total too.
            const others = INPUT_STATUS_COUNTS.filter((k) => typeof o[k] === 'number' && o[k] !== 0);
            const other = others.reduce((n, k) => n + o[k], 0);
            if (passed + failed + skipped + other !== total)
                out.push({
                    status: 'failed',
                    why: `${prefix}passed (${passed}) + failed (${failed})${skipped ? ` + skipped (${skipped})` : ''}${others.map((k) => ` + ${k} (${String(o[k])})`).join('')} ≠ ${totalKey} (${total}): the counts disagree`
                });
        }
    }
    return out;
}
function list(ids) {
    return `${ids.slice(0, 3).join(', ')}${ids.length > 3 ? `, … (${ids.length})` : ''}`;
}
/** One line of text for a breach, failure or warning entry (strings, or objects as JSON). */
function itemText(v) {
    if (typeof v === 'string')
        return v.split('\n')[0]?.slice(0, 300) ?? '';
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    try {
        return JSON.stringify(v)?.slice(0, 300) ?? '';
    }
    catch {
        return '(unprintable)';
    }
}
/**
 * Every commit id the report names (`subject.sha`, `sha`, `commit`, `git_sha`, `head_sha`): all
 * are compared with the gated commit. A field present that is not a commit id is a message.
 */
function legacyShas(doc) {
    const fields = [
        ['subject.sha', (0,verdict/* isRecord */.u4)(doc.subject) ? doc.subject.sha : undefined],
        ['sha', doc.sha],
        ['commit', doc.commit],
        ['git_sha', doc.git_sha],
        ['head_sha', doc.head_sha]
    ];
    const out = [];
    for (const [name, c] of fields) {
        if (c === undefined || c === null)
            continue;
        if (typeof c !== 'string' || !verdict/* REPORT_SHA_PATTERN */.jg.test(c))
            return `'${name}' must be a commit id (7 to 64 hex digits), not ${JSON.stringify(typeof c === 'string' ? c.slice(0, 40) : typeof c)}; write the commit the report is about`;
        out.push(c);
    }
    return out;
}

// EXTERNAL MODULE: ./src/parsers/schema-errors.ts
var schema_errors = __webpack_require__(73525);
;// CONCATENATED MODULE: ./src/parsers/report-json.ts







/** Our own contracts' prefix: another version of ours is never read as an older script's report. */
const REPORT_CONTRACT_FAMILY = contracts/* REPORT_CONTRACT */._j.slice(0, contracts/* REPORT_CONTRACT */._j.indexOf('/') + 1);
/**
 * Reads a JSON report: the `gonogo.report/v1` contract (schemas/report.v1.schema.json), or a
 * report of the older governance scripts (any other `contract`, or none: see legacy-report.ts).
 * Never throws: malformed JSON or shapes are `invalid`, naming the file and the field; an
 * unexpected error (a bug) is `invalid` naming the file. Any depth is read: the walks over the
 * value are iterative (older-reports.test.ts reads 100,000 levels).
 */
function readJsonReport(text, ctx) {
    try {
        return report_json_read(text, ctx);
    }
    catch (e) {
        const why = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0] ?? ''}` : String(e);
        return (0,verdict/* invalid */.Gq)(ctx.file, `could not be read (${why.slice(0, 200)}); this is a gonogo bug, please report it with the file`);
    }
}
function report_json_read(text, ctx) {
    const parsed = (0,verdict/* parseJson */.qF)(text, ctx.file);
    if (!parsed.ok)
        return parsed.verdict;
    const doc = parsed.value;
    if (!(0,verdict/* isRecord */.u4)(doc))
        return (0,verdict/* invalid */.Gq)(ctx.file, 'a report must be a JSON object');
    // Only gonogo.report/v1 is ours; any other contract, or none, is an older script's report.
    if (doc.contract === contracts/* REPORT_CONTRACT */._j)
        return readContract(doc, ctx);
    if (typeof doc.contract === 'string' && doc.contract.startsWith(REPORT_CONTRACT_FAMILY)) {
        return (0,verdict/* invalid */.Gq)(ctx.file, `unknown contract ${JSON.stringify(doc.contract.slice(0, 80))}; this gate reads ${contracts/* REPORT_CONTRACT */._j}`);
    }
    return readLegacyReport(doc, ctx);
}
function readContract(doc, ctx) {
    if (!(0,validators/* validateReport */.RE)(doc)) {
        const errors = (validators/* validateReport */.RE.errors ?? []).slice(0, 3).map((e) => (0,schema_errors/* formatSchemaError */.t)(e));
        return (0,verdict/* invalid */.Gq)(ctx.file, `does not follow ${contracts/* REPORT_CONTRACT */._j}: ${errors.join('; ')}`);
    }
    const report = doc;
    if (ctx.control && report.control !== ctx.control) {
        return (0,verdict/* invalid */.Gq)(ctx.file, `report is for control '${report.control}', but control '${ctx.control}' reads it; point the control at its own report`);
    }
    if (ctx.repository && report.subject.repository.toLowerCase() !== ctx.repository.toLowerCase()) {
        return (0,verdict/* invalid */.Gq)(ctx.file, `report is about repository '${report.subject.repository}', but the gate checks '${ctx.repository}'`);
    }
    if (ctx.sha && !(0,verdict/* sameCommit */.Kd)(report.subject.sha, ctx.sha))
        return (0,verdict/* stale */.ez)(ctx.file, report.subject.sha, ctx.sha);
    // A report cannot claim passed while one of its own checks failed: take the worst. A report
    // with no checks proves nothing (as makeReport says): at best unverified.
    // One pass: a check's status is one of REPORT_STATUSES (the schema), so the worst of them is
    // decided by whether any failed or was unverified.
    let failedChecks = 0;
    let unverifiedChecks = 0;
    for (const c of report.checks) {
        if (c.status === 'failed')
            failedChecks++;
        else if (c.status === 'unverified')
            unverifiedChecks++;
    }
    const status = (0,core_status/* worstStatus */.A4)([
        report.status,
        ...(failedChecks > 0 ? ['failed'] : []),
        ...(unverifiedChecks > 0 || report.checks.length === 0 ? ['unverified'] : [])
    ]);
    const kept = keepFindings(report.checks);
    const detail = report.checks.length === 0
        ? 'no checks listed'
        : `${report.checks.length} checks, ${failedChecks} failed, ${unverifiedChecks} unverified`;
    return {
        status,
        message: `${ctx.file}: ${status} (${detail})`,
        findings: kept.findings,
        summary: {
            checks: report.checks.length,
            failed_checks: failedChecks,
            unverified_checks: unverifiedChecks
        }
    };
}

;// CONCATENATED MODULE: ./src/parsers/sarif-explain.ts
/**
 * Explains a counted result whose level a `ruleConfigurationOverrides` entry (SARIF 2.1.0
 * §3.20.5) set, when that changes whether it is an error: "rule js/sql-injection raised to error
 * by runs[0].invocations[0].ruleConfigurationOverrides[0]" or "rule CA2101 lowered from error to
 * warning by …". Overrides for the same rule that disagree are named too. `undefined` when the
 * override did not move the result across the error line (or no override applied).
 */
function explain(v) {
    if (v.source !== 'override' || v.override === undefined)
        return undefined;
    const rule = `rule ${v.ruleId ?? '(no id)'}`;
    const by = v.override.hit.path;
    const others = v.override.disagreeing.map((h) => `${h.path} says ${h.level}`);
    const note = others.length ? ` (${others.join(', ')}; the most severe applies)` : '';
    const from = v.defaultLevel ?? 'warning';
    if (v.level === 'error' && from !== 'error') {
        return { kind: 'raised', text: `${rule} raised to error by ${by}${note}` };
    }
    if (v.level !== 'error' && from === 'error') {
        return { kind: 'lowered', text: `${rule} lowered from error to ${v.level} by ${by}${note}` };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/parsers/sarif-level-word.ts
/** SARIF 2.1.0 level words (§3.27.10, §3.50.3) and their order of severity. */
const LEVELS = ['error', 'warning', 'note', 'none'];
const RANK = { none: 0, note: 1, warning: 2, error: 3 };
/** Whether `a` is more severe than `b`. */
function moreSevere(a, b) {
    return RANK[a] > RANK[b];
}

;// CONCATENATED MODULE: ./src/parsers/sarif-shape.ts
/**
 * Shape checks for the SARIF reader: read only own properties, describe any JSON value without
 * recursing into it, and say where a value is wrong as a JSON path (`runs[0].results[3].level`).
 * Pure; nothing here throws except {@link SarifShapeError}, which the reader turns into `invalid`.
 */
/** The SARIF file does not have the shape SARIF 2.1.0 requires at `path`. */
class SarifShapeError extends Error {
    path;
    why;
    constructor(path, why) {
        super(`${path} ${why}`);
        this.path = path;
        this.why = why;
        this.name = 'SarifShapeError';
    }
}
/** Whether `v` is a JSON object (not `null`, not an array). */
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * `obj[key]` when `obj` has that own property, else `undefined`. A key inherited from
 * `Object.prototype` (`constructor`, `toString`, `__proto__`) never reads as a SARIF value.
 */
function own(obj, key) {
    return Object.hasOwn(obj, key) ? obj[key] : undefined;
}
/**
 * A short description of any value for a message: a string quoted as JSON (cut at 80), a number,
 * boolean or null as written, an array or object by its type. Never recurses (a deeply nested
 * array would overflow `JSON.stringify`).
 */
function describe(v) {
    if (typeof v === 'string') {
        const s = v.length > 80 ? `${v.slice(0, 80)}…` : v;
        return JSON.stringify(s);
    }
    if (typeof v === 'number' || typeof v === 'boolean' || v === null)
        return String(v);
    if (v === undefined)
        return 'undefined';
    if (Array.isArray(v))
        return 'an array';
    return 'an object';
}
/** `runs[0]` + `results` → `runs[0].results`; `runs[0].results` + 3 → `runs[0].results[3]`. */
function at(path, key) {
    if (typeof key === 'number')
        return `${path}[${key}]`;
    return path === '' ? key : `${path}.${key}`;
}
/**
 * An own property that must be an object when present; `undefined` when absent.
 * @throws SarifShapeError `<path>.<key> must be an object`.
 */
function optionalObject(obj, key, path) {
    const v = own(obj, key);
    if (v === undefined)
        return undefined;
    if (!isObject(v))
        throw new SarifShapeError(at(path, key), 'must be an object');
    return v;
}
/**
 * An own property that must be an array when present; `undefined` when absent.
 * @throws SarifShapeError `<path>.<key> must be an array`.
 */
function optionalArray(obj, key, path) {
    const v = own(obj, key);
    if (v === undefined)
        return undefined;
    if (!Array.isArray(v))
        throw new SarifShapeError(at(path, key), 'must be an array');
    return v;
}
/**
 * An own property that must be a string when present; `undefined` when absent.
 * @throws SarifShapeError `<path>.<key> must be a string`.
 */
function optionalString(obj, key, path) {
    const v = own(obj, key);
    if (v === undefined)
        return undefined;
    if (typeof v !== 'string')
        throw new SarifShapeError(at(path, key), 'must be a string');
    return v;
}
/**
 * An array index property (SARIF §3.7.4): an integer ≥ -1 when present. `-1`, the schema's
 * default, means "no index" and reads as `undefined`, as does an absent property.
 * @throws SarifShapeError when the value is not such an integer.
 */
function optionalIndex(obj, key, path) {
    const v = own(obj, key);
    if (v === undefined)
        return undefined;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < -1) {
        throw new SarifShapeError(at(path, key), `must be an array index (an integer ≥ -1), not ${describe(v)}`);
    }
    return v === -1 ? undefined : v;
}
/**
 * Element `i` of `list`, which must be an object.
 * @throws SarifShapeError `<path>[i] must be an object`.
 */
function objectAt(list, i, path) {
    const v = list[i];
    if (!isObject(v))
        throw new SarifShapeError(at(path, i), 'must be an object');
    return v;
}
/**
 * An own property that, when present, must be one of `allowed` (SARIF's fixed word lists).
 * @throws SarifShapeError `<path>.<key> "x" is not one of a, b, c`.
 */
function optionalWord(obj, key, path, allowed) {
    const v = own(obj, key);
    if (v === undefined)
        return undefined;
    if (typeof v !== 'string' || !allowed.includes(v)) {
        throw new SarifShapeError(at(path, key), `${describe(v)} is not one of ${allowed.join(', ')}`);
    }
    return v;
}

;// CONCATENATED MODULE: ./src/parsers/sarif-tool.ts
/**
 * The tool of a SARIF run and the rules it describes (SARIF 2.1.0 §3.18 tool, §3.19
 * toolComponent, §3.49 reportingDescriptor), and the lookups that find a rule from a
 * reference: §3.54.2 toolComponent lookup and §3.52.3 reportingDescriptor lookup.
 */


/**
 * Reads `run.tool` (§3.14.6, §3.18): `driver` must be an object, `extensions` an array of
 * objects, each component's `rules` an array of objects with a string `id` (§3.49.3) and an
 * optional `defaultConfiguration.level` (§3.49.14, §3.50.3).
 * @throws SarifShapeError naming the JSON path of the first value that is not so.
 */
function readTool(run, runPath) {
    const toolPath = at(runPath, 'tool');
    const tool = own(run, 'tool');
    if (!isObject(tool))
        throw new SarifShapeError(toolPath, 'must be an object (SARIF 2.1.0 §3.14.6)');
    const driver = own(tool, 'driver');
    if (!isObject(driver)) {
        throw new SarifShapeError(at(toolPath, 'driver'), 'must be an object (SARIF 2.1.0 §3.18.2)');
    }
    const extensions = optionalArray(tool, 'extensions', toolPath) ?? [];
    const extPath = at(toolPath, 'extensions');
    return {
        driver: readComponent(driver, 'driver', at(toolPath, 'driver')),
        extensions: extensions.map((_, i) => readComponent(objectAt(extensions, i, extPath), `extensions[${i}]`, at(extPath, i)))
    };
}
function readComponent(c, key, path) {
    const rules = optionalArray(c, 'rules', path) ?? [];
    const rulesPath = at(path, 'rules');
    const component = {
        key,
        path,
        name: optionalString(c, 'name', path),
        guid: optionalString(c, 'guid', path),
        rules: [],
        byId: new Map(),
        byGuid: new Map()
    };
    for (let i = 0; i < rules.length; i++) {
        const rulePath = at(rulesPath, i);
        const r = objectAt(rules, i, rulesPath);
        const id = optionalString(r, 'id', rulePath);
        if (id === undefined)
            throw new SarifShapeError(at(rulePath, 'id'), 'must be a string (SARIF 2.1.0 §3.49.3)');
        const cfg = optionalObject(r, 'defaultConfiguration', rulePath);
        const rule = {
            index: i,
            id,
            guid: optionalString(r, 'guid', rulePath),
            defaultLevel: cfg
                ? optionalWord(cfg, 'level', at(rulePath, 'defaultConfiguration'), LEVELS)
                : undefined
        };
        component.rules.push(rule);
        const same = component.byId.get(id);
        if (same)
            same.push(i);
        else
            component.byId.set(id, [i]);
        if (rule.guid !== undefined && !component.byGuid.has(rule.guid.toLowerCase()))
            component.byGuid.set(rule.guid.toLowerCase(), i);
    }
    return component;
}
/**
 * §3.54.2 toolComponent lookup. `index` names an extension; else `guid` names the driver or an
 * extension; else `name` (which the spec leaves out of the lookup, but tools such as
 * kubeshop/monokle-core#428 reference extensions by name alone) names the components with that
 * name; else, or when nothing has that name, the driver. `implicit` is true when the reference
 * did not name a component, so a rule id may also be sought in the extensions.
 * @throws SarifShapeError when `index` or `guid` names no component.
 */
function lookupComponents(tool, ref, path) {
    if (ref === undefined)
        return { components: [tool.driver], implicit: true };
    const index = optionalIndex(ref, 'index', path);
    if (index !== undefined) {
        const ext = tool.extensions[index];
        if (!ext) {
            throw new SarifShapeError(at(path, 'index'), `${index} names no tool extension: the run has ${count(tool.extensions.length, 'extension')} (SARIF 2.1.0 §3.54.4)`);
        }
        return { components: [ext], implicit: false };
    }
    const all = [tool.driver, ...tool.extensions];
    const guid = optionalString(ref, 'guid', path);
    if (guid !== undefined) {
        const hits = all.filter((c) => c.guid !== undefined && c.guid.toLowerCase() === guid.toLowerCase());
        if (hits.length === 0) {
            throw new SarifShapeError(at(path, 'guid'), `${describe(guid)} names neither the driver nor an extension (SARIF 2.1.0 §3.54.5)`);
        }
        return { components: hits, implicit: false };
    }
    const name = optionalString(ref, 'name', path);
    const named = name === undefined ? [] : all.filter((c) => c.name === name);
    return named.length > 0
        ? { components: named, implicit: false }
        : { components: [tool.driver], implicit: true };
}
/** "1 rule", "3 rules". */
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
/** Rules of `c` whose id is `id`, else whose id is `id` less its last hierarchical component (§3.52.4). */
function rulesById(c, id) {
    const exact = c.byId.get(id);
    if (exact)
        return exact;
    const cut = id.lastIndexOf('/');
    return cut > 0 ? (c.byId.get(id.slice(0, cut)) ?? []) : [];
}
/**
 * §3.52.3 reportingDescriptor lookup: the rules a `reportingDescriptorReference` names, in the
 * component its `toolComponent` names. By `index` (else `fallback.index`, a result's
 * `ruleIndex`), else by `guid`, else by `id` (else `fallback.id`, a result's `ruleId`). When the
 * reference names no component and the driver has no rule with that id, the extensions are
 * searched too: producers have left `toolComponent` out for extension rules (microsoft/PSRule#949).
 * Several rules with one id (§3.52.5 allows it) are all candidates.
 * @throws SarifShapeError when an explicit index or guid names no rule.
 */
function lookupRule(tool, ref, path, fallback = {}) {
    const { components, implicit } = lookupComponents(tool, optionalObject(ref, 'toolComponent', path), at(path, 'toolComponent'));
    const ownIndex = optionalIndex(ref, 'index', path);
    const index = ownIndex ?? fallback.index;
    const indexPath = ownIndex !== undefined ? at(path, 'index') : (fallback.indexPath ?? at(path, 'index'));
    const guid = optionalString(ref, 'guid', path);
    const id = optionalString(ref, 'id', path) ?? fallback.id;
    const candidates = [];
    if (index !== undefined) {
        for (const component of components) {
            const rule = component.rules[index];
            if (rule)
                candidates.push({ component, rule });
        }
        if (candidates.length === 0) {
            throw new SarifShapeError(indexPath, `${index} names no rule: ${components.map((c) => `${c.path}.rules has ${count(c.rules.length, 'rule')}`).join(', ')} (SARIF 2.1.0 §3.52.5)`);
        }
        return { candidates, components, id };
    }
    if (guid !== undefined) {
        for (const component of components) {
            const i = component.byGuid.get(guid.toLowerCase());
            const rule = i === undefined ? undefined : component.rules[i];
            if (rule)
                candidates.push({ component, rule });
        }
        if (candidates.length === 0) {
            throw new SarifShapeError(at(path, 'guid'), `${describe(guid)} names no rule of ${components.map((c) => c.path).join(' or ')} (SARIF 2.1.0 §3.52.6)`);
        }
        return { candidates, components, id };
    }
    if (id === undefined)
        return { candidates, components, id };
    const searched = [...components];
    const collect = (list) => {
        for (const component of list) {
            for (const i of rulesById(component, id)) {
                const rule = component.rules[i];
                if (rule)
                    candidates.push({ component, rule });
            }
        }
    };
    collect(components);
    if (candidates.length === 0 && implicit) {
        collect(tool.extensions);
        searched.push(...tool.extensions);
    }
    return { candidates, components: searched, id };
}

;// CONCATENATED MODULE: ./src/parsers/sarif-overrides.ts
/**
 * Rule configuration overrides (SARIF 2.1.0 §3.20.5 `invocation.ruleConfigurationOverrides`,
 * §3.51 configurationOverride): how the run reconfigured a rule's level at runtime, raising or
 * lowering its `defaultConfiguration.level`.
 */



/** Key of a described rule: its component and index. */
function ruleKey(componentKey, ruleIndex) {
    return `${componentKey}#${ruleIndex}`;
}
/** Key of a rule known only by id within a component. */
function idKey(componentKey, id) {
    return `${componentKey}@${id}`;
}
function add(map, key, hit) {
    const list = map.get(key);
    if (list)
        list.push(hit);
    else
        map.set(key, [hit]);
}
/**
 * Reads every `invocations[i].ruleConfigurationOverrides[j]` of a run. Each must be an object
 * with a `descriptor` (a reportingDescriptorReference, §3.51.2, looked up per §3.52.3 in the
 * driver or the extension its `toolComponent` names) and a `configuration` object (§3.51.3)
 * whose `level`, when present, is a SARIF level. An override without `level` leaves the rule's
 * default in force (§3.51.3).
 * @throws SarifShapeError naming the path of a malformed override or of a descriptor whose
 *   index or guid names no rule or component.
 */
function readOverrides(invocations, invocationsPath, tool) {
    const out = { byRule: new Map(), byId: new Map() };
    invocations.forEach((inv, i) => {
        const invPath = at(invocationsPath, i);
        const list = optionalArray(inv, 'ruleConfigurationOverrides', invPath) ?? [];
        const listPath = at(invPath, 'ruleConfigurationOverrides');
        for (let j = 0; j < list.length; j++) {
            const path = at(listPath, j);
            const o = objectAt(list, j, listPath);
            const descriptor = own(o, 'descriptor');
            if (!isObject(descriptor)) {
                throw new SarifShapeError(at(path, 'descriptor'), 'must be an object (SARIF 2.1.0 §3.51.2)');
            }
            const configuration = own(o, 'configuration');
            if (!isObject(configuration)) {
                throw new SarifShapeError(at(path, 'configuration'), 'must be an object (SARIF 2.1.0 §3.51.3)');
            }
            const found = lookupRule(tool, descriptor, at(path, 'descriptor'));
            if (found.candidates.length === 0 && found.id === undefined) {
                throw new SarifShapeError(at(path, 'descriptor'), 'names no rule: give its index, guid or id (SARIF 2.1.0 §3.52)');
            }
            const level = optionalWord(configuration, 'level', at(path, 'configuration'), LEVELS);
            if (level === undefined)
                continue;
            const hit = { level, path, invocation: i };
            for (const c of found.candidates)
                add(out.byRule, ruleKey(c.component.key, c.rule.index), hit);
            if (found.candidates.length === 0 && found.id !== undefined) {
                for (const c of found.components)
                    add(out.byId, idKey(c.key, found.id), hit);
            }
        }
    });
    return out;
}

;// CONCATENATED MODULE: ./src/parsers/sarif-result.ts
/**
 * What one SARIF result counts for: its level (SARIF 2.1.0 §3.27.9 kind, §3.27.10 level),
 * whether it is suppressed (§3.27.23, §3.35.3) and whether it is gone since the baseline
 * (§3.27.24 `baselineState: absent`).
 */




/** SARIF 2.1.0 result kinds (§3.27.9); any other value is not SARIF, so the file is invalid. */
const KINDS = ['pass', 'open', 'informational', 'notApplicable', 'review', 'fail'];
const SUPPRESSION_STATUSES = ['accepted', 'underReview', 'rejected'];
const BASELINE_STATES = ['new', 'unchanged', 'updated', 'absent'];
/**
 * Judges `runs[r].results[i]`.
 *
 * Level (§3.27.10): the result's own `level`; else `none` when `kind` (§3.27.9) is other than
 * `fail`; else, for the rule the result references (§3.27.5–§3.27.7, looked up per §3.52.3 in the
 * driver or the extension its `rule.toolComponent` names), a `ruleConfigurationOverrides` level
 * (§3.20.5, §3.51) from the invocation `provenance.invocationIndex` names (§3.27.29, §3.48.6),
 * or from any invocation when it names none; else the rule's `defaultConfiguration.level`; else
 * `warning`. Overrides may raise or lower. When several overrides or rules apply and disagree,
 * the most severe level counts (fail closed).
 *
 * @throws SarifShapeError naming the path of a value SARIF does not allow: a kind, level,
 *   suppression status or baseline state outside the spec's words, a rule reference whose
 *   index or guid names nothing, `rule.index` ≠ `ruleIndex`, or `rule.id` ≠ `ruleId` when no
 *   index or guid decides between them.
 */
function judgeResult(r, path, run) {
    const kind = optionalWord(r, 'kind', path, KINDS);
    const ownLevel = optionalWord(r, 'level', path, LEVELS);
    const suppressed = isSuppressed(r, path);
    const absent = optionalWord(r, 'baselineState', path, BASELINE_STATES) === 'absent';
    const invocation = invocationOf(r, path, run.invocationCount);
    const ruleId = optionalString(r, 'ruleId', path);
    const ruleIndex = optionalIndex(r, 'ruleIndex', path);
    const ref = optionalObject(r, 'rule', path) ?? {};
    const refPath = at(path, 'rule');
    const refIndex = optionalIndex(ref, 'index', refPath);
    const refId = optionalString(ref, 'id', refPath);
    if (refIndex !== undefined && ruleIndex !== undefined && refIndex !== ruleIndex) {
        throw new SarifShapeError(at(refPath, 'index'), `${refIndex} differs from ruleIndex ${ruleIndex}; they must be equal (SARIF 2.1.0 §3.27.7)`);
    }
    const decided = refIndex !== undefined || ruleIndex !== undefined || own(ref, 'guid') !== undefined;
    if (refId !== undefined && ruleId !== undefined && refId !== ruleId && !decided) {
        throw new SarifShapeError(at(refPath, 'id'), `${describe(refId)} differs from ruleId ${describe(ruleId)} and no index decides which rule is meant (SARIF 2.1.0 §3.27.7)`);
    }
    const found = lookupRule(run.tool, ref, refPath, {
        index: ruleIndex,
        indexPath: at(path, 'ruleIndex'),
        id: ruleId
    });
    const shownId = ruleId ?? refId ?? found.candidates[0]?.rule.id;
    const base = { suppressed, absent, ruleId: shownId };
    if (ownLevel !== undefined) {
        return {
            ...base,
            level: ownLevel,
            source: 'result',
            defaultLevel: undefined,
            override: undefined
        };
    }
    if (kind !== undefined && kind !== 'fail') {
        return { ...base, level: 'none', source: 'kind', defaultLevel: undefined, override: undefined };
    }
    const inForce = (hits) => (hits ?? []).filter((h) => invocation === undefined || h.invocation === invocation);
    if (found.candidates.length === 0) {
        const hits = found.id === undefined
            ? []
            : found.components.flatMap((c) => inForce(run.overrides.byId.get(idKey(c.key, found.id))));
        const override = pick(hits);
        return override
            ? {
                ...base,
                level: override.hit.level,
                source: 'override',
                defaultLevel: undefined,
                override
            }
            : {
                ...base,
                level: 'warning',
                source: 'fallback',
                defaultLevel: undefined,
                override: undefined
            };
    }
    let best;
    for (const c of found.candidates) {
        const v = candidateLevel(c, inForce(run.overrides.byRule.get(ruleKey(c.component.key, c.rule.index))));
        const verdict = { ...base, ...v };
        if (best === undefined || moreSevere(verdict.level, best.level))
            best = verdict;
    }
    return best;
}
function candidateLevel(c, hits) {
    const override = pick(hits);
    if (override) {
        return {
            level: override.hit.level,
            source: 'override',
            defaultLevel: c.rule.defaultLevel,
            override
        };
    }
    if (c.rule.defaultLevel !== undefined) {
        return {
            level: c.rule.defaultLevel,
            source: 'default',
            defaultLevel: c.rule.defaultLevel,
            override: undefined
        };
    }
    return { level: 'warning', source: 'fallback', defaultLevel: undefined, override: undefined };
}
/** The most severe of several overrides (the first among equals), and those that disagree with it. */
function pick(hits) {
    let hit;
    for (const h of hits)
        if (hit === undefined || moreSevere(h.level, hit.level))
            hit = h;
    if (hit === undefined)
        return undefined;
    const level = hit.level;
    return { hit, disagreeing: hits.filter((h) => h.level !== level) };
}
/** `provenance.invocationIndex` (§3.27.29, §3.48.6), checked against the run's invocations. */
function invocationOf(r, path, n) {
    const provenance = optionalObject(r, 'provenance', path);
    if (!provenance)
        return undefined;
    const pPath = at(path, 'provenance');
    const i = optionalIndex(provenance, 'invocationIndex', pPath);
    if (i !== undefined && i >= n) {
        throw new SarifShapeError(at(pPath, 'invocationIndex'), `${i} names no invocation: the run has ${count(n, 'invocation')} (SARIF 2.1.0 §3.48.6)`);
    }
    return i;
}
/**
 * §3.27.23: an absent or `null` `suppressions`, or an empty array, means not suppressed. A
 * non-empty array is examined by its statuses (§3.35.3): the result is suppressed when no
 * suppression is `underReview` or `rejected`, that is, each is `accepted` or gives no status
 * (an in-source suppression such as ESLint's `eslint-disable`, written without a status). This
 * follows the SARIF editors' guidance (microsoft/sarif-tutorials, "Determining suppression
 * status"): one rejected or pending request among accepted ones keeps the result.
 * @throws SarifShapeError when `suppressions` is not an array of objects or a status is not a
 *   §3.35.3 word.
 */
function isSuppressed(r, path) {
    const list = own(r, 'suppressions');
    if (list === undefined || list === null)
        return false;
    const listPath = at(path, 'suppressions');
    if (!Array.isArray(list))
        throw new SarifShapeError(listPath, 'must be an array or null (SARIF 2.1.0 §3.27.23)');
    let suppressed = list.length > 0;
    for (let i = 0; i < list.length; i++) {
        const status = optionalWord(objectAt(list, i, listPath), 'status', at(listPath, i), SUPPRESSION_STATUSES);
        if (status === 'underReview' || status === 'rejected')
            suppressed = false;
    }
    return suppressed;
}

;// CONCATENATED MODULE: ./src/parsers/sarif-notifications.ts
/**
 * Error notifications of a SARIF run (SARIF 2.1.0 §3.20.21 `toolExecutionNotifications`,
 * §3.20.22 `toolConfigurationNotifications`, §3.58 notification). Appendix I ("Detecting
 * incomplete result sets"): a tool that reports a notification at level `error` cannot be assumed
 * to have reported every result, even when its invocation says `executionSuccessful: true`.
 */


/** Notification lists of an invocation. */
const NOTIFICATION_LISTS = ['toolExecutionNotifications', 'toolConfigurationNotifications'];
/** Error notifications named one by one in a message; the rest are counted. */
const MAX_NAMED = 3;
/**
 * The notifications of one invocation whose level is `error`. A notification's level (§3.58.6)
 * is its own `level`; else the procedure of `result.level` (§3.27.10) with the invocation's
 * `notificationConfigurationOverrides` (§3.20.9) in place of `ruleConfigurationOverrides` and the
 * notification descriptors its `descriptor` references (§3.58.4, §3.52.3; in the driver, or in
 * the extension its `toolComponent` names) in place of rules; else `warning`. When several
 * overrides or descriptors match and disagree, the most severe level counts (fail closed).
 *
 * @param inv the invocation (§3.20)
 * @param invPath its JSON path, e.g. `runs[0].invocations[1]`
 * @param run the run (§3.14), for its tool's notification descriptors
 * @param runPath its JSON path
 * @throws SarifShapeError a list that is not an array of objects, a level that is not a SARIF
 *   level word, a descriptor or override that is not an object
 */
function errorNotifications(inv, invPath, run, runPath) {
    const out = { named: [], count: 0 };
    let descriptors;
    let overrides;
    for (const key of NOTIFICATION_LISTS) {
        const listPath = at(invPath, key);
        const list = optionalArray(inv, key, invPath) ?? [];
        for (let i = 0; i < list.length; i++) {
            const path = at(listPath, i);
            const n = objectAt(list, i, listPath);
            let level = optionalWord(n, 'level', path, LEVELS);
            if (level === undefined) {
                const ref = optionalObject(n, 'descriptor', path);
                if (ref !== undefined) {
                    descriptors ??= readDescriptors(run, runPath);
                    overrides ??= sarif_notifications_readOverrides(inv, invPath);
                    level = levelByReference(ref, at(path, 'descriptor'), descriptors, overrides);
                }
            }
            if (level !== 'error')
                continue;
            out.count++;
            if (out.named.length < MAX_NAMED)
                out.named.push(`${path} is an error notification${said(n)}`);
        }
    }
    return out;
}
/** `: "first line of message.text"` (at most 200 characters), or nothing. */
function said(n) {
    const message = own(n, 'message');
    const text = isObject(message) ? own(message, 'text') : undefined;
    if (typeof text !== 'string' || text.trim() === '')
        return '';
    return `: ${JSON.stringify(text.split('\n')[0]?.slice(0, 200))}`;
}
function readReference(ref, path) {
    const tc = optionalObject(ref, 'toolComponent', path);
    const tcIndex = tc ? optionalIndex(tc, 'index', at(path, 'toolComponent')) : undefined;
    return {
        index: optionalIndex(ref, 'index', path),
        id: optionalString(ref, 'id', path),
        guid: optionalString(ref, 'guid', path),
        component: tc === undefined ? undefined : (tcIndex ?? 'any')
    };
}
/** Whether a descriptor is the one a reference names: by index, else guid, else id. */
function names(r, d) {
    if (r.index !== undefined)
        return d.index === r.index;
    if (r.guid !== undefined)
        return d.guid?.toLowerCase() === r.guid.toLowerCase();
    return r.id !== undefined && d.id === r.id;
}
/** Notification descriptors of the driver (key -1) and of each extension (its index). */
function readDescriptors(run, runPath) {
    const out = new Map();
    const tool = own(run, 'tool');
    if (!isObject(tool))
        return out;
    const toolPath = at(runPath, 'tool');
    const components = [
        [-1, own(tool, 'driver'), at(toolPath, 'driver')]
    ];
    const extensions = own(tool, 'extensions');
    if (Array.isArray(extensions))
        extensions.forEach((e, i) => components.push([i, e, at(at(toolPath, 'extensions'), i)]));
    for (const [key, component, path] of components) {
        if (!isObject(component))
            continue;
        const list = optionalArray(component, 'notifications', path) ?? [];
        const listPath = at(path, 'notifications');
        out.set(key, list.map((_, i) => {
            const d = objectAt(list, i, listPath);
            const cfg = optionalObject(d, 'defaultConfiguration', at(listPath, i));
            return {
                index: i,
                id: typeof own(d, 'id') === 'string' ? own(d, 'id') : undefined,
                guid: typeof own(d, 'guid') === 'string' ? own(d, 'guid') : undefined,
                defaultLevel: cfg
                    ? optionalWord(cfg, 'level', at(at(listPath, i), 'defaultConfiguration'), LEVELS)
                    : undefined
            };
        }));
    }
    return out;
}
/** `notificationConfigurationOverrides` of the invocation: each descriptor reference and level. */
function sarif_notifications_readOverrides(inv, invPath) {
    const listPath = at(invPath, 'notificationConfigurationOverrides');
    const list = optionalArray(inv, 'notificationConfigurationOverrides', invPath) ?? [];
    const out = [];
    for (let i = 0; i < list.length; i++) {
        const path = at(listPath, i);
        const o = objectAt(list, i, listPath);
        const descriptor = optionalObject(o, 'descriptor', path);
        const configuration = optionalObject(o, 'configuration', path);
        const level = configuration
            ? optionalWord(configuration, 'level', at(path, 'configuration'), LEVELS)
            : undefined;
        if (descriptor && level)
            out.push({ ref: readReference(descriptor, at(path, 'descriptor')), level });
    }
    return out;
}
/**
 * The descriptors a reference names: in the driver when it names no component, in the extension
 * its `toolComponent.index` names, or in any component when it names one by guid or name
 * (that may be the driver, §3.54.5).
 */
function resolve(ref, descriptors) {
    const searched = ref.component === undefined
        ? [descriptors.get(-1) ?? []]
        : ref.component === 'any'
            ? [...descriptors.values()]
            : [descriptors.get(ref.component) ?? []];
    return searched.flat().filter((d) => names(ref, d));
}
/**
 * The level a notification without its own gets from its descriptor reference: the level of the
 * overrides that name the same descriptor (however each names it: index, guid or id), else the
 * descriptor's default, else `warning`. An override whose reference names no descriptor applies
 * when it carries the same id, guid or index in the same component. Several: the most severe.
 */
function levelByReference(refObject, path, descriptors, overrides) {
    const ref = readReference(refObject, path);
    const named = new Set(resolve(ref, descriptors));
    const sameComponent = (a, b) => a.component === b.component || a.component === 'any' || b.component === 'any';
    const overridden = overrides.filter((o) => {
        const targets = resolve(o.ref, descriptors);
        if (targets.length > 0)
            return targets.some((t) => named.has(t));
        return (sameComponent(o.ref, ref) &&
            ((o.ref.index !== undefined && o.ref.index === ref.index) ||
                (o.ref.guid !== undefined && o.ref.guid.toLowerCase() === ref.guid?.toLowerCase()) ||
                (o.ref.id !== undefined && o.ref.id === ref.id)));
    });
    if (overridden.length > 0)
        return overridden.map((o) => o.level).reduce(worst);
    const levels = [...named].map((d) => d.defaultLevel).filter((l) => l !== undefined);
    return levels.length > 0 ? levels.reduce(worst) : 'warning';
}
function worst(a, b) {
    return moreSevere(b, a) ? b : a;
}

;// CONCATENATED MODULE: ./src/parsers/sarif.ts









/**
 * Reads a SARIF 2.1.0 log (OASIS SARIF 2.1.0, errata 01) and says whether it holds an error.
 *
 * Input: the file's text (a leading U+FEFF byte order mark is skipped) and where it came from.
 * Output, never thrown:
 * - `passed`: every run completed and no counted result is at level `error`;
 * - `failed`: a counted result is at level `error` (finding per error, with file, line and
 *   column), or a run has no results (absent or `null`: the analysis did not run or did not
 *   finish, §3.14.23), or an invocation says `executionSuccessful: false` (§3.20.14) or holds
 *   a tool execution or configuration notification at level `error` (§3.20.21, §3.20.22,
 *   §3.58.6, its level found as a result's is; sarif-notifications.ts; Appendix I: its results
 *   "cannot be assumed to be complete"), or the log has no runs;
 * - `stale`: a run's `versionControlProvenance[].revisionId` (§3.14.12, §3.23.5) names another
 *   commit than `ctx.sha`;
 * - `invalid`: not JSON, not a JSON object, `version` other than `2.1.0`, or a value the reader
 *   depends on has a shape SARIF does not allow; the message names the file and the JSON path,
 *   e.g. `runs[0].invocations[1].ruleConfigurationOverrides[0].descriptor.index`.
 * Several runs: invalid, then stale, then failed wins. Arrays and objects nested deeper than
 * MAX_JSON_DEPTH (256; a SARIF log nests about 12) are refused before parsing.
 *
 * A result's level is its own, else `none` for a `kind` other than `fail` (§3.27.9), else the
 * run's `ruleConfigurationOverrides` for its rule (§3.20.5, §3.51), else its rule's
 * `defaultConfiguration.level` in the driver or the extension `rule.toolComponent` names
 * (§3.49.14, §3.52.3, §3.54.2), else `warning` (§3.27.10). Suppressed results (§3.27.23: each
 * suppression accepted or without status) and results with `baselineState: absent` (§3.27.24)
 * are not counted. The message says when an override raised a rule to error or lowered it from
 * error, naming the override's path.
 */
function readSarif(text, ctx) {
    try {
        return sarif_read(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, ctx);
    }
    catch (e) {
        if (e instanceof SarifShapeError)
            return (0,verdict/* invalid */.Gq)(ctx.file, e.message);
        // Not expected: a shape the checks above missed. Fail closed with a readable message.
        const why = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0] ?? ''}` : describe(e);
        return (0,verdict/* invalid */.Gq)(ctx.file, `could not be read as SARIF (${why.slice(0, 200)}); please report this as a gonogo bug`);
    }
}
function sarif_read(text, ctx) {
    const parsed = (0,verdict/* parseJson */.qF)(text, ctx.file, json_error/* MAX_JSON_DEPTH */.KX);
    if (!parsed.ok)
        return parsed.verdict;
    const doc = parsed.value;
    if (!isObject(doc))
        return (0,verdict/* invalid */.Gq)(ctx.file, 'SARIF must be a JSON object');
    const version = own(doc, 'version');
    if (version !== '2.1.0') {
        return (0,verdict/* invalid */.Gq)(ctx.file, version === undefined
            ? `no 'version': not a SARIF log (SARIF 2.1.0 §3.13.2 requires "version": "2.1.0")`
            : `SARIF version ${describe(version)} is not supported; expected "2.1.0"`);
    }
    const runs = own(doc, 'runs');
    if (!Array.isArray(runs))
        return (0,verdict/* invalid */.Gq)(ctx.file, "'runs' must be an array");
    if (runs.length === 0) {
        return {
            status: 'failed',
            message: `${ctx.file}: no runs: the analysis did not run`,
            findings: [],
            summary: { runs: 0 }
        };
    }
    const counts = {
        runs: runs.length,
        results: 0,
        error: 0,
        warning: 0,
        note: 0,
        none: 0,
        suppressed: 0
    };
    const findings = [];
    const explanations = { raised: new Set(), lowered: new Set() };
    const incomplete = [];
    let staleRevision;
    for (let ri = 0; ri < runs.length; ri++) {
        const runPath = at('runs', ri);
        const run = objectAt(runs, ri, 'runs');
        const revision = runRevision(run);
        if (ctx.sha && revision && !(0,verdict/* sameCommit */.Kd)(revision, ctx.sha))
            staleRevision ??= revision;
        const tool = readTool(run, runPath);
        const invocationsPath = at(runPath, 'invocations');
        const invocationList = optionalArray(run, 'invocations', runPath) ?? [];
        const invocations = invocationList.map((_, i) => objectAt(invocationList, i, invocationsPath));
        const context = {
            tool,
            overrides: readOverrides(invocations, invocationsPath, tool),
            invocationCount: invocations.length
        };
        // §3.14.23: absent and null results both mean the tool did not run or did not finish.
        const results = own(run, 'results');
        if (results === undefined || results === null) {
            incomplete.push(`${runPath} has no results: the analysis did not complete`);
        }
        else if (!Array.isArray(results)) {
            throw new SarifShapeError(at(runPath, 'results'), 'must be an array');
        }
        invocations.forEach((inv, i) => {
            const ok = own(inv, 'executionSuccessful');
            if (ok !== undefined && typeof ok !== 'boolean') {
                throw new SarifShapeError(at(at(invocationsPath, i), 'executionSuccessful'), 'must be true or false');
            }
            if (ok === false) {
                incomplete.push(`${runPath} reports an unsuccessful tool execution (executionSuccessful: false)`);
            }
            const notes = errorNotifications(inv, at(invocationsPath, i), run, runPath);
            if (notes.count > 0) {
                const more = notes.count - notes.named.length;
                incomplete.push(`${notes.named.join('; ')}${more > 0 ? `; and ${more} more error notification${more === 1 ? '' : 's'}` : ''}; the tool's results cannot be assumed complete (SARIF 2.1.0 Appendix I)`);
            }
        });
        const list = Array.isArray(results) ? results : [];
        const resultsPath = at(runPath, 'results');
        for (let i = 0; i < list.length; i++) {
            const path = at(resultsPath, i);
            const r = objectAt(list, i, resultsPath);
            const v = judgeResult(r, path, context);
            if (v.suppressed || v.absent) {
                counts.suppressed++;
                continue;
            }
            counts.results++;
            counts[v.level]++;
            const why = explain(v);
            if (why)
                explanations[why.kind].add(why.text);
            if (v.level === 'error')
                findings.push(toFinding(r, i, v.ruleId, ctx.root));
        }
    }
    if (staleRevision !== undefined && ctx.sha)
        return (0,verdict/* stale */.ez)(ctx.file, staleRevision, ctx.sha);
    const kept = keepFindings(findings);
    const omitted = kept.omitted > 0 ? { findingsOmitted: kept.omitted } : {};
    if (incomplete.length > 0) {
        return {
            status: 'failed',
            message: `${ctx.file}: ${[...new Set(incomplete)].join('; ')}`,
            findings: kept.findings,
            ...omitted,
            summary: { ...counts }
        };
    }
    return {
        status: counts.error > 0 ? 'failed' : 'passed',
        message: `${ctx.file}: ${summarise(counts, explanations)}`,
        findings: kept.findings,
        ...omitted,
        summary: { ...counts }
    };
}
/** "2 errors (rule X raised to error by P), 1 warnings, 0 notes in 1 runs (1 suppressed; …)". */
function summarise(c, explanations) {
    const raised = distinct(explanations.raised);
    const lowered = distinct(explanations.lowered);
    const tail = [...(c.suppressed ? [`${c.suppressed} suppressed`] : []), ...lowered];
    return (`${c.error} errors${raised.length ? ` (${raised.join('; ')})` : ''}, ${c.warning} warnings, ` +
        `${c.note} notes in ${c.runs} runs${tail.length ? ` (${tail.join('; ')})` : ''}`);
}
/** Texts in first-seen order, at most three and a count of the rest. */
function distinct(texts) {
    const unique = [...texts];
    return unique.length <= 3 ? unique : [...unique.slice(0, 3), `${unique.length - 3} more`];
}
function runRevision(run) {
    const vcp = own(run, 'versionControlProvenance');
    if (!Array.isArray(vcp))
        return undefined;
    for (const v of vcp) {
        const id = isObject(v) ? own(v, 'revisionId') : undefined;
        if (typeof id === 'string' && verdict/* REPORT_SHA_PATTERN */.jg.test(id))
            return id;
    }
    return undefined;
}
function toFinding(r, index, ruleId, root) {
    const message = own(r, 'message');
    const text = isObject(message) ? own(message, 'text') : undefined;
    const f = {
        id: ruleId ?? `result ${index}`,
        status: 'failed',
        message: typeof text === 'string' ? (text.split('\n')[0]?.slice(0, 500) ?? '') : ''
    };
    const locations = own(r, 'locations');
    const loc = Array.isArray(locations) && isObject(locations[0]) ? locations[0] : undefined;
    const phys = loc ? own(loc, 'physicalLocation') : undefined;
    const art = isObject(phys) ? own(phys, 'artifactLocation') : undefined;
    const region = isObject(phys) ? own(phys, 'region') : undefined;
    const uri = isObject(art) ? own(art, 'uri') : undefined;
    if (typeof uri === 'string') {
        const line = isObject(region) ? own(region, 'startLine') : undefined;
        const column = isObject(region) ? own(region, 'startColumn') : undefined;
        f.location = {
            file: relativeUri(uri, root),
            ...(typeof line === 'number' && line ? { line } : {}),
            ...(typeof column === 'number' && column ? { column } : {})
        };
    }
    return f;
}
/** `file:///home/runner/work/r/r/src/a.js` → `src/a.js` when it lies in the workspace. */
function relativeUri(uri, root) {
    let file = uri.replace(/^file:\/\//, '');
    try {
        file = decodeURIComponent(file);
    }
    catch {
        /* keep it as written */
    }
    if (root) {
        const prefix = root.endsWith('/') ? root : `${root}/`;
        if (file.startsWith(prefix))
            return file.slice(prefix.length);
    }
    return file.replace(/^\.\//, '');
}

;// CONCATENATED MODULE: ./src/io/byte-budget.ts
/**
 * Bounds the bytes held at once by concurrent reads: each read reserves its file's size before it
 * opens the file and releases it once the text is parsed to a small verdict. Reservations are
 * granted in the order they are asked for; one larger than the whole budget waits until nothing
 * else is held and then runs alone, so no read waits forever.
 *
 * With a 64 MiB budget and 50 MiB report files, at most one such file (plus smaller ones up to
 * the budget) is in memory at a time, however many files a glob matches and however many reads
 * run in parallel.
 */
class ByteBudget {
    limit;
    held = 0;
    highWater = 0;
    waiting = [];
    /** @param limit the most bytes held at once (a positive integer) */
    constructor(limit) {
        this.limit = limit;
    }
    /** The most bytes held at once so far (for tests and benchmarks). */
    get peak() {
        return this.highWater;
    }
    /**
     * Waits until `bytes` fit, holds them and returns the function that gives them back (calling it
     * twice gives back once).
     */
    async acquire(bytes) {
        const n = Math.max(0, Math.floor(bytes));
        if (this.waiting.length > 0 || !this.fits(n)) {
            await new Promise((grant) => this.waiting.push({ bytes: n, grant }));
        }
        else
            this.take(n);
        return this.releaser(n);
    }
    /**
     * Holds `bytes` at once when they fit and nobody waits (the release function), else undefined
     * and nothing is held: then `acquire` waits its turn. Spares a promise per small file.
     */
    tryAcquire(bytes) {
        const n = Math.max(0, Math.floor(bytes));
        if (this.waiting.length > 0 || !this.fits(n))
            return undefined;
        this.take(n);
        return this.releaser(n);
    }
    releaser(n) {
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            this.held -= n;
            this.wake();
        };
    }
    fits(n) {
        return this.held === 0 || this.held + n <= this.limit;
    }
    take(n) {
        this.held += n;
        this.highWater = Math.max(this.highWater, this.held);
    }
    wake() {
        for (;;) {
            const next = this.waiting[0];
            if (!next || !this.fits(next.bytes))
                return;
            this.waiting.shift();
            this.take(next.bytes);
            next.grant();
        }
    }
}
/** Bytes of report files held in memory at once while a gate reads its sources (64 MiB). */
const DEFAULT_BYTES_IN_FLIGHT = 64 * 1024 * 1024;

;// CONCATENATED MODULE: ./src/io/report-file.ts

const READ_FAILURE_STATUS = {
    missing: 'missing',
    escapes: 'invalid',
    'too-large': 'invalid',
    'not-a-file': 'invalid',
    unreadable: 'invalid'
};
/**
 * One report file → its verdict: its bytes are read (holding a share of `budget` from before the
 * file is opened until its text is parsed, so many large files never sit in memory together),
 * decoded by byte-order mark and declaration (decode-text.ts), read by the source's reader, and
 * every invisible character in the messages is named. The text is dropped before this returns:
 * what stays is the verdict (findings capped by the reader).
 *
 * Never throws: a read refusal is `missing`/`invalid` with the workspace's message, bytes that do
 * not decode are `invalid`, and a reader that throws (a bug) is `invalid` naming the file.
 *
 * @param file workspace-relative path
 */
async function judgeReportFile(ws, file, o) {
    let release;
    try {
        const read = await ws.readBytes(file, o.maxBytes, {
            reserve: (bytes) => {
                release = o.budget.tryAcquire(bytes);
                return release
                    ? undefined
                    : o.budget.acquire(bytes).then((r) => {
                        release = r;
                    });
            }
        });
        return judgeRead(read, file, o);
    }
    catch (e) {
        return cannotBeRead(file, e);
    }
    finally {
        release?.();
    }
}
/**
 * {@link judgeReportFile} without waiting, for a small regular file whose bytes fit in the budget
 * now (Workspace.readBytesNow): the same verdict, or `undefined` when the file must be read with
 * judgeReportFile (larger, a link, no room in the budget). Spares a gate over thousands of small
 * reports a promise chain per file. Never throws.
 */
function judgeReportFileNow(ws, file, o) {
    let release;
    try {
        const read = ws.readBytesNow(file, o.maxBytes, (bytes) => {
            release = o.budget.tryAcquire(bytes);
            return release !== undefined;
        });
        return read === undefined ? undefined : judgeRead(read, file, o);
    }
    catch (e) {
        return cannotBeRead(file, e);
    }
    finally {
        release?.();
    }
}
/** A read's result (a refusal, or the bytes) → the verdict. Never throws. */
function judgeRead(read, file, o) {
    try {
        if (!read.ok) {
            return {
                status: READ_FAILURE_STATUS[read.reason],
                message: read.message,
                findings: [],
                summary: {}
            };
        }
        const decoded = decodeText(read.data, o.syntax);
        if (!decoded.ok)
            return refused(file, decoded.message);
        let verdict;
        try {
            verdict = o.reader(decoded.text, { ...o.ctx, file });
        }
        catch (e) {
            const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
            return refused(file, `could not be read (${why.slice(0, 200)}); this is a gonogo bug, please report it with the file`);
        }
        return withNamedInvisibles(verdict);
    }
    catch (e) {
        return cannotBeRead(file, e);
    }
}
/** An I/O failure the workspace did not report as a refusal. */
function cannotBeRead(file, e) {
    const why = e instanceof Error ? e.message : String(e);
    return refused(file, `cannot be read (${why.slice(0, 200)})`);
}
function refused(file, why) {
    return {
        status: 'invalid',
        message: `${file}: ${(0,visible_text/* nameInvisibles */.wi)(why)}`,
        findings: [],
        summary: {}
    };
}
const ANY_INVISIBLE = /[^\x20-\x7E\t\n\r]/;
/** The verdict with every invisible character in its message and findings named. */
function withNamedInvisibles(v) {
    const clean = (s) => (ANY_INVISIBLE.test(s) ? (0,visible_text/* nameInvisibles */.wi)(s) : s);
    // Only what holds an invisible character is copied; most verdicts come back as they are.
    const findings = v.findings.map((f) => ANY_INVISIBLE.test(f.id) || ANY_INVISIBLE.test(f.message)
        ? { ...f, id: clean(f.id), message: clean(f.message) }
        : f);
    const message = clean(v.message);
    return message === v.message && findings.every((f, i) => f === v.findings[i])
        ? v
        : { ...v, message, findings };
}

// EXTERNAL MODULE: ./src/io/workspace.ts
var workspace = __webpack_require__(22645);
;// CONCATENATED MODULE: ./src/io/sources.ts












const READERS = {
    report: readJsonReport,
    junit: readJunit,
    sarif: readSarif
};
/** Files judged at once before the loop over a source's files lets other work go on. */
const YIELD_EVERY = 256;
/** The read-log scope of one control's sources and `allow_unverified` evidence. */
function controlScope(id) {
    return `control:${id}`;
}
/** The read-log scope of the unclaimed reports' fingerprints. */
const UNCLAIMED_SCOPE = 'unclaimed';
/** Reads every control's source files and the evidence behind `allow_unverified`. */
async function gatherEvidence(ws, policy, opts) {
    const limits = { ...core_policy/* DEFAULT_LIMITS */.dR, ...policy.limits };
    const evidence = new Map();
    const unverifiedEvidence = new Map();
    const claimed = new Set();
    const budget = opts.bytesInFlight instanceof ByteBudget
        ? opts.bytesInFlight
        : new ByteBudget(opts.bytesInFlight ?? DEFAULT_BYTES_IN_FLIGHT);
    // Every folder is listed once for this gate: a control's glob and the unclaimed-reports scan
    // below see the same listing.
    const listings = new Map();
    // With a read log, each control's reads are noted under its own scope (see read-log.ts).
    const within = (scope, fn) => ws.log ? ws.log.within(scope, fn) : fn();
    await (0,map_limit/* mapLimit */.s)(policy.controls, opts.concurrency ?? 16, (control) => within(controlScope(control.id), async () => {
        const ev = await controlEvidence(ws, control, opts, limits, budget, listings);
        for (const f of ev.files)
            claimed.add(f);
        evidence.set(control.id, ev);
        if (control.allow_unverified) {
            const file = control.allow_unverified.evidence;
            // Recorded with its digest when the run is logged: the bundle then carries it.
            const present = ws.log
                ? ((await ws.fingerprint(file))?.size ?? 0) > 0
                : await ws.hasFile(file);
            unverifiedEvidence.set(control.id, present);
        }
    }));
    let unclaimedReports = [];
    try {
        const inReports = await ws.glob(`${opts.reportsDir.replace(/\/+$/, '')}/**/*.json`, limits.max_files_per_source, listings);
        unclaimedReports = inReports.files.filter((f) => !claimed.has(f));
    }
    catch {
        unclaimedReports = [];
    }
    // The summary names them, so a logged run records their digests too (a replay lists the same).
    if (ws.log && unclaimedReports.length > 0) {
        await within(UNCLAIMED_SCOPE, () => (0,map_limit/* mapLimit */.s)(unclaimedReports, opts.concurrency ?? 16, (f) => ws.fingerprint(f)));
    }
    return { evidence, unverifiedEvidence, unclaimedReports };
}
async function controlEvidence(ws, control, opts, limits, budget, listings) {
    const { kind, pattern } = (0,core_policy/* sourceOf */.vz)(control, opts.reportsDir);
    const base = { kind, pattern, findings: [], findingsOmitted: 0, summary: {} };
    if (kind === 'builtin')
        return builtinEvidence(pattern, opts, base);
    let files;
    try {
        const found = await ws.glob(pattern, limits.max_files_per_source, listings);
        if (found.truncated) {
            return {
                ...base,
                status: 'invalid',
                message: `${(0,visible_text/* visibleLine */.P8)(pattern)}: matches more than ${limits.max_files_per_source} files (limits.max_files_per_source); narrow the pattern`,
                files: []
            };
        }
        files = found.files;
    }
    catch (e) {
        if (e instanceof workspace/* PathEscapeError */.ZU)
            return { ...base, status: 'invalid', message: e.message, files: [] };
        throw e;
    }
    if (files.length === 0) {
        return {
            ...base,
            status: 'missing',
            message: `${(0,visible_text/* visibleLine */.P8)(pattern)}: no ${kind === 'report' ? 'report' : kind === 'junit' ? 'JUnit XML' : 'SARIF'} file found; the job that produces it did not run or wrote elsewhere`,
            files: []
        };
    }
    const ctx = {
        root: ws.root,
        ...(opts.sha ? { sha: opts.sha } : {}),
        ...(opts.repository ? { repository: opts.repository } : {}),
        // One report named for one control must be that control's; a glob may gather several.
        ...(picomatch_default().scan(pattern).isGlob ? {} : { control: control.id })
    };
    // Read in parallel, kept in file order (the output must not depend on which read ends first).
    // Each read holds its bytes only until its verdict is made; findings past the cap are dropped
    // in file order as verdicts settle, so a source of many failing files stays small too.
    const verdicts = new Array(files.length);
    const settle = findingsSettler(verdicts);
    const fileOptions = {
        syntax: kind === 'junit' ? 'xml' : 'json',
        reader: READERS[kind],
        ctx,
        maxBytes: limits.max_report_bytes,
        budget
    };
    // Small files are judged at once, one after another (no promise per file); the rest (large
    // files, links, no room in the budget) are read in parallel below. Every YIELD_EVERY files the
    // loop lets other controls' reads and commands go on.
    const later = [];
    for (let i = 0; i < files.length; i++) {
        const v = judgeReportFileNow(ws, files[i], fileOptions);
        if (v === undefined)
            later.push(i);
        else {
            verdicts[i] = v;
            settle();
        }
        if (i % YIELD_EVERY === YIELD_EVERY - 1)
            await new Promise((go) => setImmediate(go));
    }
    await (0,map_limit/* mapLimit */.s)(later, opts.concurrency ?? 16, async (i) => {
        verdicts[i] = await judgeReportFile(ws, files[i], fileOptions);
        settle();
    });
    return combine(kind, pattern, files, verdicts, settle.dropped());
}
/**
 * Keeps, in file order, only the findings `keepFindings` could still keep (the first
 * MAX_FINDINGS_PER_CONTROL failed and the first as many others), counting the rest; called after
 * each verdict lands in `verdicts`. The kept findings and their count equal those of keeping all.
 */
function findingsSettler(verdicts) {
    let next = 0;
    let failed = 0;
    let others = 0;
    let dropped = 0;
    const settle = () => {
        while (next < verdicts.length && verdicts[next] !== undefined) {
            const v = verdicts[next];
            const keep = [];
            for (const f of v.findings) {
                if (f.status === 'passed')
                    continue;
                const room = f.status === 'failed' ? failed++ : others++;
                if (room < MAX_FINDINGS_PER_CONTROL)
                    keep.push(f);
                else
                    dropped++;
            }
            if (keep.length !== v.findings.length)
                verdicts[next] = { ...v, findings: keep };
            next++;
        }
    };
    return Object.assign(settle, { dropped: () => dropped });
}
/** Several files feed one control: the worst status wins; counts add up. */
function combine(kind, pattern, files, fileVerdicts, findingsDropped = 0) {
    // JUnit: "no test ran" is judged over all the source's files, not file by file.
    const verdicts = kind === 'junit' ? judgeTogether(fileVerdicts) : fileVerdicts;
    const status = (0,core_status/* worstStatus */.A4)(verdicts.map((v) => v.status));
    const worst = verdicts.filter((v) => v.status === status);
    const message = verdicts.length === 1
        ? (verdicts[0]?.message ?? '')
        : `${worst.length} of ${verdicts.length} files ${status}: ${worst
            .slice(0, 3)
            .map((v) => v.message)
            .join('; ')}${worst.length > 3 ? '; …' : ''}`;
    const kept = keepFindings(verdicts.flatMap((v) => v.findings));
    const summary = { files: 0 };
    for (const v of verdicts)
        addSummaries(summary, v.summary);
    summary.files = files.length;
    // A passing source with one file that decided only a conditional go keeps that limit.
    const conditional = status === 'passed' ? verdicts.find((v) => v.conditional)?.conditional : undefined;
    const refuseUnverified = status === 'unverified' ? verdicts.find((v) => v.refuseUnverified)?.refuseUnverified : undefined;
    return {
        status,
        message,
        kind,
        pattern,
        files,
        findings: kept.findings,
        findingsOmitted: kept.omitted + findingsDropped + verdicts.reduce((n, v) => n + (v.findingsOmitted ?? 0), 0),
        summary,
        ...(conditional ? { conditional } : {}),
        ...(refuseUnverified ? { refuseUnverified } : {})
    };
}
async function builtinEvidence(name, opts, base) {
    if (!opts.runBuiltin) {
        return {
            ...base,
            status: 'invalid',
            message: `built-in check '${name}' cannot run here`,
            files: []
        };
    }
    let report;
    try {
        report = await opts.runBuiltin(name);
    }
    catch (e) {
        // A check must report its problems; one that throws has proved nothing.
        return {
            ...base,
            status: 'invalid',
            message: `built-in check '${name}' failed to run: ${e instanceof Error ? e.message : String(e)}`,
            files: []
        };
    }
    // The report is gonogo's own, made for this control: only its content and commit are judged.
    const v = readJsonReport(JSON.stringify(report), {
        file: `builtin:${name}`,
        ...(opts.sha ? { sha: opts.sha } : {})
    });
    return {
        ...base,
        status: v.status,
        message: v.message,
        findings: v.findings,
        summary: v.summary,
        files: []
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/io/git-history.ts

/**
 * The git commands the built-in checks run in the workspace (the {@link GitHistory} facts), each
 * with a time limit. Every failure comes back as a value (`ok: false` with why), never as an
 * exception.
 */
const GIT_TIMEOUT_MS = 60_000;
const MAX_GIT_OUTPUT = 64 * 1024 * 1024;
const env = () => ({
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C'
});
function git(cwd, args, timeoutMs = GIT_TIMEOUT_MS) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, timeout: timeoutMs, maxBuffer: MAX_GIT_OUTPUT, env: env(), encoding: 'utf8' }, (err, stdout, stderr) => {
            if (!err)
                return resolve({ ok: true, stdout });
            const e = err;
            if (e.code === 'ENOENT')
                return resolve({ ok: false, reason: 'no-git', message: 'git is not on PATH' });
            if (e.killed || e.signal === 'SIGTERM')
                return resolve({
                    ok: false,
                    reason: 'timeout',
                    message: `git ${args[0] ?? ''} did not finish within ${Math.round(timeoutMs / 1000)} s`
                });
            const first = stderr.trim().split('\n')[0] ?? '';
            resolve({
                ok: false,
                reason: 'failed',
                message: `git ${args[0] ?? ''} failed${first ? `: ${first.slice(0, 200)}` : ''}`
            });
        });
    });
}
/** Whether the workspace is a git checkout, where it sits in it, and whether history is cut. */
async function repoState(cwd, timeoutMs = GIT_TIMEOUT_MS) {
    const inside = await git(cwd, ['rev-parse', '--is-inside-work-tree', '--show-prefix'], timeoutMs);
    if (!inside.ok) {
        if (inside.reason === 'no-git' || inside.reason === 'timeout')
            return { ok: false, reason: inside.reason, message: inside.message };
        return { ok: false, reason: 'not-a-repo', message: 'the workspace is not a git checkout' };
    }
    const [flag, prefix] = inside.stdout.split('\n');
    if (flag?.trim() !== 'true')
        return { ok: false, reason: 'not-a-repo', message: 'the workspace is not a git work tree' };
    const shallow = await git(cwd, ['rev-parse', '--is-shallow-repository'], timeoutMs);
    return {
        ok: true,
        prefix: (prefix ?? '').trim(),
        // When git cannot say, assume shallow: a shallow boundary is never taken for a real change.
        shallow: !shallow.ok || shallow.stdout.trim() === 'true'
    };
}
/** The first of `candidates` that names a commit, with its id. */
async function resolveCommit(cwd, candidates, timeoutMs = GIT_TIMEOUT_MS) {
    for (const ref of candidates) {
        if (ref.startsWith('-'))
            continue;
        const r = await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], timeoutMs);
        if (r.ok && r.stdout.trim() !== '')
            return { ref, sha: r.stdout.trim() };
    }
    return undefined;
}
/**
 * The contents of `paths` (repository-relative) at `commit`, through one `git cat-file --batch`:
 * a Buffer per path, or undefined where the path did not exist at that commit.
 */
function readAtCommit(cwd, commit, paths, timeoutMs = GIT_TIMEOUT_MS) {
    return new Promise((resolve) => {
        const files = new Map();
        const wanted = paths.filter((p) => !p.includes('\n'));
        if (wanted.length === 0)
            return resolve({ ok: true, files });
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], { cwd, env: env() });
        const chunks = [];
        let size = 0;
        let settled = false;
        const finish = (r) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve(r);
        };
        const timer = setTimeout(() => {
            child.kill();
            finish({
                ok: false,
                message: `git cat-file did not finish within ${Math.round(timeoutMs / 1000)} s`
            });
        }, timeoutMs);
        child.on('error', (e) => finish({
            ok: false,
            message: e.code === 'ENOENT' ? 'git is not on PATH' : `git cat-file: ${e.message}`
        }));
        child.stdout.on('data', (d) => {
            size += d.length;
            if (size > MAX_GIT_OUTPUT * 4) {
                child.kill();
                finish({ ok: false, message: 'git cat-file output is too large' });
                return;
            }
            chunks.push(d);
        });
        child.stdin.on('error', () => {
            /* the child died; its exit is reported */
        });
        child.on('close', (code) => {
            if (code !== 0)
                return finish({ ok: false, message: `git cat-file exited with ${code}` });
            const out = Buffer.concat(chunks);
            let pos = 0;
            for (const p of wanted) {
                const nl = out.indexOf(10, pos);
                if (nl < 0)
                    return finish({ ok: false, message: 'git cat-file output ended early' });
                const header = out.subarray(pos, nl).toString('utf8');
                pos = nl + 1;
                const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
                if (!m) {
                    files.set(p, undefined);
                    continue;
                }
                const n = Number(m[2]);
                files.set(p, m[1] === 'blob' ? out.subarray(pos, pos + n) : undefined);
                pos += n + 1;
            }
            finish({ ok: true, files });
        });
        child.stdin.end(wanted.map((p) => `${commit}:${p}\n`).join(''));
    });
}
/**
 * The {@link GitHistory} facts over the git checkout at `cwd` (the workspace root): `git rev-parse`,
 * `merge-base`, `diff --name-status --no-renames --relative -z`, `cat-file --batch` and
 * `log -1 --format=%cI%x00%H%x00%P`, each within its time limit (default {@link GIT_TIMEOUT_MS}).
 */
function createGitHistory(cwd) {
    return {
        state: (timeoutMs = GIT_TIMEOUT_MS) => repoState(cwd, timeoutMs),
        resolveCommit: (candidates, timeoutMs = GIT_TIMEOUT_MS) => resolveCommit(cwd, candidates, timeoutMs),
        mergeBase: async (a, b, timeoutMs = GIT_TIMEOUT_MS) => {
            const r = await git(cwd, ['merge-base', a, b], timeoutMs);
            return r.ok ? { ok: true, sha: r.stdout.trim() } : r;
        },
        changedFiles: async (base, head, pathspec, timeoutMs = GIT_TIMEOUT_MS) => {
            const r = await git(cwd, ['diff', '--name-status', '--no-renames', '--relative', '-z', base, head, '--', pathspec], timeoutMs);
            if (!r.ok)
                return r;
            const changes = [];
            const parts = r.stdout.split('\0');
            for (let i = 0; i + 1 < parts.length; i += 2) {
                const st = parts[i] ?? '';
                const file = parts[i + 1] ?? '';
                changes.push({
                    file,
                    status: st.startsWith('A') ? 'added' : st.startsWith('D') ? 'deleted' : 'modified'
                });
            }
            return { ok: true, changes };
        },
        readAt: (commit, paths, timeoutMs = GIT_TIMEOUT_MS) => readAtCommit(cwd, commit, paths, timeoutMs),
        lastCommit: async (p, timeoutMs = GIT_TIMEOUT_MS) => {
            const r = await git(cwd, ['log', '-1', '--format=%cI%x00%H%x00%P', '--', p], timeoutMs);
            if (!r.ok)
                return r;
            const [date, sha, parents] = r.stdout.trim().split('\0');
            if (!date || !sha)
                return { ok: true };
            return {
                ok: true,
                commit: {
                    date,
                    sha,
                    parents: (parents ?? '')
                        .trim()
                        .split(' ')
                        .filter((x) => x !== '')
                }
            };
        }
    };
}

;// CONCATENATED MODULE: ./src/io/workflows.ts

const WORKFLOWS_DIR = '.github/workflows';
/** Each workflow file is read up to this size. */
const MAX_WORKFLOW_BYTES = 1024 * 1024;
/** More workflow files than this is not a repository we can vouch for. */
const MAX_WORKFLOW_FILES = 1000;
/**
 * The repository's workflow paths (`.github/workflows/*.yml` and `*.yaml`, not in subfolders, as
 * GitHub reads them; names starting with `.` too: moby/buildkit's CI calls its reusable
 * `.github/workflows/.test.yml`), sorted, at most {@link MAX_WORKFLOW_FILES}; `truncated` when
 * there were more.
 * Throws when the folder is (or lies behind) a symbolic link out of the workspace.
 */
async function listWorkflows(ws) {
    const paths = new Set();
    let truncated = false;
    for (const ext of ['yml', 'yaml']) {
        const r = await ws.glob(`${WORKFLOWS_DIR}/*.${ext}`, MAX_WORKFLOW_FILES, undefined, {
            dot: true
        });
        truncated ||= r.truncated;
        for (const f of r.files)
            paths.add(f);
    }
    const sorted = [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return {
        paths: sorted.slice(0, MAX_WORKFLOW_FILES),
        truncated: truncated || sorted.length > MAX_WORKFLOW_FILES
    };
}
/**
 * Reads workflow files (a few at once; the result keeps the order of `paths`). A file that cannot
 * be read is kept with its `readError`, so what it might produce is reported as unknown rather
 * than silently missing.
 */
function readWorkflowFiles(ws, paths) {
    // Each read is several system calls (confinement, stat, open): keep some in flight.
    return (0,map_limit/* mapLimit */.s)(paths, READS_IN_FLIGHT, async (path) => {
        const r = await ws.readText(path, MAX_WORKFLOW_BYTES, 'for a workflow file');
        return r.ok ? { path, text: r.text } : { path, text: '', readError: r.message };
    });
}
/** The repository's workflows ({@link listWorkflows}, then {@link readWorkflowFiles}). */
async function readWorkflows(ws) {
    return readWorkflowFiles(ws, (await listWorkflows(ws)).paths);
}
/** Workflow files read at once (order of the result does not depend on it). */
const READS_IN_FLIGHT = 16;


;// CONCATENATED MODULE: ./src/io/repo-facts.ts









/** Files up to this size are hashed from one read; larger ones are streamed. */
const WHOLE_READ_BYTES = 8 * 1024 * 1024;
/** The most `opa test` output kept (bytes). */
const MAX_OPA_OUTPUT = 256 * 1024 * 1024;
/**
 * The repository facts over a confined workspace (files) and git (history). Every path goes
 * through `Workspace` (`relative`, `confine`, `readText`, `glob`): this is the one place the
 * built-in checks' paths are confined to the checkout.
 */
function createRepoFacts(ws) {
    return { files: workspaceFiles(ws), git: createGitHistory(ws.root) };
}
/** {@link RepoFiles} over `ws`. */
function workspaceFiles(ws) {
    const kind = async (p) => {
        const rel = ws.relative(p);
        if (rel === undefined || external_node_path_default().isAbsolute(p))
            return { kind: 'outside' };
        const abs = await ws.confine(rel);
        if (abs === undefined)
            return { kind: 'link-out', rel };
        try {
            const st = await (0,promises_.stat)(abs);
            return { kind: st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other', rel };
        }
        catch {
            return { kind: 'missing', rel };
        }
    };
    return {
        relative: (p) => ws.relative(p),
        kind,
        readText: (p, maxBytes, limitName) => ws.readText(p, maxBytes, limitName),
        hasFile: (p) => ws.hasFile(p),
        glob: async (pattern, limit) => {
            try {
                return { ok: true, ...(await ws.glob(pattern, limit)) };
            }
            catch (e) {
                if (e instanceof workspace/* PathEscapeError */.ZU)
                    return { ok: false, message: e.message };
                throw e;
            }
        },
        workflows: async () => {
            const limits = { maxBytes: MAX_WORKFLOW_BYTES, maxFiles: MAX_WORKFLOW_FILES };
            let listed;
            try {
                listed = await listWorkflows(ws);
            }
            catch {
                return { ok: false, ...limits };
            }
            const files = await readWorkflowFiles(ws, listed.paths);
            return { ok: true, files, truncated: listed.truncated, ...limits };
        },
        hash: async (p) => {
            const k = await kind(p);
            return hashFile(ws, k);
        },
        writeOutput: (p, content) => writeOutput(ws, p, content),
        opaTest: (dir, opts) => opaTest(ws.root, dir, opts)
    };
}
async function hashFile(ws, k) {
    if (k.kind === 'outside' || k.kind === 'link-out')
        return { ok: false, error: 'is a symbolic link that leads outside the workspace' };
    if (k.kind === 'missing')
        return { ok: false, error: 'is a dangling symbolic link or was removed while being read' };
    const abs = external_node_path_default().join(ws.root, k.rel);
    let handle;
    try {
        handle = await (0,promises_.open)(abs, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (e) {
        return {
            ok: false,
            error: `cannot be opened (${e.code ?? 'error'})`
        };
    }
    try {
        const st = await handle.stat();
        if (!st.isFile())
            return { ok: false, error: 'is not a regular file' };
        if (st.size <= WHOLE_READ_BYTES) {
            const buf = await handle.readFile();
            return { ok: true, sha256: (0,external_node_crypto_.createHash)('sha256').update(buf).digest('hex'), size: buf.length };
        }
        const h = (0,external_node_crypto_.createHash)('sha256');
        let size = 0;
        for await (const chunk of handle.createReadStream({ autoClose: false })) {
            h.update(chunk);
            size += chunk.length;
        }
        return { ok: true, sha256: h.digest('hex'), size };
    }
    catch (e) {
        return { ok: false, error: `cannot be read (${e.code ?? 'error'})` };
    }
    finally {
        await handle.close();
    }
}
/** The output file's folder must stay inside (the nearest existing one resolves inside). */
async function writeOutput(ws, p, content) {
    const rel = ws.relative(p);
    if (rel === undefined || external_node_path_default().isAbsolute(p) || rel === '')
        return { ok: false, reason: 'outside' };
    const dir = external_node_path_default().posix.dirname(rel);
    if ((await ws.confine(dir)) === undefined)
        return { ok: false, reason: 'link-out', rel };
    const abs = external_node_path_default().join(ws.root, rel);
    try {
        await (0,atomic_write/* writeAllOrNothing */.P)(external_node_path_default().dirname(abs), [{ name: external_node_path_default().basename(abs), content }]);
    }
    catch (e) {
        return {
            ok: false,
            reason: 'failed',
            rel,
            code: e.code ?? e.message
        };
    }
    return { ok: true, rel };
}
/*
 * `opa test` is a command run over the repository's files. It lives here until the Processes
 * facts (core/facts-runtime.ts) offer a general command runner; then it can move there.
 */
function opaTest(cwd, dir, { opa, timeoutMs }) {
    const seconds = Math.round(timeoutMs / 1000);
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(opa, ['test', '--coverage', '--format=json', dir.startsWith('-') ? `./${dir}` : dir], { cwd, timeout: timeoutMs, maxBuffer: MAX_OPA_OUTPUT, encoding: 'utf8' }, (err, stdout, stderr) => {
            const e = err;
            if (e?.code === 'ENOENT')
                return resolve({ kind: 'missing' });
            if (e && (e.killed || e.signal === 'SIGTERM'))
                return resolve({ kind: 'timeout', seconds });
            const exitCode = e ? (typeof e.code === 'number' ? e.code : 1) : 0;
            resolve({ kind: 'ran', exitCode, stdout, stderr });
        });
    });
}

// EXTERNAL MODULE: ./src/core/facts-runtime.ts
var facts_runtime = __webpack_require__(39389);
;// CONCATENATED MODULE: ./src/io/processes.ts
/**
 * The one place built-in checks' child processes are started: interpreters over text
 * (workflow-lint), the repository's build command in a process group (replay-determinism, through
 * io/replay-sandbox.ts) and the git read a replay needs. Implements `Processes` of
 * core/facts-runtime.ts.
 */





/** How long to wait for pipes to close after the process group is gone. */
const DRAIN_MS = 2000;
/** `git log` for the head commit time. */
const processes_GIT_TIMEOUT_MS = 10_000;
const SECRET_NAMES = /^(INPUT_|ACTIONS_)|TOKEN|SECRET|PASSWORD|PRIVATE_KEY|CREDENTIAL/i;
/** The environment minus anything that looks like a credential or an action input. */
function withoutSecrets(env) {
    return Object.fromEntries(Object.entries(env).filter(([k]) => !SECRET_NAMES.test(k)));
}
/**
 * Runs `command` with `/bin/sh -c` in its own process group. On timeout the whole group is killed
 * (SIGKILL); after a normal exit, whatever the command left running in its group is killed too,
 * so nothing keeps writing outputs while they are hashed. stdin and stdout are ignored; the last
 * {@link STDERR_TAIL_BYTES} bytes of stderr are kept. Never rejects.
 */
function runShellCommand(o) {
    return new Promise((resolve) => {
        let tail = Buffer.alloc(0);
        let timedOut = false;
        let settled = false;
        const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', o.command], {
            cwd: o.cwd,
            env: o.env,
            detached: true,
            stdio: ['ignore', 'ignore', 'pipe']
        });
        const killGroup = () => {
            if (child.pid === undefined)
                return;
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                // The group is already gone.
            }
        };
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup();
        }, o.timeoutMs);
        child.stderr?.on('data', (chunk) => {
            tail = Buffer.concat([tail, chunk]);
            if (tail.length > facts_runtime/* STDERR_TAIL_BYTES */.g1 * 2)
                tail = tail.subarray(tail.length - facts_runtime/* STDERR_TAIL_BYTES */.g1);
        });
        const finish = (r) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            const t = tail.subarray(Math.max(0, tail.length - facts_runtime/* STDERR_TAIL_BYTES */.g1)).toString('utf8');
            resolve({ ...r, timedOut, stderrTail: t });
        };
        child.on('error', (e) => {
            finish({ exitCode: null, signal: null, error: e.message });
        });
        child.on('exit', (code, signal) => {
            killGroup();
            // A grandchild that left the group may still hold stderr open: do not wait for it forever.
            const drain = setTimeout(() => {
                child.stderr?.destroy();
                finish({ exitCode: code, signal });
            }, DRAIN_MS);
            child.on('close', () => {
                clearTimeout(drain);
                finish({ exitCode: code, signal });
            });
        });
    });
}
/**
 * Runs a tool (no shell) from the OS temporary folder, never from the workspace: a PR could
 * otherwise plant `json.py` (Python puts the working directory on sys.path) and run code inside
 * the gate. Credentials and action inputs are removed from its environment. Never rejects.
 */
function runTool(command, args, o) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(command, [...args], {
            timeout: o.timeoutMs,
            killSignal: 'SIGKILL',
            maxBuffer: facts_runtime/* TOOL_MAX_OUTPUT_BYTES */.w2,
            encoding: 'utf8',
            cwd: external_node_os_default().tmpdir(),
            env: withoutSecrets(process.env)
        }, (error, stdout, stderr) => {
            const e = error;
            const exitCode = e ? (typeof e.code === 'number' ? e.code : null) : 0;
            const run = { exitCode, stdout, stderr };
            if (e) {
                if (e.code === 'ENOENT' || e.code === 'EACCES')
                    run.failure = { kind: 'missing' };
                else if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
                    run.failure = { kind: 'output-limit' };
                else if (e.killed)
                    run.failure = { kind: 'timeout' };
                else if (typeof e.code === 'string')
                    run.failure = { kind: 'failed', message: e.message };
            }
            resolve(run);
        });
    });
}
/** A private folder under the OS temporary folder for a tool's input files. */
async function openToolScratch() {
    let dir;
    try {
        dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'gonogo-workflow-lint-'));
    }
    catch (e) {
        return { error: `cannot create a temporary folder (${errno(e)})` };
    }
    return {
        write: async (name, text) => {
            if (name.includes('/') || name.includes('\\') || name === '' || name.startsWith('.'))
                return { error: `cannot write ${name} (not a plain file name)` };
            const file = external_node_path_default().join(dir, name);
            try {
                await (0,promises_.writeFile)(file, text, 'utf8');
                return { path: file };
            }
            catch (e) {
                return { error: `cannot write ${name} (${errno(e)})` };
            }
        },
        dispose: () => (0,promises_.rm)(dir, { recursive: true, force: true }).catch(() => undefined)
    };
}
/** `git log -1 --format=%ct HEAD` in `root`: seconds, or undefined (no git, no repository). */
async function headCommitTime(root) {
    const r = await new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['log', '-1', '--format=%ct', 'HEAD'], { cwd: root, timeout: processes_GIT_TIMEOUT_MS, encoding: 'utf8' }, (error, stdout) => resolve({ ok: error === null, stdout }));
    });
    if (!r.ok)
        return undefined;
    const text = r.stdout.trim();
    const t = Number(text);
    return Number.isInteger(t) && t >= 0 && text !== '' ? t : undefined;
}
function errno(e) {
    return e.code ?? (e instanceof Error ? e.message : 'error');
}

// EXTERNAL MODULE: ./src/core/promotion.ts
var promotion = __webpack_require__(19918);
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
        if (!promotion/* ENVIRONMENT_NAME */.YR.test(environment))
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

;// CONCATENATED MODULE: ./src/io/promotion-history.ts
/**
 * The promotion-history fact of `CheckFacts` (core/facts-runtime.ts `PromotionHistory`), over the
 * existing promotion stores: the CLI's state folder through `LocalStateStore` (io/local-state.ts),
 * confined to the workspace, with each record file's modification time as its completion; GitHub
 * deployments (io/deployment-history.ts, loaded on first use) with their `created_at` and their
 * first `success` status's `created_at`.
 */






/**
 * The promotion history readable from `ws` (the state folder) and, when `github` is given, from
 * the repository's deployments. Every answer is a value: a folder outside the workspace, an
 * unreadable folder or an API error is `ok: false` with what to do.
 */
function createPromotionHistory(ws, github) {
    let client;
    const sources = github ? ['deployments', 'local'] : ['local'];
    return {
        sources,
        read: async (q) => {
            if (!promotion/* ENVIRONMENT_NAME */.YR.test(q.environment)) {
                return {
                    ok: false,
                    source: q.source,
                    describe: q.source === 'local' ? q.folder : 'deployments',
                    reason: `'${q.environment}' is not an environment name`,
                    unlock: 'name environments as GitHub does (letters, digits, ., _ and -)'
                };
            }
            if (q.source === 'local')
                return readLocal(ws, q.folder, q.environment);
            if (!github) {
                return {
                    ok: false,
                    source: 'deployments',
                    describe: 'deployments',
                    reason: 'no GitHub token, so the deployments could not be read',
                    unlock: `${facts_runtime/* DEPLOYMENTS_READ_UNLOCK */.$5}; locally, set GITHUB_TOKEN and GITHUB_REPOSITORY`,
                    permission: 'deployments: read'
                };
            }
            try {
                const m = await Promise.all(/* import() */[__webpack_require__.e(732), __webpack_require__.e(572), __webpack_require__.e(20), __webpack_require__.e(992)]).then(__webpack_require__.bind(__webpack_require__, 5992));
                client ??= Promise.resolve(m.deploymentClient(github));
                return await m.readDeploymentHistory(await client, github, q.environment);
            }
            catch (e) {
                return {
                    ok: false,
                    source: 'deployments',
                    describe: `deployments of ${github.owner}/${github.repo}`,
                    reason: `the GitHub client could not be started (${(0,errors/* errorMessage */.gJ)(e)})`,
                    unlock: 're-run the job; if it persists, report it'
                };
            }
        }
    };
}
/**
 * The records of `environment` under the workspace folder `folder`, as `LocalStateStore` reads
 * them. The folder and the environment's folder must stay inside the workspace (links
 * included); a record file that is not a regular file (a symbolic link) breaks the history there.
 */
async function readLocal(ws, folder, environment) {
    const describe = ws.relative(folder) ?? folder;
    const fail = (reason, unlock) => ({
        ok: false,
        source: 'local',
        describe,
        reason,
        unlock
    });
    const root = await ws.confine(folder);
    const envDir = await ws.confine(`${describe}/${environment}`);
    if (root === undefined || envDir === undefined) {
        return fail(`${describe}/${environment} is outside the workspace (or a link leads out of it)`, 'point checks.rollback-drill.state at the state folder inside the repository');
    }
    let chain;
    try {
        chain = await new LocalStateStore(root, describe).history(environment);
    }
    catch (e) {
        // The store names absolute paths; reports name workspace paths (the same on every machine).
        return fail((0,errors/* errorMessage */.gJ)(e).split(root).join(describe), `make ${describe}/${environment} readable to the gate`);
    }
    const entries = [];
    for (const entry of chain) {
        const name = external_node_path_default().posix.basename(entry.where);
        let completedAt;
        let record = entry.record;
        try {
            const st = await (0,promises_.lstat)(external_node_path_default().join(envDir, name));
            if (st.isFile())
                completedAt = Math.trunc(st.mtimeMs);
            else
                record = { unreadable: 'not a regular file (a symbolic link?)' };
        }
        catch (e) {
            record = { unreadable: `cannot be read (${e.code ?? 'error'})` };
        }
        entries.push({
            where: entry.where,
            record,
            ...(completedAt !== undefined ? { completedAt } : {})
        });
    }
    return { ok: true, source: 'local', describe, entries };
}

;// CONCATENATED MODULE: ./src/io/output-hashes.ts
/** Digests of a replay's outputs (moved from checks/replay-determinism). */






const SKIP_DIRS = new Set(['.git', 'node_modules']);
/**
 * Hashes every file under `dir` that matches one of `globs` (dot files included). The walk
 * starts at each glob's fixed prefix, skips `.git` and `node_modules` below it, and never
 * follows a symbolic link: a link output is compared by its target text.
 */
async function hashOutputs(dir, globs) {
    const isMatch = picomatch_default()([...globs], { dot: true });
    const matched = new Set();
    let truncated = false;
    const special = [];
    let realDir;
    try {
        realDir = await (0,promises_.realpath)(dir);
    }
    catch {
        // The build removed or renamed its own working folder: nothing to hash, which fails the check.
        return {
            digests: {},
            truncated: false,
            unreadable: [{ path: '.', detail: 'the working folder is gone after the run' }]
        };
    }
    const bases = [
        ...new Set(globs.map((g) => {
            const scan = picomatch_default().scan(g);
            return scan.isGlob ? scan.base : g;
        }))
    ].sort();
    const walk = async (rel) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(external_node_path_default().join(dir, rel), { withFileTypes: true });
        }
        catch {
            // A base that is a file (a glob without wildcards) or does not exist.
            if (rel !== '' && isMatch(rel))
                matched.add(rel);
            return;
        }
        for (const e of entries) {
            if (truncated)
                return;
            const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
            if (e.isDirectory()) {
                if (!SKIP_DIRS.has(e.name))
                    await walk(childRel);
            }
            else if (isMatch(childRel)) {
                if (!e.isFile() && !e.isSymbolicLink()) {
                    special.push({ path: childRel, detail: 'not a regular file (a FIFO, socket or device)' });
                    continue;
                }
                if (matched.size >= facts_runtime/* MAX_OUTPUTS */.MV) {
                    truncated = true;
                    return;
                }
                matched.add(childRel);
            }
        }
    };
    for (const b of bases) {
        const rel = b === '.' ? '' : b.replace(/\/+$/, '');
        if (rel !== '' && !(await staysInside(realDir, external_node_path_default().join(dir, rel)))) {
            special.push({
                path: rel,
                detail: 'a symbolic link that leads outside the working directory'
            });
            continue;
        }
        await walk(rel);
    }
    const digests = {};
    const unreadable = [...special];
    for (const rel of [...matched].sort()) {
        const r = await digestOf(external_node_path_default().join(dir, rel));
        if (r.ok)
            digests[rel] = r.digest;
        else if (r.detail !== 'missing')
            unreadable.push({ path: rel, detail: r.detail });
    }
    unreadable.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { digests, unreadable, truncated };
}
/** False when `abs` exists but resolves outside `realDir` (through a link the command made). */
async function staysInside(realDir, abs) {
    try {
        const rel = external_node_path_default().relative(realDir, await (0,promises_.realpath)(abs));
        return rel !== '..' && !rel.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(rel);
    }
    catch {
        return true;
    }
}
async function digestOf(abs) {
    try {
        const st = await (0,promises_.lstat)(abs);
        if (st.isSymbolicLink())
            return { ok: true, digest: `link:${await (0,promises_.readlink)(abs)}` };
        if (!st.isFile())
            return { ok: false, detail: 'not a regular file' };
    }
    catch (e) {
        const c = e.code;
        if (c === 'ENOENT')
            return { ok: false, detail: 'missing' };
        return { ok: false, detail: `cannot be read (${c ?? 'error'})` };
    }
    return new Promise((resolve) => {
        const h = (0,external_node_crypto_.createHash)('sha256');
        const s = (0,external_node_fs_.createReadStream)(abs);
        s.on('data', (chunk) => h.update(chunk));
        s.on('error', (e) => resolve({ ok: false, detail: `cannot be read (${e.code ?? 'error'})` }));
        s.on('end', () => resolve({ ok: true, digest: `sha256:${h.digest('hex')}` }));
    });
}

;// CONCATENATED MODULE: ./src/io/workspace-copy.ts
/** Copies the workspace for a replay without ever leaving it (moved from checks/replay-determinism). */




/** Files copied at once. */
const COPY_CONCURRENCY = 32;
/**
 * Copies the workspace into `dest` without ever leaving it: a symbolic link is recreated (as a
 * relative link inside the copy) only when it resolves inside the workspace; a link that leads
 * out, a FIFO, a socket or a device is skipped and listed. File modes and modification times are
 * kept; on copy-on-write file systems files are reflinked.
 */
async function copyWorkspace(root, dest, opts) {
    const realRoot = await (0,promises_.realpath)(root);
    const facts = {
        files: 0,
        bytes: 0,
        links: 0,
        skipped: [],
        skippedCount: 0,
        git: 'absent'
    };
    const skipped = [];
    const skip = (e) => {
        skipped.push(e);
    };
    const files = [];
    const links = [];
    const walk = async (rel) => {
        const srcDir = external_node_path_default().join(realRoot, rel);
        const dstDir = external_node_path_default().join(dest, rel);
        await (0,promises_.mkdir)(dstDir, { recursive: true });
        let entries;
        try {
            entries = await (0,promises_.readdir)(srcDir, { withFileTypes: true });
        }
        catch (e) {
            skip({ path: rel || '.', reason: 'unreadable', detail: code(e) });
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
            const src = external_node_path_default().join(srcDir, e.name);
            const dst = external_node_path_default().join(dstDir, e.name);
            if (rel === '' && e.name === '.git') {
                if (!e.isDirectory()) {
                    facts.git = 'link-file';
                    continue;
                }
                if (!opts.copyGit) {
                    facts.git = 'excluded';
                    continue;
                }
                facts.git = 'copied';
            }
            if (e.isDirectory()) {
                await walk(childRel);
            }
            else if (e.isFile()) {
                try {
                    const st = await (0,promises_.lstat)(src);
                    files.push({ src, dst, rel: childRel, size: st.size, atime: st.atime, mtime: st.mtime });
                }
                catch (err) {
                    skip({ path: childRel, reason: 'unreadable', detail: code(err) });
                }
            }
            else if (e.isSymbolicLink()) {
                const target = await linkInside(realRoot, src);
                if (target === undefined) {
                    let raw = '';
                    try {
                        raw = await (0,promises_.readlink)(src);
                    }
                    catch {
                        raw = '?';
                    }
                    skip({
                        path: childRel,
                        reason: 'link-out',
                        detail: `symbolic link to ${raw} leads outside the workspace`
                    });
                }
                else {
                    links.push({
                        dst,
                        target: external_node_path_default().relative(external_node_path_default().dirname(dst), external_node_path_default().join(dest, target)) || '.'
                    });
                }
            }
            else {
                skip({
                    path: childRel,
                    reason: 'special-file',
                    detail: 'not a regular file, folder or link (a FIFO, socket or device)'
                });
            }
        }
    };
    await walk('');
    let next = 0;
    const worker = async () => {
        while (next < files.length) {
            const f = files[next++];
            if (f === undefined)
                return;
            try {
                await (0,promises_.copyFile)(f.src, f.dst, external_node_fs_.constants.COPYFILE_FICLONE);
                await (0,promises_.utimes)(f.dst, f.atime, f.mtime);
                facts.files++;
                facts.bytes += f.size;
            }
            catch (err) {
                skip({ path: f.rel, reason: 'unreadable', detail: code(err) });
            }
        }
    };
    await Promise.all(Array.from({ length: COPY_CONCURRENCY }, () => worker()));
    for (const l of links) {
        await (0,promises_.symlink)(l.target, l.dst);
        facts.links++;
    }
    skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    facts.skipped = skipped.slice(0, facts_runtime/* MAX_SKIPPED_LISTED */.Eo);
    facts.skippedCount = skipped.length;
    return facts;
}
/**
 * Where a link leads, relative to the workspace, when it stays inside; undefined when it leads
 * out. A dangling link is judged by its text alone.
 */
async function linkInside(realRoot, linkPath) {
    let resolved;
    try {
        resolved = await (0,promises_.realpath)(linkPath);
    }
    catch {
        try {
            resolved = external_node_path_default().resolve(external_node_path_default().dirname(linkPath), await (0,promises_.readlink)(linkPath));
        }
        catch {
            return undefined;
        }
    }
    const rel = external_node_path_default().relative(realRoot, resolved);
    if (rel === '..' || rel.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(rel))
        return undefined;
    return rel;
}
function code(e) {
    return `cannot be read (${e.code ?? 'error'})`;
}

;// CONCATENATED MODULE: ./src/io/replay-sandbox.ts
/**
 * A disposable copy of the workspace for replaying the repository's build (replay-determinism):
 * one private temporary folder, the copy always at `<tmp>/workspace`, the command run there in
 * its own process group, outputs hashed, the copy removed. Implements `ReplaySandbox` of
 * core/facts-runtime.ts.
 */





/** Variables through which a step writes to the workflow; a replay must not touch them. */
const WORKFLOW_FILE_VARIABLES = [
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STEP_SUMMARY',
    'GITHUB_STATE'
];
/**
 * Creates the sandbox under `tempRoot` for the workspace at `root`; `error` when the temporary
 * folder cannot be made (`cannot create a temporary folder: <message>`).
 */
async function openReplaySandbox(o) {
    let base;
    try {
        base = await (0,promises_.mkdtemp)(external_node_path_default().join(o.tempRoot, 'gonogo-replay-'));
    }
    catch (e) {
        return { error: `cannot create a temporary folder: ${e.message}` };
    }
    const copyDir = external_node_path_default().join(base, 'workspace');
    // The temp path differs on every run: keep it out of the report (determinism).
    const scrub = (t) => t.split(copyDir).join('<copy>').split(base).join('<tmp>');
    return {
        copyWorkspace: async ({ copyGit }) => {
            try {
                return { ok: true, copy: await copyWorkspace(o.root, copyDir, { copyGit }) };
            }
            catch (e) {
                return { ok: false, error: e.message.split(base).join('<tmp>') };
            }
        },
        run: async (r) => {
            // The command comes from the repository (a PR can change it): it gets no credentials.
            // Tokens, action inputs and the runner's internal channels are removed; `env` can still
            // pass what a build really needs.
            const env = { ...withoutSecrets(process.env), ...r.env };
            for (const k of WORKFLOW_FILE_VARIABLES)
                delete env[k];
            const outcome = await runShellCommand({
                command: r.command,
                cwd: external_node_path_default().join(copyDir, r.workingDirectory),
                env,
                timeoutMs: r.timeoutMs
            });
            return { ...outcome, stderrTail: scrub(outcome.stderrTail) };
        },
        hashOutputs: (workingDirectory, globs) => hashOutputs(external_node_path_default().join(copyDir, workingDirectory), globs),
        removeCopy: async () => {
            await removeTree(copyDir);
            return !(await exists(copyDir));
        },
        dispose: () => removeTree(base)
    };
}
/** Removes a folder a build wrote, even where it left read-only folders behind. Never throws. */
async function removeTree(dir) {
    try {
        await (0,promises_.rm)(dir, { recursive: true, force: true, maxRetries: 2 });
        return;
    }
    catch {
        await makeWritable(dir);
    }
    await (0,promises_.rm)(dir, { recursive: true, force: true, maxRetries: 2 }).catch(() => undefined);
}
async function makeWritable(dir) {
    try {
        await (0,promises_.chmod)(dir, 0o700);
        for (const e of await (0,promises_.readdir)(dir, { withFileTypes: true }))
            if (e.isDirectory())
                await makeWritable(external_node_path_default().join(dir, e.name));
    }
    catch {
        // Best effort.
    }
}
async function exists(p) {
    try {
        await (0,promises_.stat)(p);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/io/runtime-facts.ts





/**
 * The real processes for a workspace: tools run from the OS temporary folder (io/processes.ts),
 * replays in copies under `tempRoot` (default `$RUNNER_TEMP`, else the OS temporary folder; see
 * io/replay-sandbox.ts), HEAD's commit time from git in the workspace.
 */
function createProcesses(ws, o = {}) {
    return {
        runTool: runTool,
        toolScratch: openToolScratch,
        openReplay: () => openReplaySandbox({
            root: ws.root,
            tempRoot: o.tempRoot ?? process.env.RUNNER_TEMP ?? external_node_os_default().tmpdir()
        }),
        headCommitTime: () => headCommitTime(ws.root)
    };
}
/**
 * Processes run in (a copy of) the workspace; the Actions history (github/actions-history.ts)
 * when GitHub is reachable, i.e. when `github` is given; the promotion history
 * (io/promotion-history.ts): the workspace's state folder, and the deployments with `github`;
 * the incident history (github/incidents.ts) with `github`.
 */
function createRuntimeFacts(ws, github) {
    return {
        processes: createProcesses(ws),
        ...(github ? { actions: lazyActionsHistory(github), incidents: lazyIncidents(github) } : {}),
        promotions: createPromotionHistory(ws, github)
    };
}
/**
 * The incident issues and releases (github/incidents.ts), with the GitHub client loaded only
 * when the incidents check first reads them.
 */
function lazyIncidents(github) {
    return {
        read: async (q) => {
            try {
                const [m, c] = await Promise.all([
                    Promise.all(/* import() */[__webpack_require__.e(732), __webpack_require__.e(572), __webpack_require__.e(128)]).then(__webpack_require__.bind(__webpack_require__, 30128)),
                    Promise.all(/* import() */[__webpack_require__.e(732), __webpack_require__.e(572)]).then(__webpack_require__.bind(__webpack_require__, 54572))
                ]);
                const client = () => Promise.resolve(c.createClient(github.token, {
                    baseUrl: github.apiUrl,
                    ...(github.timeoutMs !== undefined ? { timeoutMs: github.timeoutMs } : {}),
                    ...(github.deadline
                        ? { deadline: github.deadline }
                        : github.deadlineMs !== undefined
                            ? { deadlineMs: github.deadlineMs }
                            : {})
                }));
                return await m.createIncidentHistory(github, client).read(q);
            }
            catch (e) {
                // Only loading can throw here (the reader itself answers every API error).
                return {
                    ok: false,
                    reason: `the GitHub client could not be loaded: ${e instanceof Error ? e.message : String(e)}`,
                    unlock: 'reinstall gonogo',
                    permission: facts_runtime/* ISSUES_READ_PERMISSION */.ol
                };
            }
        }
    };
}
/**
 * The Actions history, with the GitHub client (Octokit and its plugins, about 30 ms to load)
 * loaded only when a reader first asks something: most gates run no check that reads the API.
 */
function lazyActionsHistory(github) {
    return {
        open: (o) => {
            let reader;
            const real = () => (reader ??= Promise.all(/* import() */[__webpack_require__.e(732), __webpack_require__.e(572), __webpack_require__.e(733)]).then(__webpack_require__.bind(__webpack_require__, 18733)).then((m) => m.createActionsHistory(github).open(o)));
            let loaded;
            return {
                get requests() {
                    return loaded?.requests ?? 0;
                },
                defaultBranch: async () => (loaded = await real()).defaultBranch(),
                workflowRuns: async (q) => (loaded = await real()).workflowRuns(q)
            };
        }
    };
}

;// CONCATENATED MODULE: ./src/io/check-facts.ts


/** The facts a built-in check receives, over the real workspace, git, processes and API. */
function createCheckFacts(ws, github) {
    return { ...createRepoFacts(ws), ...createRuntimeFacts(ws, github) };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/io/git.ts



const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The checked-out branch of a repository, or '' (detached HEAD, not a repository, no git). */
async function currentBranch(cwd) {
    try {
        const { stdout } = await run('git', ['rev-parse', '--abbrev-ref', 'HEAD'], {
            cwd,
            timeout: 10_000
        });
        const b = stdout.trim();
        return b === 'HEAD' ? '' : b;
    }
    catch {
        return '';
    }
}
/** The commit checked out, or '' when there is none to be had. */
async function headSha(cwd) {
    try {
        const { stdout } = await run('git', ['rev-parse', 'HEAD'], { cwd, timeout: 10_000 });
        return contracts/* SHA_PATTERN */.yw.test(stdout.trim()) ? stdout.trim() : '';
    }
    catch {
        return '';
    }
}

;// CONCATENATED MODULE: ./src/render/cli-findings.ts
const CLI_FINDINGS_CONTRACT = 'gonogo.cli-findings/v1';
const OUTPUT_FORMATS = (/* unused pure expression or super */ null && (['text', 'json', 'github']));
/** Findings the text format lists before it cuts the list. */
const DEFAULT_TEXT_LIMIT = 50;
/** Whether a string names an output format. */
function isOutputFormat(s) {
    return OUTPUT_FORMATS.includes(s);
}
/**
 * Whether the text may be coloured: only the `text` format, only on a terminal, never when
 * `NO_COLOR` is set to a non-empty value (https://no-color.org: "when present and not an empty
 * string, prevents the addition of ANSI color"), nor when `TERM` is `dumb`.
 */
function colourWanted(o) {
    if (o.format !== 'text' || !o.isTTY)
        return false;
    if ((o.env.NO_COLOR ?? '') !== '')
        return false;
    return o.env.TERM !== 'dumb';
}
/**
 * The rule a check id names: the id without a `/<file>:<line>[:<column>]` (or `/<file>`) suffix
 * equal to its location, nor the `#n` that tells apart findings at one place (`unpinned-action/ci.yml:14#2`
 * → `unpinned-action`). An id that does not end with its location is its own rule.
 */
function ruleOf(c) {
    if (!c.location)
        return c.id;
    const id = c.id.replace(/#\d+$/, '');
    const { file, line } = c.location;
    const suffixes = [`/${locationText(c.location)}`, `/${file}:${line}`, `/${file}`];
    for (const suffix of suffixes) {
        if (id.endsWith(suffix) && id.length > suffix.length)
            return id.slice(0, -suffix.length);
    }
    return c.id;
}
/** `file:line:column`, `file:line` or `file`. */
function locationText(l) {
    if (l.line === undefined)
        return l.file;
    return `${l.file}:${l.line}${l.column !== undefined ? `:${l.column}` : ''}`;
}
const WARNING_PREFIX = 'warning: ';
/** The findings of a report (every check that is not a plain pass), worst first, then by place. */
function findingsOf(report) {
    const out = [];
    for (const c of report.checks) {
        let status;
        let message = c.message;
        if (c.status === 'failed' || c.status === 'unverified')
            status = c.status;
        else if (c.status === 'passed' && message.startsWith(WARNING_PREFIX)) {
            status = 'warning';
            message = message.slice(WARNING_PREFIX.length);
        }
        else
            continue;
        // A message that repeats its location first (older reports) does not print it twice.
        if (c.location) {
            const loc = `${locationText(c.location)}: `;
            if (message.startsWith(loc))
                message = message.slice(loc.length);
        }
        out.push({
            rule: ruleOf(c),
            id: c.id,
            status,
            ...(c.location ? { location: { ...c.location } } : {}),
            message,
            ...(c.remediation !== undefined ? { remediation: c.remediation } : {}),
            ...(c.unlock !== undefined ? { unlock: c.unlock } : {})
        });
    }
    return out.sort(compareFindings);
}
const cli_findings_RANK = { failed: 0, unverified: 1, warning: 2 };
function compareFindings(a, b) {
    return (cli_findings_RANK[a.status] - cli_findings_RANK[b.status] ||
        cmp(a.location?.file ?? '', b.location?.file ?? '') ||
        (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
        cmp(a.rule, b.rule) ||
        cmp(a.message, b.message) ||
        cmp(a.id, b.id));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Counts of findings by rule (rules in code-point order) and in all. */
function countFindings(findings) {
    const total = { failed: 0, unverified: 0, warning: 0 };
    const by = new Map();
    for (const f of findings) {
        total[f.status]++;
        let c = by.get(f.rule);
        if (!c)
            by.set(f.rule, (c = { failed: 0, unverified: 0, warning: 0 }));
        c[f.status]++;
    }
    const byRule = {};
    for (const rule of [...by.keys()].sort(cmp))
        byRule[rule] = by.get(rule);
    return { total, byRule };
}
/** The output for a report in the chosen format (ends with a line feed). */
function renderFindings(report, o) {
    const findings = findingsOf(report);
    if (o.format === 'json') {
        // JSON.stringify escapes C0 but not DEL and C1 (a C1 CSI can still drive some terminals).
        const json = JSON.stringify(findingsDocument(report, findings, o.reportPath), null, 2);
        return `${json.replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
    }
    if (o.format === 'github')
        return renderGithub(report, findings, o.reportPath);
    return renderText(report, findings, o);
}
/** The `json` format's document. */
function findingsDocument(report, findings, reportPath) {
    const { total, byRule } = countFindings(findings);
    return {
        contract: CLI_FINDINGS_CONTRACT,
        control: report.control,
        status: report.status,
        report: reportPath,
        summary: {
            checks: report.checks.length,
            passed: report.checks.filter((c) => c.status === 'passed').length,
            failed: total.failed,
            unverified: total.unverified,
            warnings: total.warning,
            by_rule: byRule
        },
        findings: [...findings]
    };
}
// ---------------------------------------------------------------------------------------------
// text
const SGR = {
    reset: '\u001b[0m',
    bold: '\u001b[1m',
    dim: '\u001b[2m',
    red: '\u001b[31m',
    green: '\u001b[32m',
    yellow: '\u001b[33m'
};
/**
 * One line of report text for a terminal: line breaks and runs of white space become one space,
 * and every other control character (C0, DEL, C1) is shown as `\xNN`, so nothing from a report
 * can move the cursor, recolour the output or start a workflow command on a line of its own.
 */
function terminalLine(s) {
    return visible(s.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').replace(/\t/g, ' '));
}
/** Control characters (C0 but CR and LF, DEL, C1) shown as `\xNN`. */
function visible(s) {
    return s.replace(
    // eslint-disable-next-line no-control-regex -- showing control characters is the point
    /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
const STATUS_STYLE = {
    failed: 'red',
    unverified: 'yellow',
    warning: 'yellow'
};
function renderText(report, findings, o) {
    const paint = (style, s) => o.colour ? `${SGR[style]}${s}${SGR.reset}` : s;
    const limit = Math.max(0, Math.floor(o.limit ?? DEFAULT_TEXT_LIMIT));
    const s = report.summary;
    const statusStyle = report.status === 'passed' ? 'green' : report.status === 'failed' ? 'red' : 'yellow';
    const lines = [
        `${terminalLine(report.control)}: ${paint(statusStyle, report.status)} (${s.passed ?? 0} passed, ${s.failed ?? 0} failed, ${s.unverified ?? 0} unverified)`
    ];
    for (const f of findings.slice(0, limit)) {
        const where = f.location ? `${paint('bold', terminalLine(locationText(f.location)))} ` : '';
        const tag = f.status === 'failed' ? '' : ` [${f.status}]`;
        const unlock = f.unlock ? ` (unlock: ${terminalLine(f.unlock)})` : '';
        lines.push(`${where}${paint(STATUS_STYLE[f.status], `${terminalLine(f.rule)}${tag}`)}: ${terminalLine(f.message)}${unlock}`);
    }
    const path = terminalLine(o.reportPath);
    if (findings.length > limit)
        lines.push(paint('dim', `and ${findings.length - limit} more (see the report: ${path})`));
    lines.push(`report: ${path}`);
    lines.push(summaryLine(findings, report.checks.length, paint));
    // No line is a workflow command (`::` first, `##[` anywhere) when the CLI runs in a workflow.
    return `${lines.map(notCommand).join('\n')}\n`;
}
/**
 * `summary: 3 failed, 1 unverified, 1 warning in 12 checks — unpinned-action 2 failed, 1
 * warning; script-syntax 1 failed, 1 unverified`, or `summary: no findings in 12 checks`.
 */
function summaryLine(findings, checks, paint = (_, s) => s) {
    const { total, byRule } = countFindings(findings);
    const inChecks = `in ${checks} check${checks === 1 ? '' : 's'}`;
    if (findings.length === 0)
        return `summary: ${paint('green', 'no findings')} ${inChecks}`;
    const parts = (c, coloured) => [
        ['failed', c.failed, 'red'],
        ['unverified', c.unverified, 'yellow'],
        [c.warning === 1 ? 'warning' : 'warnings', c.warning, 'yellow']
    ]
        .filter(([, n]) => n > 0)
        .map(([word, n, style]) => (coloured ? paint(style, `${n} ${word}`) : `${n} ${word}`))
        .join(', ');
    const rules = Object.entries(byRule)
        .map(([rule, c]) => `${terminalLine(rule)} ${parts(c, false)}`)
        .join('; ');
    return `summary: ${parts(total, true)} ${inChecks} — ${rules}`;
}
// ---------------------------------------------------------------------------------------------
// github
/**
 * @actions/core escapeData: `%`, CR, LF. Other control characters are then shown as `\xNN`
 * (the toolkit leaves them; none can end a command, but they could recolour the log).
 */
function escapeData(s) {
    return visible(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}
/** @actions/core escapeProperty: escapeData plus `:` and `,`. */
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * Annotations of one kind (error, warning) GitHub shows per step; the rest of a step's commands
 * stay in the log only (50 per job in all). GitHub community discussion "Annotation limitation"
 * (https://github.com/orgs/community/discussions/26680) and zizmor's GitHub output format
 * (https://github.com/zizmorcore/zizmor/pull/634). Findings are written errors first, so the
 * ones shown are the failures.
 */
const ANNOTATIONS_PER_KIND = 10;
const COMMAND = {
    failed: 'error',
    unverified: 'warning',
    warning: 'warning'
};
/**
 * A workflow command line: `::name k=v,k=v::data`. Properties in the order given; an empty one
 * (undefined, '' or 0) is left out, as the toolkit's Command.toString does, so the line is the
 * toolkit's byte for byte (core.error/warning order their properties title, file, line, col).
 */
function workflowCommand(name, props, data) {
    const kv = props
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    return `::${name}${kv.length > 0 ? ` ${kv.join(',')}` : ''}::${escapeData(data)}`;
}
function renderGithub(report, findings, reportPath) {
    const lines = [];
    for (const f of findings) {
        const title = `${report.control} ${f.rule}${f.status === 'failed' ? '' : ` (${f.status})`}`;
        const body = [
            f.message,
            ...(f.remediation ? [f.remediation] : []),
            ...(f.unlock ? [`unlock: ${f.unlock}`] : [])
        ].join('\n');
        lines.push(workflowCommand(COMMAND[f.status], [
            ['title', title],
            ['file', f.location?.file],
            ['line', f.location?.line],
            ['col', f.location?.column]
        ], body));
    }
    // Plain log lines, never commands: what ran, what GitHub will not show, and the counts.
    const s = report.summary;
    const errors = findings.filter((f) => COMMAND[f.status] === 'error').length;
    const hidden = Math.max(0, errors - ANNOTATIONS_PER_KIND) +
        Math.max(0, findings.length - errors - ANNOTATIONS_PER_KIND);
    const plain = [
        ...(hidden > 0
            ? [
                `and ${hidden} more not shown as annotations (GitHub shows ${ANNOTATIONS_PER_KIND} error and ${ANNOTATIONS_PER_KIND} warning annotations per step; every finding is in this log and the report: ${terminalLine(reportPath)})`
            ]
            : []),
        `${terminalLine(report.control)}: ${report.status} (${s.passed ?? 0} passed, ${s.failed ?? 0} failed, ${s.unverified ?? 0} unverified); report: ${terminalLine(reportPath)}`,
        summaryLine(findings, report.checks.length)
    ];
    return `${[...lines, ...plain.map(notCommand)].join('\n')}\n`;
}
/**
 * A plain line that the Actions runner cannot read as a workflow command. The runner
 * (actions/runner src/Runner.Common/ActionCommand.cs) tries each line of a step's output twice:
 * `TryParseV2` trims leading white space and then looks for `::` at the start, and the older
 * `TryParse` looks for `##[` anywhere in the line. So a leading space is not enough: the `::`
 * that would start the line (after any white space) is written `\x3a:` and every `##[` is
 * written `##\x5b`, the way this module shows other characters a reader must not act on.
 */
function notCommand(line) {
    // .NET's white space includes NEL (U+0085), which JavaScript's \s does not.
    const lead = /^[\s\u0085]*/.exec(line)?.[0] ?? '';
    const start = line.startsWith('::', lead.length)
        ? `${lead}\\x3a${line.slice(lead.length + 1)}`
        : line;
    return start.replace(/##\[/g, '##\\x5b');
}

// EXTERNAL MODULE: ./src/core/claims.ts
var claims = __webpack_require__(91674);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(57789);
;// CONCATENATED MODULE: ./src/render/summary-markdown.ts




const HEADLINE = {
    go: '✅ gonogo: GO',
    'conditional-go': '⚠️ gonogo: CONDITIONAL GO',
    'no-go': '⛔ gonogo: NO-GO'
};
const OUTCOME = {
    passed: '✅ passed',
    conditional: '🟠 conditional go',
    'accepted-unverified': '🟡 unverified (accepted)',
    waived: '🟠 waived',
    failed: '❌ failed'
};
/** The executive summary as Markdown: headline, counts, blocker register, claim matrix. */
function renderSummaryMarkdown(s, opts) {
    let rows = opts.maxRows;
    for (;;) {
        const md = render(s, { ...opts, maxRows: rows });
        if (md.length <= opts.maxChars || rows <= 1)
            return md.length <= opts.maxChars ? md : truncate(md, opts.maxChars);
        rows = Math.floor(rows / 2);
    }
}
function truncate(md, max) {
    const note = '\n\n_… truncated: the full summary is in executive-summary.json._\n';
    return md.slice(0, max - note.length) + note;
}
function render(s, opts) {
    const out = [];
    if (opts.marker)
        out.push(opts.marker);
    out.push(`## ${HEADLINE[s.decision]}`, '');
    const p = s.profile;
    out.push(`**Decision:** \`${s.decision}\` · **Profile:** ${(0,render_escape/* code */.aY)(p.name, 64)} (max high ${p.max_high}, max medium ${p.max_medium}; ${(0,render_escape/* escapeText */.X1)(p.selected_by, 40)}) · **Commit:** ${(0,render_escape/* code */.aY)(s.subject.sha.slice(0, 12) || 'unknown', 16)} · **Effective time:** ${s.effective_time}`, '');
    for (const n of opts.notes ?? [])
        out.push(`> ${(0,render_escape/* escapeText */.X1)(n, 500)}`, '');
    const c = s.counts;
    out.push('| Controls | Passed | Failed | Waived | Unverified (accepted) | High | Medium | Low (waived) |', '|---:|---:|---:|---:|---:|---:|---:|---:|', `| ${c.controls} | ${c.passed} | ${c.failed} | ${c.waived} | ${c.accepted_unverified} | ${c.high} | ${c.medium} | ${c.low} |`, '');
    out.push('### Blocker register', '');
    if (s.blockers.length === 0)
        out.push('No blockers.', '');
    else {
        out.push('| Severity | Control | Kind | Reason | Owner | Runbook |', '|---|---|---|---|---|---|');
        for (const b of s.blockers.slice(0, opts.maxRows))
            out.push(blockerRow(b, opts));
        more(out, s.blockers.length, opts.maxRows, 'blockers');
        out.push('');
    }
    if (s.warnings.length > 0) {
        out.push('### Warnings', '');
        for (const w of s.warnings.slice(0, opts.maxRows))
            out.push(`- ${(0,render_escape/* code */.aY)(w.control, 64)}: ${(0,render_escape/* escapeText */.X1)(w.message, 300)}`);
        more(out, s.warnings.length, opts.maxRows, 'warnings');
        out.push('');
    }
    if (s.claims && s.claims.claims.length > 0) {
        out.push('### Claims by tier', '');
        out.push('| Tier | Claim | Grade | Level | Controls | Blocker |', '|---:|---|---|---|---|---|');
        for (const g of s.claims.claims.slice(0, opts.maxRows)) {
            // Each control that keeps the claim from proven says why (waived, unverified, failed…);
            // a long list shows those first, so one row stays small enough for a PR comment.
            const noted = g.controls.map((c) => ({ id: c.id, note: (0,claims/* controlNote */.aT)(c) }));
            const shown = noted.length > CLAIM_CONTROLS
                ? [...noted.filter((c) => c.note), ...noted.filter((c) => !c.note)].slice(0, CLAIM_CONTROLS)
                : noted;
            const listed = shown.map((c) => `${(0,render_escape/* code */.aY)(c.id, 64)}${c.note ? ` (${c.note})` : ''}`);
            if (noted.length > shown.length)
                listed.push(`… and ${noted.length - shown.length} more`);
            const controls = listed.join(', ');
            out.push(`| ${g.tier} | ${(0,render_escape/* code */.aY)(g.id, 32)} ${(0,render_escape/* escapeText */.X1)((0,visible_text/* visibleLine */.P8)(g.title), 120)} | ${GRADE[g.grade]} | ${g.level} | ${controls} | ${g.blocker ? `high: ${g.blocker_class ?? 'unresolved-tier-0'}` : '—'} |`);
        }
        more(out, s.claims.claims.length, opts.maxRows, 'claims');
        if (s.claims.unclaimed_controls.length > 0)
            out.push('', `Controls no claim names: ${s.claims.unclaimed_controls
                .slice(0, 50)
                .map((id) => (0,render_escape/* code */.aY)(id, 64))
                .join(', ')}${s.claims.unclaimed_controls.length > 50 ? ', …' : ''}`);
        out.push('');
    }
    out.push('### Claim matrix', '');
    out.push('| Control | Severity | Status | Evidence | Waiver | Owner | Runbook |', '|---|---|---|---|---|---|---|');
    const ordered = [...s.controls].sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : 1));
    for (const r of ordered.slice(0, opts.maxRows))
        out.push(controlRow(r, opts));
    more(out, ordered.length, opts.maxRows, 'controls');
    out.push('');
    const withFindings = ordered.filter((r) => r.findings.length > 0 && r.outcome !== 'passed');
    if (withFindings.length > 0) {
        out.push('<details><summary>Findings</summary>', '');
        for (const r of withFindings.slice(0, opts.maxRows)) {
            out.push(`**${(0,render_escape/* escapeText */.X1)(r.id, 64)}**`, '');
            for (const f of r.findings.slice(0, 10)) {
                const loc = f.location
                    ? ` (${(0,render_escape/* code */.aY)(`${f.location.file}${f.location.line ? `:${f.location.line}` : ''}`, 120)})`
                    : '';
                out.push(`- ${f.status === 'failed' ? '❌' : '🟡'} ${(0,render_escape/* escapeText */.X1)(ruleOf(f), 120)}${loc}: ${(0,render_escape/* escapeText */.X1)(f.message, 300)}${f.remediation ? ` — ${(0,render_escape/* escapeText */.X1)(f.remediation, 200)}` : ''}${f.unlock ? ` (unlock: ${(0,render_escape/* escapeText */.X1)(f.unlock, 120)})` : ''}`);
            }
            const hidden = r.findings.length - 10 + r.findings_omitted;
            if (hidden > 0)
                out.push(`- … and ${hidden} more`);
            out.push('');
        }
        out.push('</details>', '');
    }
    if (s.unclaimed_reports.length > 0) {
        out.push(`<details><summary>Reports no control reads (${s.unclaimed_reports.length})</summary>`, '');
        for (const f of s.unclaimed_reports.slice(0, opts.maxRows))
            out.push(`- ${(0,render_escape/* code */.aY)(f, 200)}`);
        more(out, s.unclaimed_reports.length, opts.maxRows, 'reports');
        out.push('', '</details>', '');
    }
    out.push(`<sub>${s.generator.name} ${s.generator.version} · ${s.contract}</sub>`, '');
    return out.join('\n');
}
function rank(r) {
    return r.outcome === 'failed'
        ? 0
        : r.outcome === 'waived'
            ? 1
            : r.outcome === 'accepted-unverified' || r.outcome === 'conditional'
                ? 2
                : 3;
}
function more(out, total, shown, what) {
    if (total > shown)
        out.push('', `_… and ${total - shown} more ${what} (see executive-summary.json)._`);
}
function cell(text, max = 200) {
    return text ? (0,render_escape/* escapeText */.X1)(text, max) : '—';
}
/** Controls listed per claim in the Markdown matrix (all of them: executive-summary.json). */
const CLAIM_CONTROLS = 20;
const GRADE = { proven: '✅ proven', partial: '🟡 partial', 'not-proven': '❌ not proven' };
function blockerRow(b, opts) {
    return `| ${b.severity} | ${(0,render_escape/* code */.aY)(b.control, 64)} | ${b.kind}${b.class ? ` (${b.class})` : ''} | ${cell(b.reason, 300)} | ${cell(b.owner, 60)} | ${b.runbook ? (0,render_escape/* safeLink */.o3)('runbook', b.runbook, opts.blobBase) : '—'} |`;
}
function controlRow(r, opts) {
    // A single file is shown with the start of its SHA-256 (all digests: executive-summary.json).
    const digest = r.evidence.inputs?.find((i) => i.path === r.evidence.files[0])?.sha256;
    const evidence = r.evidence.files.length === 1
        ? `${(0,render_escape/* code */.aY)(r.evidence.files[0] ?? '', 120)}${digest ? ` · sha256 ${(0,render_escape/* code */.aY)(digest.slice(0, 12), 16)}` : ''}`
        : r.evidence.files.length > 1
            ? `${r.evidence.files.length} files (${(0,render_escape/* code */.aY)(r.evidence.pattern, 100)})`
            : `${r.status}: ${(0,render_escape/* code */.aY)(r.evidence.pattern, 100)}`;
    const waiver = r.waiver
        ? `${cell(r.waiver.owner, 40)} until ${r.waiver.expires}${r.waiver.state === 'expiring' ? ' (expiring)' : ''}`
        : '—';
    const status = r.outcome === 'failed' ? `${OUTCOME.failed} (${r.status})` : OUTCOME[r.outcome];
    return `| ${(0,render_escape/* code */.aY)(r.id, 64)} | ${r.severity} | ${status} | ${evidence} | ${waiver} | ${cell(r.owner, 60)} | ${r.runbook ? (0,render_escape/* safeLink */.o3)('runbook', r.runbook, opts.blobBase) : '—'} |`;
}

;// CONCATENATED MODULE: ./src/io/fact-usage.ts
/**
 * `facts` for one built-in check, watched: every file it hashes through `files.hash` is noted in
 * `log` (reads through `files.readText`/`workflows` are noted by the Workspace itself), and every
 * call to a fact that is not a file read — git history, processes, the Actions API, `opaTest`,
 * `writeOutput`, and any fact added later — is named in the returned usage. With `refuse` those
 * calls reject instead ("not available in a replay"), so a replay never runs a command, reads
 * git, calls the network or writes into the bundle.
 *
 * @returns the watched facts and the usage they fill in as the check runs
 */
function watchFacts(facts, o) {
    const other = new Set();
    const note = (name) => {
        other.add(name);
        if (o.refuse)
            throw new Error(`${name} is not available in a replay (only the bundled files are)`);
    };
    const files = {
        ...facts.files,
        hash: async (p) => {
            const h = await facts.files.hash(p);
            const rel = facts.files.relative(p);
            if (h.ok && rel !== undefined)
                o.log?.record({ path: rel, size: h.size, sha256: h.sha256 });
            return h;
        },
        writeOutput: async (p, content) => {
            note('files.writeOutput');
            return facts.files.writeOutput(p, content);
        },
        opaTest: async (dir, opts) => {
            note('files.opaTest');
            return facts.files.opaTest(dir, opts);
        }
    };
    const watched = { files };
    for (const [key, value] of Object.entries(facts)) {
        if (key === 'files' || value === undefined)
            continue;
        watched[key] = watchObject(key, value, note);
    }
    return { facts: watched, usage: { other } };
}
/** `target` with every method call noted as `name` first (properties pass through). */
function watchObject(name, target, note) {
    return new Proxy(target, {
        get(t, key, receiver) {
            const v = Reflect.get(t, key, receiver);
            if (typeof v !== 'function')
                return v;
            return (...args) => {
                note(name);
                return v.apply(t, args);
            };
        }
    });
}

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
;// CONCATENATED MODULE: ./src/io/read-log.ts


/**
 * Every file one gate run read, with the digest of the bytes it read, and which part of the run
 * read it (a control's sources, a built-in check, the policy): what `bundle create` copies into
 * the bundle's `evidence/` and what `bundle verify --replay` decides again from. The part is
 * carried by an AsyncLocalStorage scope ({@link within}), so reads deep inside a built-in check
 * are attributed without threading a parameter through every reader.
 *
 * A file read twice with different bytes changed while the gate ran: it is named by
 * {@link changed}, and the gate refuses to write a decision that no file set could replay.
 */
class ReadLog {
    scope = new external_node_async_hooks_.AsyncLocalStorage();
    byPath = new Map();
    byScope = new Map();
    changedPaths = new Set();
    refused = new Map();
    /** Runs `fn` with its reads attributed to `scope` (nested scopes replace the outer one). */
    within(scope, fn) {
        return this.scope.run(scope, fn);
    }
    /** Notes one read; called by Workspace and the facts given to built-in checks. */
    record(r) {
        const seen = this.byPath.get(r.path);
        if (seen === undefined)
            // Keys in sorted order: the summary's `inputs.files` is written without copying them.
            this.byPath.set(r.path, { path: r.path, sha256: r.sha256, size: r.size });
        else if (seen.sha256 !== r.sha256 || seen.size !== r.size)
            this.changedPaths.add(r.path);
        const scope = this.scope.getStore() ?? '';
        let paths = this.byScope.get(scope);
        if (paths === undefined)
            this.byScope.set(scope, (paths = new Set()));
        paths.add(r.path);
    }
    /**
     * Notes a file the run tried to read and was refused (a link out of the workspace, not a
     * regular file, over its size limit, unreadable): a replay must meet the same refusal, since the
     * bundle cannot hold the file.
     */
    recordRefusal(r) {
        if (!this.refused.has(r.path))
            this.refused.set(r.path, { ...r });
    }
    /** The refusals, sorted by path. */
    refusals() {
        return [...this.refused.values()].sort((a, b) => (0,bundle_manifest/* comparePaths */.cD)(a.path, b.path));
    }
    /** Every file read, sorted by path (UTF-16 code units), each once. */
    all() {
        return [...this.byPath.values()].sort((a, b) => (0,bundle_manifest/* comparePaths */.cD)(a.path, b.path));
    }
    /** The files read within any of `scopes`, sorted by path, each once. */
    inScope(...scopes) {
        const paths = new Set();
        for (const scope of scopes)
            for (const p of this.byScope.get(scope) ?? [])
                paths.add(p);
        return [...paths].sort(bundle_manifest/* comparePaths */.cD).map((p) => this.byPath.get(p));
    }
    /** Files read more than once with different bytes, sorted. */
    changed() {
        return [...this.changedPaths].sort(bundle_manifest/* comparePaths */.cD);
    }
}

;// CONCATENATED MODULE: ./src/gate/run-gate.ts





















/** Built-in check reports are written next to the summary as report-<name>.json. */
const BUILTIN_REPORT_PREFIX = 'report-';
/** GitHub's job summary limit is 1 MiB per step. */
const JOB_SUMMARY_MAX_CHARS = 1000 * 1000;
/** Policy → evidence → decision → Markdown → files. Everything a run of the gate does but GitHub I/O. */
async function runGate(o) {
    // A summary from an earlier run must never be mistaken for this run's, even if this one fails.
    await Promise.all([contracts/* SUMMARY_JSON */.qJ, contracts/* SUMMARY_MD */.Hr].map((f) => (0,promises_.unlink)(external_node_path_default().join(external_node_path_default().resolve(o.output), f)).catch((e) => {
        if (e.code !== 'ENOENT')
            throw e;
    })));
    const ws = await workspace/* Workspace */.aR.open(o.workspace);
    // Every file read is noted with its digest (the summary's `inputs`; read-log.ts).
    const log = new ReadLog();
    ws.log = log;
    ws.replayRefusals = o.replay?.refusals;
    const policy = await log.within(POLICY_SCOPE, () => (0,policy_file/* loadPolicy */.tb)(ws, o.config));
    if (ws.relative(o.reports) === undefined || external_node_path_default().isAbsolute(o.reports)) {
        throw new errors/* ConfigurationError */.j1(`reports folder '${o.reports}' is outside the workspace; give a path relative to the repository root`);
    }
    await checkReportsFolder(ws, o.reports);
    // The gate's own output inside the reports folder would be read back as reports next run (its
    // built-in reports are rewritten after being read): refused.
    const outRel = ws.relative(external_node_path_default().resolve(o.output));
    const reportsRel = ws.relative(o.reports) ?? o.reports;
    if (outRel !== undefined &&
        !external_node_path_default().isAbsolute(outRel) &&
        (reportsRel === '' || outRel === reportsRel || outRel.startsWith(`${reportsRel}/`)))
        throw new errors/* ConfigurationError */.j1(`output folder '${outRel}' is inside the reports folder '${reportsRel || '.'}': the gate would read its own summary and built-in reports back as reports; choose an output folder outside it`);
    const branch = await o.branch;
    let profile;
    try {
        profile = selectProfile(policy, {
            event: o.event,
            branch,
            ...(o.profile ? { override: o.profile } : {})
        });
    }
    catch (e) {
        if (e instanceof ProfileSelectionError)
            throw new errors/* ConfigurationError */.j1(`${o.config}: ${e.message}`);
        throw e;
    }
    const builtinReports = new Map();
    const builtinRuns = new Map();
    const builtinUse = new Map();
    // One facts object for the run, made when the first built-in runs: the checks share it.
    let facts;
    // Built-ins judge the checkout itself: without --sha their subject is HEAD (a report must name
    // a commit); other reports are then still not checked for staleness.
    let builtinSha;
    const gathered = await gatherEvidence(ws, policy, {
        reportsDir: o.reports,
        ...(o.sha ? { sha: o.sha } : {}),
        ...(o.repository ? { repository: o.repository } : {}),
        // The promise is cached, not the result: two controls naming one check share one run.
        runBuiltin: (name) => {
            const cached = builtinRuns.get(name);
            if (cached)
                return cached;
            const recorded = o.replay?.reports.get(name);
            const p = log.within(builtinScope(name), async () => {
                if (recorded) {
                    // Replayed from its report: the files it read are noted again from the bundle.
                    await Promise.all(recorded.files.map((f) => ws.fingerprint(f)));
                    builtinUse.set(name, {
                        sha: recorded.sha,
                        files: [...recorded.files],
                        other: [...recorded.other]
                    });
                    builtinReports.set(name, recorded.report);
                    return recorded.report;
                }
                const check = await loadBuiltin(name);
                facts ??= createCheckFacts(ws, o.github);
                const watched = watchFacts(facts, { log, refuse: o.replay !== undefined });
                const sha = o.replay?.shas.get(name) ??
                    (o.sha || (await (builtinSha ??= headSha(ws.root).then(orNullCommit))));
                builtinUse.set(name, { usage: watched.usage, sha });
                const report = await check({
                    facts: watched.facts,
                    policy,
                    settings: policy.checks?.[name],
                    subject: { repository: o.repository, sha, ref: o.ref },
                    effectiveTime: o.effectiveTime,
                    ...(o.baseRef ? { baseRef: o.baseRef } : {}),
                    log: o.log ?? (() => undefined)
                });
                builtinReports.set(name, report);
                return report;
            });
            builtinRuns.set(name, p);
            return p;
        }
    });
    const changed = log.changed();
    if (changed.length > 0) {
        throw new errors/* ConfigurationError */.j1(`${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ` and ${changed.length - 5} more` : ''}: changed while the gate read ${changed.length === 1 ? 'it' : 'them'} (two reads gave different bytes); run the gate again when nothing writes to the workspace`);
    }
    const inputs = gateInputs({ ...o, branch }, policy.controls, gathered.evidence, log, ws.relative(o.reports) || '.', builtinReports, builtinUse);
    const summary = (0,decision/* decide */.LD)({
        controls: policy.controls,
        waivers: policy.waivers ?? [],
        profile,
        effectiveTime: o.effectiveTime,
        subject: { repository: o.repository, sha: o.sha, ref: o.ref, event: o.event },
        evidence: gathered.evidence,
        unverifiedEvidence: gathered.unverifiedEvidence,
        unclaimedReports: gathered.unclaimedReports,
        inputs,
        ...(policy.claims ? { claims: policy.claims } : {})
    });
    const maxRows = policy.comment?.max_rows ?? 50;
    const markdown = renderSummaryMarkdown(summary, {
        maxRows: Math.max(maxRows, 500),
        maxChars: JOB_SUMMARY_MAX_CHARS,
        ...(o.blobBase ? { blobBase: o.blobBase } : {})
    });
    const [summaryPath, markdownPath] = (await (0,atomic_write/* writeAllOrNothing */.P)(external_node_path_default().resolve(o.output), [
        // Bytes written in parts: a summary of 10,000 files lists them three times (canonical-json.ts).
        { name: contracts/* SUMMARY_JSON */.qJ, content: (0,canonical_json/* stableStringifyBytes */.e)(summary, 2, '\n') },
        { name: contracts/* SUMMARY_MD */.Hr, content: markdown },
        // The reports the gate computed itself travel with its summary (evidence for the bundle).
        ...[...builtinReports]
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([name, r]) => ({
            name: `${BUILTIN_REPORT_PREFIX}${name}.json`,
            content: builtinReportText(r)
        }))
    ]));
    return {
        summary,
        markdown,
        summaryPath,
        markdownPath,
        maxRows,
        builtinReports: [...builtinReports.values()],
        policy
    };
}
/**
 * A built-in's subject without a commit (a folder that is not a git repository, or before its
 * first commit): git's null object id, so its report is valid and says it judged no commit.
 */
function orNullCommit(sha) {
    return sha || '0'.repeat(40);
}
/** Read-log scope of the policy file. */
const POLICY_SCOPE = 'policy';
/** Read-log scope of one built-in check's reads. */
function builtinScope(name) {
    return `builtin:${name}`;
}
/** The bytes the gate writes for a built-in's report (`report-<name>.json`). */
function builtinReportText(report) {
    return `${(0,canonical_json/* stableStringify */.J)(report)}\n`;
}
/**
 * The summary's `inputs` from the run's read log (and each control's evidence gets the digests of
 * the files read for it): what `bundle create` copies and `bundle verify --replay` decides from.
 */
function gateInputs(o, controls, evidence, log, reportsRel, reports, use) {
    const all = log.all();
    const policyRel = log.inScope(POLICY_SCOPE)[0];
    if (policyRel === undefined)
        throw new Error('the policy file was not noted as read');
    for (const c of controls) {
        const ev = evidence.get(c.id);
        if (ev === undefined)
            continue;
        const src = (0,core_policy/* sourceOf */.vz)(c, o.reports);
        const scopes = [
            controlScope(c.id),
            ...(src.kind === 'builtin' ? [builtinScope(src.pattern)] : [])
        ];
        ev.inputs = log.inScope(...scopes).map((r) => ({ path: r.path, sha256: r.sha256 }));
    }
    const builtins = [...reports.keys()].sort(bundle_manifest/* comparePaths */.cD).map((name) => {
        const u = use.get(name);
        const replay = u?.usage && u.usage.other.size === 0 ? 'files' : 'report';
        return {
            name,
            replay,
            sha: u?.sha ?? '',
            report_sha256: (0,bundle_copy/* sha256Hex */.fg)(builtinReportText(reports.get(name))),
            files: u?.files ?? log.inScope(builtinScope(name)).map((r) => r.path),
            other_facts: u?.usage ? [...u.usage.other].sort(bundle_manifest/* comparePaths */.cD) : (u?.other ?? [])
        };
    });
    return {
        policy: policyRel,
        reports: reportsRel,
        branch: o.branch,
        profile_override: o.profile ?? null,
        builtins,
        files: all,
        ...(log.refusals().length > 0 ? { unread: log.refusals() } : {})
    };
}
/**
 * The reports folder may be missing (no report yet), but what is there must be a folder inside
 * the workspace: a file, FIFO or link out of the workspace is a mistake named here, not an empty
 * folder.
 */
async function checkReportsFolder(ws, reports) {
    const abs = await ws.confine(reports);
    if (abs === undefined)
        throw new errors/* ConfigurationError */.j1(`reports folder '${reports}' leads outside the workspace through a symbolic link; give a folder inside the repository`);
    let st;
    try {
        st = await (0,promises_.stat)(abs);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            return;
        throw new errors/* ConfigurationError */.j1(`reports folder '${reports}' cannot be read (${code ?? 'error'})`);
    }
    if (!st.isDirectory())
        throw new errors/* ConfigurationError */.j1(`reports folder '${reports}' is not a folder`);
}

// EXTERNAL MODULE: ./src/io/bundle-evidence.ts
var bundle_evidence = __webpack_require__(18566);
// EXTERNAL MODULE: ./src/io/bundle-verify.ts
var bundle_verify = __webpack_require__(15862);
;// CONCATENATED MODULE: ./src/gate/replay-bundle.ts















/** Largest evidence file replayed from a zip (held in memory while it is extracted). */
const MAX_ZIP_FILE_BYTES = 16 * 1024 * 1024;
/** Largest executive summary replayed (a gate over 100,000 reports writes about 40 MB). */
const MAX_SUMMARY_BYTES = 256 * 1024 * 1024;
/**
 * Verifies a bundle (folder or zip) and decides again from it alone (issue 16): the gate runs on
 * the bundle's own policy and `evidence/` files, at the effective time, subject, branch and
 * profile override its executive summary records, with no network, no clock and no command; a
 * built-in check that read only files is run again on the bundled copies, one that read git,
 * ran commands or called the API is judged from the report it wrote (`builtins/`). The summary
 * the replay writes must equal the bundled `executive-summary.json` byte for byte, and the
 * Markdown it writes the bundled `executive-summary.md`.
 *
 * Before deciding, the verified manifest is held against the summary's `inputs`
 * (core/replay-diff.ts bundleContentDifferences): an evidence file or built-in report whose
 * digest is not the one the gate recorded, a file in `evidence/` or `builtins/` the gate did not
 * read, or a `reports/` copy unlike the evidence copy is a difference even when the manifest was
 * rewritten to match.
 *
 * Never throws for a bad bundle: a manifest problem, a missing or malformed summary, a bundle made
 * before gonogo recorded its inputs, or a policy the replay cannot load is a problem or a
 * difference naming the file and what to do.
 */
async function replayBundle(target, opts = {}) {
    const base = { differences: [], fromReports: [], rerun: [], controls: 0 };
    // A zip is read once: the pass that verifies it keeps the summary and every evidence file and
    // built-in report (what the replay extracts); a folder's files are read where they are.
    let isZip = false;
    try {
        isZip = !(await (0,promises_.stat)(target)).isDirectory();
    }
    catch {
        // verifyBundle says what is wrong with the path.
    }
    const first = await (0,bundle_verify.verifyBundle)(target, {
        ...(opts.signingKey !== undefined ? { signingKey: opts.signingKey } : {}),
        ...(opts.keepTotal !== undefined ? { keepTotal: opts.keepTotal } : {}),
        keep: isZip
            ? (p) => p === contracts/* SUMMARY_JSON */.qJ ||
                p === contracts/* SUMMARY_MD */.Hr ||
                p.startsWith(`${bundle_manifest/* EVIDENCE_DIR */.cn}/`) ||
                p.startsWith(`${bundle_manifest/* BUILTINS_DIR */.jl}/`)
            : [contracts/* SUMMARY_JSON */.qJ, contracts/* SUMMARY_MD */.Hr]
    });
    if (!first.ok || first.manifest === undefined)
        return { ok: false, problems: first.problems, ...base };
    const manifest = first.manifest;
    const ids = {
        bundleId: manifest.bundle_id,
        ...(first.digest ? { digest: first.digest } : {})
    };
    const fail = (message, file = contracts/* SUMMARY_JSON */.qJ) => ({
        ok: false,
        problems: [{ file, message }],
        ...base,
        ...ids
    });
    // Past its budget, the pass may have kept evidence and not the summaries (manifest order): only
    // then does one more pass keep just those two.
    let summaries = first.kept;
    const listed = new Set(manifest.files.map((f) => f.path));
    if (first.keptPartly &&
        [contracts/* SUMMARY_JSON */.qJ, contracts/* SUMMARY_MD */.Hr].some((p) => listed.has(p) && !first.kept.has(p))) {
        const small = await (0,bundle_verify.verifyBundle)(target, {
            ...(opts.signingKey !== undefined ? { signingKey: opts.signingKey } : {}),
            keep: [contracts/* SUMMARY_JSON */.qJ, contracts/* SUMMARY_MD */.Hr]
        });
        if (!small.ok)
            return { ok: false, problems: small.problems, ...base, ...ids };
        summaries = small.kept;
    }
    const read = await keptOrRead(target, isZip, manifest, summaries, contracts/* SUMMARY_JSON */.qJ);
    if (typeof read === 'string')
        return fail(read);
    const bundledBytes = read;
    const parsed = (0,json_error/* parseBoundedJson */.Rj)(bundledBytes.toString('utf8'));
    if (!parsed.ok)
        return fail(parsed.message);
    const summary = parsed.value;
    const inputs = (0,bundle_evidence/* summaryInputs */.mH)(summary);
    if (inputs === undefined)
        return {
            ...fail('records no inputs: the bundle was made by a gonogo before bundles could be replayed; rebuild it (gonogo gate, then gonogo bundle create --summary)'),
            unreplayable: true
        };
    if ('problem' in inputs)
        return fail(inputs.problem);
    const effectiveTime = typeof summary.effective_time === 'string' ? Date.parse(summary.effective_time) : NaN;
    if (!Number.isFinite(effectiveTime))
        return fail('`effective_time` is not an RFC 3339 time; this is not what gonogo gate writes (was the summary edited?)');
    const needed = [
        ...inputs.files.map((f) => (0,bundle_evidence/* bundledEvidence */.ej)(f.path)),
        ...inputs.builtins.map((b) => (0,bundle_evidence/* bundledBuiltinReport */.SE)(b.name))
    ];
    const absent = needed.filter((p) => !listed.has(p));
    if (absent.length > 0)
        return fail(`${absent.length} file${absent.length === 1 ? '' : 's'} the summary records ${absent.length === 1 ? 'is' : 'are'} not in the bundle (${absent.slice(0, 3).join(', ')}${absent.length > 3 ? ', …' : ''}); rebuild the bundle from the gate's output`, absent[0]);
    // The manifest was verified against the bytes: what it lists must be what the gate read.
    const content = bundleContentDifferences(summary, inputs, manifest.files);
    const markdown = listed.has(contracts/* SUMMARY_MD */.Hr)
        ? await keptOrRead(target, isZip, manifest, summaries, contracts/* SUMMARY_MD */.Hr)
        : undefined;
    if (typeof markdown === 'string')
        return fail(markdown, contracts/* SUMMARY_MD */.Hr);
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'gonogo-replay-'));
    try {
        let root = target;
        if (isZip) {
            // A zip: its evidence, verified and kept by the pass above, is written to the scratch folder.
            // When what it kept ran past its budget (files the summary does not name count too), a
            // second pass keeps only what the summary names, within the same budget.
            root = external_node_path_default().join(scratch, 'bundle');
            let kept = first.kept;
            if (first.keptPartly) {
                first.kept.clear(); // what the first pass kept goes before the second keeps its share
                const again = await (0,bundle_verify.verifyBundle)(target, {
                    ...(opts.signingKey !== undefined ? { signingKey: opts.signingKey } : {}),
                    ...(opts.keepTotal !== undefined ? { keepTotal: opts.keepTotal } : {}),
                    keep: needed
                });
                if (!again.ok)
                    return { ok: false, problems: again.problems, ...base, ...ids };
                if (again.keptPartly)
                    return fail(`the evidence the summary names is more than ${(0,workspace/* formatBytes */.z3)(opts.keepTotal ?? bundle_verify/* MAX_KEPT_TOTAL_BYTES */.b)} in all: unzip the bundle and replay the folder`);
                kept = again.kept;
            }
            // Written with synchronous calls (each file is in memory already), each folder made once.
            const made = new Set();
            for (const p of needed) {
                const data = kept.get(p);
                if (data === undefined)
                    return fail(`larger than ${MAX_ZIP_FILE_BYTES / 1024 / 1024} MiB: unzip the bundle and replay the folder`, p);
                const dest = external_node_path_default().join(root, ...p.split('/'));
                const dir = external_node_path_default().dirname(dest);
                if (!made.has(dir)) {
                    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
                    made.add(dir);
                }
                (0,external_node_fs_.writeFileSync)(dest, data, { flag: 'wx' });
            }
        }
        const reports = new Map();
        for (const b of inputs.builtins) {
            if (b.replay !== 'report')
                continue;
            const file = external_node_path_default().join(root, bundle_manifest/* BUILTINS_DIR */.jl, `report-${b.name}.json`);
            const r = (0,json_error/* parseBoundedJson */.Rj)(await (0,promises_.readFile)(file, 'utf8'));
            if (!r.ok)
                return fail(r.message, (0,bundle_evidence/* bundledBuiltinReport */.SE)(b.name));
            if (!(0,verdict/* isRecord */.u4)(r.value))
                return fail('is not a JSON object (a gonogo.report/v1 report)', (0,bundle_evidence/* bundledBuiltinReport */.SE)(b.name));
            reports.set(b.name, {
                report: r.value,
                sha: b.sha,
                files: b.files,
                other: b.other_facts
            });
        }
        const replayed = await decideAgain({
            root,
            scratch,
            summary,
            inputs,
            effectiveTime,
            reports,
            bundledBytes,
            markdown,
            ids
        });
        return withContent(replayed, content);
    }
    catch (e) {
        return fail(`the replay could not run (${(0,errors/* errorMessage */.gJ)(e)})`);
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
/**
 * A summary file's verified bytes: kept by verifyBundle, or (larger than it keeps, in a folder)
 * read again and held against the manifest's digest. A message when it cannot be had.
 */
async function keptOrRead(target, isZip, manifest, kept, name) {
    const bytes = kept.get(name);
    if (bytes !== undefined)
        return bytes;
    const entry = manifest.files.find((f) => f.path === name);
    if (entry === undefined)
        return name === contracts/* SUMMARY_JSON */.qJ
            ? "not in the bundle: bundle the gate's output folder (gonogo bundle create --summary DIR) to make it replayable"
            : 'not in the bundle';
    if (entry.size > MAX_SUMMARY_BYTES)
        return `${entry.size} bytes: larger than the ${MAX_SUMMARY_BYTES / 1024 / 1024} MiB a replay reads`;
    if (isZip)
        return `${entry.size} bytes: larger than the ${MAX_ZIP_FILE_BYTES / 1024 / 1024} MiB a replay reads from a zip; unzip the bundle and replay the folder`;
    let data;
    try {
        data = await (0,promises_.readFile)(external_node_path_default().join(target, name));
    }
    catch (e) {
        return `cannot be read (${(0,errors/* errorMessage */.gJ)(e)})`;
    }
    const sha = (0,bundle_copy/* sha256Hex */.fg)(data);
    if (data.length !== entry.size || sha !== entry.sha256)
        return `changed while the bundle was replayed (${data.length} bytes with SHA-256 ${sha}, the manifest says ${entry.size} bytes with ${entry.sha256})`;
    return data;
}
/**
 * The replay's result with the bundle's content differences first; a replay difference about a
 * file or built-in report already named there is left out (one fault, one line).
 */
function withContent(r, content) {
    if (content.length === 0)
        return r;
    const named = content.map((d) => d.message.slice(0, d.message.indexOf(': ')));
    const covered = (d) => d.control === undefined &&
        named.some((p) => {
            const evidence = `${bundle_manifest/* EVIDENCE_DIR */.cn}/`;
            if (p.startsWith(evidence))
                return d.message.startsWith(`${p.slice(evidence.length)}: `);
            const m = /^builtins\/report-(.+)\.json$/.exec(p);
            return m !== null && d.message.startsWith(`built-in ${m[1]}: `);
        });
    return {
        ...r,
        ok: false,
        differences: [...content, ...r.differences.filter((d) => !covered(d))].slice(0, MAX_DIFFERENCES)
    };
}
/**
 * The first `](https://…/<repository>/blob/<sha>` link prefix of the bundled Markdown: the
 * `blobBase` the gate rendered file links with (the action passes one; the CLI none).
 */
function linkBase(markdown, subject) {
    if (markdown === undefined)
        return undefined;
    const repo = typeof subject.repository === 'string' ? subject.repository : '';
    const sha = typeof subject.sha === 'string' ? subject.sha : '';
    if (!/^[\w.-]+\/[\w.-]+$/.test(repo) || !/^[0-9a-f]{40,64}$/.test(sha))
        return undefined;
    const text = markdown.toString('utf8');
    const marker = `/${repo}/blob/${sha}/`;
    const at = text.indexOf(marker);
    if (at < 0)
        return undefined;
    const open = text.lastIndexOf('](', at);
    if (open < 0)
        return undefined;
    const server = text.slice(open + 2, at);
    return /^https:\/\/[A-Za-z0-9.-]+(:[0-9]+)?(\/[\w.~-]+)*$/.test(server)
        ? `${server}${marker.slice(0, -1)}`
        : undefined;
}
async function decideAgain(o) {
    const { summary, inputs } = o;
    const subject = typeof summary.subject === 'object' && summary.subject !== null
        ? summary.subject
        : {};
    const text = (v) => (typeof v === 'string' ? v : '');
    const out = external_node_path_default().join(o.scratch, 'out');
    const decision = text(summary.decision);
    const fromReports = [...o.reports.keys()].sort();
    const rerun = inputs.builtins
        .filter((b) => b.replay === 'files')
        .map((b) => b.name)
        .sort();
    const blobBase = linkBase(o.markdown, subject);
    const server = blobBase?.slice(0, blobBase.indexOf(`/${text(subject.repository)}/blob/`));
    const common = {
        problems: [],
        fromReports,
        rerun,
        decision,
        ...o.ids,
        ...(server !== undefined && server !== 'https://github.com' ? { linkServer: server } : {})
    };
    try {
        await runGate({
            workspace: external_node_path_default().join(o.root, bundle_manifest/* EVIDENCE_DIR */.cn),
            config: inputs.policy.path,
            reports: inputs.reports,
            output: out,
            effectiveTime: o.effectiveTime,
            sha: text(subject.sha),
            repository: text(subject.repository),
            ref: text(subject.ref),
            event: text(subject.event),
            branch: inputs.branch,
            ...(inputs.profile_override !== null ? { profile: inputs.profile_override } : {}),
            ...(blobBase !== undefined ? { blobBase } : {}),
            replay: {
                reports: o.reports,
                shas: new Map(inputs.builtins.map((b) => [b.name, b.sha])),
                refusals: new Map((inputs.unread ?? []).map((u) => [
                    u.path,
                    { path: u.path, reason: u.reason, message: u.message }
                ]))
            },
            log: () => undefined
        });
    }
    catch (e) {
        return {
            ok: false,
            // One difference a line: a policy with several errors names each on a line of its own.
            differences: (0,errors/* errorMessage */.gJ)(e)
                .split('\n')
                .filter((line) => line.trim() !== '')
                .map((line) => ({ message: `the gate refused to decide again: ${line}` })),
            controls: 0,
            ...common
        };
    }
    const replayed = await (0,promises_.readFile)(external_node_path_default().join(out, contracts/* SUMMARY_JSON */.qJ));
    const controls = Array.isArray(summary.controls) ? summary.controls.length : 0;
    const differences = [];
    if (!replayed.equals(o.bundledBytes)) {
        const again = (0,json_error/* parseBoundedJson */.Rj)(replayed.toString('utf8'));
        differences.push(...replayDifferences(summary, again.ok ? again.value : undefined));
    }
    // The Markdown renders the summary: when the summaries differ, so does it (said once, above).
    if (o.markdown !== undefined && differences.length === 0) {
        const md = await (0,promises_.readFile)(external_node_path_default().join(out, contracts/* SUMMARY_MD */.Hr));
        if (!md.equals(o.markdown))
            differences.push({ message: markdownDifference(o.markdown, md) });
    }
    return { ok: differences.length === 0, differences, controls, ...common };
}
/** Where the bundled Markdown first departs from what the gate writes for the decision. */
function markdownDifference(bundled, replayed) {
    const a = bundled.toString('utf8').split('\n');
    const b = replayed.toString('utf8').split('\n');
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i])
        i++;
    const show = (line) => line === undefined ? 'the end of the file' : JSON.stringify(line.slice(0, 120));
    return `${contracts/* SUMMARY_MD */.Hr}: is not what gonogo gate writes for this decision (line ${i + 1}: the bundle has ${show(a[i])}, the replay writes ${show(b[i])}); a person reading it would not read the decision the bundle records`;
}


/***/ }),

/***/ 18566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ copyDecisionInputs),
/* harmony export */   SE: () => (/* binding */ bundledBuiltinReport),
/* harmony export */   ej: () => (/* binding */ bundledEvidence),
/* harmony export */   mH: () => (/* binding */ summaryInputs)
/* harmony export */ });
/* unused harmony export builtinReportName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67985);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _parsers_json_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11639);
/* harmony import */ var _parsers_verdict_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29281);
/* harmony import */ var _bundle_copy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(426);
/* harmony import */ var _hash_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(12145);








/** The gate writes a built-in's report next to its summary under this name. */
function builtinReportName(name) {
    return `report-${name}.json`;
}
/** Where a built-in's report goes in a bundle. */
function bundledBuiltinReport(name) {
    return `${_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .BUILTINS_DIR */ .jl}/${builtinReportName(name)}`;
}
/** Where a file the gate read (workspace-relative) goes in a bundle. */
function bundledEvidence(rel) {
    return `${_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .EVIDENCE_DIR */ .cn}/${rel}`;
}
/**
 * The `inputs` of an executive summary, or why it has none: undefined for a summary written
 * before gonogo recorded its reads (such a bundle cannot be replayed), a message naming the first
 * malformed field (`inputs.files[3].path: path contains '..' …`) for one that is not what
 * `gonogo gate` writes. Every path must be one a bundle can hold ({@link bundlePathProblem}:
 * relative, `/`-separated, no `..`), each file listed once, the policy and each built-in's files
 * among `files`, each built-in named once. Never throws.
 */
function summaryInputs(summary) {
    if (typeof summary !== 'object' || summary === null || Array.isArray(summary))
        return { problem: 'not a JSON object' };
    const inputs = summary.inputs;
    if (inputs === undefined)
        return undefined;
    const problem = inputsProblem(inputs);
    return problem === undefined
        ? inputs
        : { problem: `${problem}; this is not what gonogo gate writes (was the summary edited?)` };
}
const HEX64 = /^[0-9a-f]{64}$/;
/** The first malformed field of a summary's `inputs`, named by its JSON path; undefined when well formed. */
function inputsProblem(inputs) {
    if (!(0,_parsers_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(inputs))
        return '`inputs` is not an object';
    const fileProblem = (f, at) => {
        if (!(0,_parsers_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(f))
            return `\`${at}\` is not an object with path, size and sha256`;
        if (typeof f.path !== 'string')
            return `\`${at}.path\` is not a string`;
        const p = (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .bundlePathProblem */ .fR)(f.path);
        if (p !== undefined)
            return `\`${at}.path\` ${JSON.stringify(f.path)}: ${p}`;
        if (!Number.isSafeInteger(f.size) || f.size < 0)
            return `\`${at}.size\` is not a whole number of bytes`;
        if (typeof f.sha256 !== 'string' || !HEX64.test(f.sha256))
            return `\`${at}.sha256\` is not a SHA-256 (64 lower-case hex digits)`;
        return undefined;
    };
    const policy = fileProblem(inputs.policy, 'inputs.policy');
    if (policy !== undefined)
        return policy;
    if (typeof inputs.reports !== 'string')
        return '`inputs.reports` is not a string';
    if (inputs.reports !== '.' && (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .bundlePathProblem */ .fR)(inputs.reports) !== undefined)
        return `\`inputs.reports\` ${JSON.stringify(inputs.reports)}: ${(0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .bundlePathProblem */ .fR)(inputs.reports)}`;
    if (typeof inputs.branch !== 'string')
        return '`inputs.branch` is not a string';
    if (inputs.profile_override !== null && typeof inputs.profile_override !== 'string')
        return '`inputs.profile_override` is neither null nor a string';
    if (!Array.isArray(inputs.files))
        return '`inputs.files` is not an array';
    const files = new Map();
    for (const [i, f] of inputs.files.entries()) {
        const p = fileProblem(f, `inputs.files[${i}]`);
        if (p !== undefined)
            return p;
        const rec = f;
        if (files.has(rec.path))
            return `\`inputs.files[${i}].path\` ${JSON.stringify(rec.path)} is listed more than once`;
        files.set(rec.path, rec);
    }
    const pol = inputs.policy;
    const listed = files.get(pol.path);
    if (listed === undefined || listed.sha256 !== pol.sha256 || listed.size !== pol.size)
        return '`inputs.policy` is not among `inputs.files` with the same size and SHA-256';
    if (inputs.unread !== undefined) {
        if (!Array.isArray(inputs.unread))
            return '`inputs.unread` is not an array';
        for (const [i, u] of inputs.unread.entries()) {
            const at = `inputs.unread[${i}]`;
            if (!(0,_parsers_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(u) || typeof u.path !== 'string' || typeof u.message !== 'string')
                return `\`${at}\` is not an object with path, reason and message`;
            const p = (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .bundlePathProblem */ .fR)(u.path);
            if (p !== undefined)
                return `\`${at}.path\` ${JSON.stringify(u.path)}: ${p}`;
            if (!['escapes', 'too-large', 'not-a-file', 'unreadable'].includes(String(u.reason)))
                return `\`${at}.reason\` is not one of escapes, too-large, not-a-file, unreadable`;
            if (files.has(u.path))
                return `\`${at}.path\` is also among \`inputs.files\``;
        }
    }
    if (!Array.isArray(inputs.builtins))
        return '`inputs.builtins` is not an array';
    const names = new Set();
    for (const [i, b] of inputs.builtins.entries()) {
        const at = `inputs.builtins[${i}]`;
        if (!(0,_parsers_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(b))
            return `\`${at}\` is not an object`;
        if (typeof b.name !== 'string' || !/^[a-z][a-z0-9-]{0,63}$/.test(b.name))
            return `\`${at}.name\` is not a built-in check's name`;
        if (names.has(b.name))
            return `\`${at}.name\` '${b.name}' is listed more than once`;
        names.add(b.name);
        if (b.replay !== 'files' && b.replay !== 'report')
            return `\`${at}.replay\` is neither 'files' nor 'report'`;
        if (typeof b.sha !== 'string')
            return `\`${at}.sha\` is not a string`;
        if (typeof b.report_sha256 !== 'string' || !HEX64.test(b.report_sha256))
            return `\`${at}.report_sha256\` is not a SHA-256 (64 lower-case hex digits)`;
        if (!Array.isArray(b.files))
            return `\`${at}.files\` is not an array`;
        for (const [j, f] of b.files.entries())
            if (typeof f !== 'string' || !files.has(f))
                return `\`${at}.files[${j}]\` is not one of \`inputs.files\``;
        if (!Array.isArray(b.other_facts) || !b.other_facts.every((f) => typeof f === 'string'))
            return `\`${at}.other_facts\` is not an array of strings`;
    }
    return undefined;
}
/**
 * Copies into the stage every file the gate's decision rested on, as `evidence/<path>` (paths
 * relative to the repository root, as the summary's `inputs.files` names them), and each built-in
 * check's report from the summary's folder as `builtins/report-<name>.json`; each is copied byte
 * for byte and its size and SHA-256 must equal what the gate recorded.
 *
 * @param summaryCopy the staged executive-summary.json (the one the bundle holds)
 * @param summaryDir the folder the gate wrote its summary and built-in reports to
 * @returns how many files were copied, or undefined when the summary records no inputs (made by a
 *   gonogo before replayable bundles: nothing is copied)
 * @throws ConfigurationError naming the file: missing, changed since the gate (digest differs), a
 *   link out of the workspace, not a regular file, holding a secret, an unsafe path
 */
async function copyDecisionInputs(o) {
    const parsed = (0,_parsers_json_error_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBoundedJson */ .Rj)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(o.summaryCopy, 'utf8'));
    if (!parsed.ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`executive-summary.json: ${parsed.message}; run gonogo gate again`);
    const inputs = summaryInputs(parsed.value);
    if (inputs === undefined)
        return undefined;
    if ('problem' in inputs)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`executive-summary.json: ${inputs.problem}; run gonogo gate again`);
    const realDirs = new Map();
    const made = new Set();
    const place = (inBundle) => {
        const dest = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(o.stage, ...inBundle.split('/'));
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dest);
        if (!made.has(dir)) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
            made.add(dir);
        }
        return dest;
    };
    const same = (rel, got, want) => {
        if (got.size !== want.size || got.sha256 !== want.sha256)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${rel}: changed since the gate read it (${got.size} bytes, SHA-256 ${got.sha256}; the summary records ${want.size} bytes, ${want.sha256}); run the gate again, then bundle`);
    };
    for (const f of inputs.files) {
        const inBundle = bundledEvidence(f.path);
        const problem = (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .bundlePathProblem */ .fR)(f.path);
        if (problem !== undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${f.path}: ${problem}`);
        let source;
        try {
            source = (0,_bundle_copy_js__WEBPACK_IMPORTED_MODULE_6__/* .openSource */ .oD)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(o.root, ...f.path.split('/')), f.path, o.realRoot, realDirs);
        }
        catch (e) {
            if (e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1 && /cannot be read \(a broken/.test(e.message))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${f.path}: read by the gate but no longer in the workspace; run the gate again, then bundle`);
            throw e;
        }
        try {
            const got = await (0,_bundle_copy_js__WEBPACK_IMPORTED_MODULE_6__/* .copyExact */ .lV)(source, place(inBundle), f.path);
            same(f.path, got, f);
            o.written.set(inBundle, got);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(source.fd);
        }
    }
    for (const b of inputs.builtins) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(o.summaryDir, builtinReportName(b.name));
        let source;
        try {
            source = (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_7__/* .openRegularFile */ .ZU)(file);
        }
        catch (e) {
            const why = e instanceof _hash_file_js__WEBPACK_IMPORTED_MODULE_7__/* .NotRegularFileError */ .iZ
                ? 'not a regular file'
                : e.code === 'ENOENT'
                    ? 'not found'
                    : (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(e);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${file}: the built-in report the gate wrote next to its summary is ${why}; bundle the folder gonogo gate --output wrote`);
        }
        try {
            const inBundle = bundledBuiltinReport(b.name);
            const got = await (0,_bundle_copy_js__WEBPACK_IMPORTED_MODULE_6__/* .copyExact */ .lV)(source, place(inBundle), file);
            if (got.sha256 !== b.report_sha256)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${file}: changed since the gate wrote it (SHA-256 ${got.sha256}, the summary records ${b.report_sha256}); run the gate again, then bundle`);
            o.written.set(inBundle, got);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(source.fd);
        }
    }
    return inputs.files.length + inputs.builtins.length;
}


/***/ }),

/***/ 29281:
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
/* harmony import */ var _json_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11639);
/* harmony import */ var _core_visible_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59505);



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
