export const id = 5125;
export const ids = [5125];
export const modules = {

/***/ 1674:
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
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   UP: () => (/* binding */ WAIVER_WARNING_DAYS)
/* harmony export */ });
/* unused harmony exports compareBlockers, decisionOf */
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(484);
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3348);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2334);
/* harmony import */ var _visible_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9505);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2721);
/* harmony import */ var _claims_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1674);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5009);







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


/***/ })

};
