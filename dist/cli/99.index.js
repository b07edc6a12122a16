export const id = 99;
export const ids = [99,8992,7903,4456];
export const modules = {

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://github.com/ajv-validator/ajv/issues/889
const equal = __webpack_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports.A = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 1621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ checkBranch),
/* harmony export */   l8: () => (/* binding */ views)
/* harmony export */ });
/* unused harmony exports POLICY_FILE_HINT, describeActor */
/* harmony import */ var _core_protection_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5524);

const POLICY_FILE_HINT = '.github/gonogo.yml';
function rulesetOrigin(r, id, sourceType, source) {
    return {
        kind: 'ruleset',
        id,
        ...(r?.name ? { name: r.name } : {}),
        ...((r?.sourceType ?? sourceType) ? { sourceType: r?.sourceType ?? sourceType } : {}),
        ...((r?.source ?? source) ? { source: r?.source ?? source } : {}),
        enforcement: r?.enforcement ?? 'active'
    };
}
function views(f) {
    const unknown = [];
    const byId = new Map(f.rulesets.ok ? f.rulesets.value.map((r) => [r.id, r]) : []);
    let rules;
    if (f.effectiveRules.ok) {
        const groups = new Map();
        for (const r of f.effectiveRules.value)
            groups.set(r.ruleset_id, [...(groups.get(r.ruleset_id) ?? []), r]);
        rules = (0,_core_protection_js__WEBPACK_IMPORTED_MODULE_0__/* .combine */ .kg)((0,_core_protection_js__WEBPACK_IMPORTED_MODULE_0__/* .noProtection */ .RG)(), ...[...groups].map(([id, rs]) => (0,_core_protection_js__WEBPACK_IMPORTED_MODULE_0__/* .fromRules */ .kb)(rs, rulesetOrigin(byId.get(id), id, rs[0]?.ruleset_source_type, rs[0]?.ruleset_source))));
        // Bypass actors come with the rulesets' details, when the token may see them.
        for (const id of groups.keys()) {
            const r = byId.get(id);
            for (const a of r?.bypassActors ?? []) {
                rules.bypass.push({
                    type: a.actor_type,
                    ...(typeof a.actor_id === 'number' && !(0,_core_protection_js__WEBPACK_IMPORTED_MODULE_0__/* .typeOnlyActor */ .sJ)(a.actor_type)
                        ? { id: a.actor_id }
                        : {}),
                    ...(a.bypass_mode ? { mode: a.bypass_mode } : {}),
                    origins: [rulesetOrigin(r, id)]
                });
            }
        }
        rules = (0,_core_protection_js__WEBPACK_IMPORTED_MODULE_0__/* .combine */ .kg)(rules);
    }
    else
        unknown.push({
            source: 'rulesets (effective rules)',
            reason: f.effectiveRules.reason,
            unlock: f.effectiveRules.unlock
        });
    let classic;
    if (f.classic.ok)
        classic = f.classic.value ? (0,_core_protection_js__WEBPACK_IMPORTED_MODULE_0__/* .fromClassic */ .lT)(f.classic.value) : (0,_core_protection_js__WEBPACK_IMPORTED_MODULE_0__/* .noProtection */ .RG)();
    else
        unknown.push({
            source: 'classic branch protection',
            reason: f.classic.reason,
            unlock: f.classic.unlock
        });
    const evaluate = (0,_core_protection_js__WEBPACK_IMPORTED_MODULE_0__/* .combine */ .kg)((0,_core_protection_js__WEBPACK_IMPORTED_MODULE_0__/* .noProtection */ .RG)(), ...(f.rulesets.ok
        ? f.rulesets.value
            .filter((r) => r.enforcement === 'evaluate')
            .map((r) => (0,_core_protection_js__WEBPACK_IMPORTED_MODULE_0__/* .fromRules */ .kb)(r.rules, rulesetOrigin(r, r.id)))
        : []));
    return { ...(rules ? { rules } : {}), ...(classic ? { classic } : {}), evaluate, unknown };
}
const where = (os) => [...new Set(os.map(_core_protection_js__WEBPACK_IMPORTED_MODULE_0__/* .describeOrigin */ .uN))].join(', ');
/**
 * Judges one setting over what could be seen. Rules only ever add strictness, so what is already
 * satisfied by the visible sources passes even when another source is unreadable; what is not
 * satisfied fails only when every source was read, and is `unverified` otherwise.
 */
function judge(branch, s, v) {
    const known = [v.rules, v.classic].filter((p) => p !== undefined);
    const seen = (0,_core_protection_js__WEBPACK_IMPORTED_MODULE_0__/* .combine */ .kg)((0,_core_protection_js__WEBPACK_IMPORTED_MODULE_0__/* .noProtection */ .RG)(), ...known);
    const id = `${branch}/${s.id}`;
    if (s.test(seen)) {
        return {
            id,
            status: 'passed',
            message: `${s.label}: ${fmt(s.observed(seen))} (${where(s.origins(seen)) || 'no rule needed'})`,
            wanted: s.wanted,
            observed: s.observed(seen)
        };
    }
    const inEvaluate = s.test((0,_core_protection_js__WEBPACK_IMPORTED_MODULE_0__/* .combine */ .kg)(seen, v.evaluate))
        ? s.origins(v.evaluate).filter((o) => o.enforcement === 'evaluate')
        : [];
    const notEnforced = inEvaluate.length > 0
        ? `; configured but not enforced in ${where(inEvaluate)}: switch it to active`
        : '';
    const base = {
        id,
        wanted: s.wanted,
        observed: s.observed(seen),
        remediation: `${s.remediation}${notEnforced ? ' (or set the evaluate-mode ruleset to active)' : ''}`
    };
    if (v.unknown.length === 0) {
        return {
            ...base,
            status: 'failed',
            message: `${s.label}: wanted ${fmt(s.wanted)}, observed ${fmt(s.observed(seen))}${known.length ? ` (${where(s.origins(seen)) || 'not set by any rule'})` : ''}${notEnforced}`
        };
    }
    const u = v.unknown;
    return {
        ...base,
        status: 'unverified',
        message: `${s.label}: wanted ${fmt(s.wanted)}; the readable rules give ${fmt(s.observed(seen))}, and ${u.map((x) => `${x.source} could not be read (${x.reason})`).join('; ')}${notEnforced}`,
        unlock: u.map((x) => x.unlock).join('; ')
    };
}
function fmt(v) {
    if (Array.isArray(v))
        return v.length
            ? v.map((x) => (typeof x === 'string' ? `'${x}'` : JSON.stringify(x))).join(', ')
            : 'none';
    if (typeof v === 'boolean')
        return v ? 'on' : 'off';
    return String(v);
}
const FLAG_LABELS = [
    [
        'strict',
        'strict',
        'branches must be up to date before merging',
        'turn on "Require branches to be up to date before merging" in the status-check rule'
    ],
    [
        'dismiss_stale_reviews',
        'dismissStaleReviews',
        'stale reviews are dismissed on push',
        'turn on "Dismiss stale pull request approvals when new commits are pushed"'
    ],
    [
        'require_code_owner_review',
        'codeOwnerReview',
        'code-owner review required',
        'turn on "Require review from Code Owners"'
    ],
    [
        'require_last_push_approval',
        'lastPushApproval',
        'last push must be approved by someone else',
        'turn on "Require approval of the most recent reviewable push"'
    ],
    [
        'require_conversation_resolution',
        'conversationResolution',
        'conversations must be resolved',
        'turn on "Require conversation resolution before merging"'
    ],
    [
        'require_linear_history',
        'linearHistory',
        'linear history required',
        'add the "Require linear history" rule'
    ],
    [
        'block_force_pushes',
        'forcePushesBlocked',
        'force pushes blocked',
        'add the "Block force pushes" rule'
    ],
    ['block_deletions', 'deletionsBlocked', 'deletion blocked', 'add the "Restrict deletions" rule'],
    [
        'require_signed_commits',
        'signedCommits',
        'signed commits required',
        'add the "Require signed commits" rule'
    ]
];
/** GitHub's built-in repository role ids as rulesets name them. */
const ROLE_NAMES = { 2: 'maintain', 4: 'write', 5: 'admin' };
function describeActor(a) {
    if (a.type === 'RepositoryRole' && a.id !== undefined)
        return `repository role ${ROLE_NAMES[a.id] ?? `#${a.id}`}`;
    if (a.type === 'OrganizationAdmin')
        return 'organisation admins';
    if (a.type === 'RepositoryAdmin')
        return 'repository administrators';
    return `${a.type}${a.name ? ` ${a.name}` : ''}${a.id !== undefined ? ` (#${a.id})` : ''}`;
}
/** Compares one branch's observed protection with its policy entry: one check per declared setting. */
function checkBranch(branch, policy, facts) {
    const v = views(facts);
    const out = [];
    const wantedChecks = (policy.required_checks ?? []).map((c) => typeof c === 'string' ? { context: c } : c);
    for (const w of wantedChecks) {
        out.push(judge(branch, {
            id: `required-check:${w.context}`,
            label: `required status check '${w.context}'${w.app_id ? ` from app ${w.app_id}` : ''}`,
            wanted: w.app_id ? { context: w.context, app_id: w.app_id } : w.context,
            test: (p) => p.requiredChecks.some((c) => c.context === w.context && (w.app_id === undefined || c.integrationId === w.app_id)),
            observed: (p) => {
                const cs = p.requiredChecks.filter((x) => x.context === w.context);
                if (cs.length === 0)
                    return 'not required';
                return cs.map((c) => c.integrationId || c.skippedOnCreate
                    ? {
                        context: c.context,
                        ...(c.integrationId ? { app_id: c.integrationId } : {}),
                        ...(c.skippedOnCreate ? { not_enforced_on_create: true } : {})
                    }
                    : c.context);
            },
            origins: (p) => p.requiredChecks.filter((x) => x.context === w.context).flatMap((x) => x.origins),
            remediation: `require the status check '${w.context}'${w.app_id ? ` with app id ${w.app_id}` : ''} in a ruleset on ${branch}`
        }, v));
    }
    if (policy.required_checks !== undefined) {
        const declared = new Set(wantedChecks.map((w) => w.context));
        const seen = (0,_core_protection_js__WEBPACK_IMPORTED_MODULE_0__/* .combine */ .kg)((0,_core_protection_js__WEBPACK_IMPORTED_MODULE_0__/* .noProtection */ .RG)(), ...[v.rules, v.classic].filter((p) => p !== undefined));
        for (const c of seen.requiredChecks) {
            if (declared.has(c.context))
                continue;
            out.push({
                id: `${branch}/undeclared-required-check:${c.context}${c.integrationId ? `@${c.integrationId}` : ''}`,
                status: 'failed',
                message: `status check '${c.context}' is required on ${branch} (${where(c.origins)}) but not declared in the policy`,
                observed: c.context,
                remediation: `add '${c.context}' to branches.${branch}.required_checks in ${POLICY_FILE_HINT}, or stop requiring it`
            });
        }
    }
    if (policy.required_checks !== undefined && v.unknown.length > 0) {
        out.push({
            id: `${branch}/undeclared-required-checks`,
            status: 'unverified',
            message: `${v.unknown.map((u) => u.source).join(' and ')} could not be read, so ${branch} may require checks the policy does not declare (${v.unknown.map((u) => u.reason).join('; ')})`,
            unlock: v.unknown.map((u) => u.unlock).join('; ')
        });
    }
    if (policy.min_approvals !== undefined) {
        const n = policy.min_approvals;
        out.push(judge(branch, {
            id: 'min-approvals',
            label: 'required approvals',
            wanted: n,
            test: (p) => p.minApprovals.value >= n,
            observed: (p) => p.minApprovals.value,
            origins: (p) => p.minApprovals.origins,
            remediation: `require at least ${n} approving reviews in the pull-request rule`
        }, v));
    }
    for (const [key, flag, label, remediation] of FLAG_LABELS) {
        if (policy[key] !== true)
            continue;
        out.push(judge(branch, {
            id: key.replace(/_/g, '-'),
            label,
            wanted: true,
            test: (p) => p[flag].value,
            observed: (p) => p[flag].value,
            origins: (p) => p[flag].origins,
            remediation
        }, v));
    }
    if (policy.bypass_allowed !== undefined)
        out.push(checkBypass(branch, policy.bypass_allowed, facts, v));
    return out;
}
function checkBypass(branch, allowed, facts, v) {
    const id = `${branch}/bypass-actors`;
    const seen = (0,_core_protection_js__WEBPACK_IMPORTED_MODULE_0__/* .combine */ .kg)((0,_core_protection_js__WEBPACK_IMPORTED_MODULE_0__/* .noProtection */ .RG)(), ...[v.rules, v.classic].filter((p) => p !== undefined));
    // OrganizationAdmin and DeployKey actors are one per type: GitHub ignores their actor_id.
    const ok = (a) => allowed.some((x) => x.type === a.type && (x.id === undefined || (0,_core_protection_js__WEBPACK_IMPORTED_MODULE_0__/* .typeOnlyActor */ .sJ)(a.type) || x.id === a.id));
    const extra = seen.bypass.filter((a) => !ok(a));
    const wanted = allowed.map((a) => describeActor(a));
    const observed = seen.bypass.map((a) => describeActor(a));
    if (extra.length > 0) {
        return {
            id,
            status: 'failed',
            message: `can bypass the rules on ${branch} but are not allowed by the policy: ${extra.map((a) => `${describeActor(a)} (${where(a.origins)})`).join('; ')}`,
            wanted,
            observed,
            remediation: `remove them from the ruleset's bypass list (or include administrators in classic protection), or add them to branches.${branch}.bypass_allowed`
        };
    }
    // Bypass lists are hidden from tokens that cannot edit the ruleset.
    const activeIds = [
        ...new Set(facts.effectiveRules.ok ? facts.effectiveRules.value.map((r) => r.ruleset_id) : [])
    ].sort((a, b) => a - b);
    const listed = new Map(facts.rulesets.ok ? facts.rulesets.value.map((r) => [r.id, r]) : []);
    // A ruleset that imposes rules but is not listed (an enterprise ruleset, say) hides its bypass list too.
    const hidden = facts.rulesets.ok
        ? activeIds
            .filter((id) => listed.get(id)?.bypassActors === undefined)
            .map((id) => ({ id, name: listed.get(id)?.name ?? 'unlisted ruleset' }))
        : [];
    const reasons = [
        ...v.unknown.map((u) => `${u.source} could not be read (${u.reason})`),
        ...(!facts.rulesets.ok ? [`the rulesets could not be listed (${facts.rulesets.reason})`] : []),
        ...(hidden.length > 0
            ? [
                `the bypass lists of ${hidden.map((r) => `'${r.name}' (#${r.id})`).join(', ')} are hidden from this token`
            ]
            : [])
    ];
    if (reasons.length > 0) {
        return {
            id,
            status: 'unverified',
            message: `bypass actors on ${branch}: none outside the allow-list among those visible, but ${reasons.join('; ')}`,
            wanted,
            observed,
            unlock: 'a token that can administer the repository: fine-grained "Administration: read", or a classic token with repo scope, held by an admin'
        };
    }
    return {
        id,
        status: 'passed',
        message: `only allowed actors can bypass the rules on ${branch}${observed.length ? `: ${observed.join(', ')}` : ' (nobody)'}`,
        wanted,
        observed
    };
}



/***/ }),

/***/ 5524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RG: () => (/* binding */ noProtection),
/* harmony export */   kb: () => (/* binding */ fromRules),
/* harmony export */   kg: () => (/* binding */ combine),
/* harmony export */   lT: () => (/* binding */ fromClassic),
/* harmony export */   sJ: () => (/* binding */ typeOnlyActor),
/* harmony export */   uN: () => (/* binding */ describeOrigin)
/* harmony export */ });
/* unused harmony exports CLASSIC, FLAG_SETTINGS */
/**
 * One model of branch protection, whatever declared it. Classic branch protection and ruleset
 * rules name the same settings differently (`required_pull_request_reviews.dismiss_stale_reviews`
 * vs the `pull_request` rule's `dismiss_stale_reviews_on_push`, `checks[].app_id` vs
 * `required_status_checks[].integration_id`, …); both are normalised here, and several sources
 * combine as GitHub enforces them: the strictest wins.
 */
const off = () => ({ value: false, origins: [] });
const on = (o) => ({ value: true, origins: [o] });
function noProtection() {
    return {
        requiredChecks: [],
        strict: off(),
        minApprovals: { value: 0, origins: [] },
        dismissStaleReviews: off(),
        codeOwnerReview: off(),
        lastPushApproval: off(),
        conversationResolution: off(),
        linearHistory: off(),
        forcePushesBlocked: off(),
        deletionsBlocked: off(),
        signedCommits: off(),
        mergeQueue: off(),
        bypass: []
    };
}
function bool(v) {
    return v === true;
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * The protection the given rules of one ruleset impose. Unknown rule types are ignored. The API
 * readers validate answers first (src/github/answer.ts); items that are not objects are skipped
 * here too, so this never throws.
 */
function fromRules(rules, origin) {
    const p = noProtection();
    for (const r of rules) {
        if (!isObject(r))
            continue;
        const params = isObject(r.parameters) ? r.parameters : {};
        switch (r.type) {
            case 'pull_request': {
                const n = typeof params.required_approving_review_count === 'number'
                    ? params.required_approving_review_count
                    : 0;
                p.minApprovals = { value: n, origins: n > 0 ? [origin] : [] };
                if (bool(params.dismiss_stale_reviews_on_push))
                    p.dismissStaleReviews = on(origin);
                if (bool(params.require_code_owner_review))
                    p.codeOwnerReview = on(origin);
                if (bool(params.require_last_push_approval))
                    p.lastPushApproval = on(origin);
                if (bool(params.required_review_thread_resolution))
                    p.conversationResolution = on(origin);
                break;
            }
            case 'required_status_checks': {
                const checks = Array.isArray(params.required_status_checks)
                    ? params.required_status_checks
                    : [];
                for (const c of checks) {
                    if (!isObject(c) || typeof c.context !== 'string')
                        continue;
                    p.requiredChecks.push({
                        context: c.context,
                        ...(typeof c.integration_id === 'number' ? { integrationId: c.integration_id } : {}),
                        ...(params.do_not_enforce_on_create === true ? { skippedOnCreate: true } : {}),
                        origins: [origin]
                    });
                }
                if (bool(params.strict_required_status_checks_policy))
                    p.strict = on(origin);
                break;
            }
            case 'required_linear_history':
                p.linearHistory = on(origin);
                break;
            case 'non_fast_forward':
                p.forcePushesBlocked = on(origin);
                break;
            case 'deletion':
                p.deletionsBlocked = on(origin);
                break;
            case 'required_signatures':
                p.signedCommits = on(origin);
                break;
            case 'merge_queue':
                p.mergeQueue = on(origin);
                break;
            default:
                break;
        }
    }
    return p;
}
const CLASSIC = { kind: 'classic', name: 'classic branch protection' };
function fromClassic(c) {
    const p = noProtection();
    const o = CLASSIC;
    const rsc = c.required_status_checks;
    if (rsc) {
        const byContext = new Map();
        for (const ch of rsc.checks ?? []) {
            if (!isObject(ch) || typeof ch.context !== 'string')
                continue;
            byContext.set(ch.context, {
                context: ch.context,
                ...(ch.app_id !== null && ch.app_id !== undefined && ch.app_id > 0
                    ? { integrationId: ch.app_id }
                    : {}),
                origins: [o]
            });
        }
        for (const ctx of rsc.contexts ?? [])
            if (typeof ctx === 'string' && !byContext.has(ctx))
                byContext.set(ctx, { context: ctx, origins: [o] });
        p.requiredChecks = [...byContext.values()];
        if (rsc.strict === true)
            p.strict = on(o);
    }
    const rev = c.required_pull_request_reviews;
    if (rev) {
        const n = rev.required_approving_review_count ?? 0;
        p.minApprovals = { value: n, origins: n > 0 ? [o] : [] };
        if (rev.dismiss_stale_reviews === true)
            p.dismissStaleReviews = on(o);
        if (rev.require_code_owner_reviews === true)
            p.codeOwnerReview = on(o);
        if (rev.require_last_push_approval === true)
            p.lastPushApproval = on(o);
        const allow = rev.bypass_pull_request_allowances;
        for (const u of allow?.users ?? [])
            p.bypass.push({ type: 'User', id: u.id, name: u.login, mode: 'pull_request', origins: [o] });
        for (const t of allow?.teams ?? [])
            p.bypass.push({ type: 'Team', id: t.id, name: t.slug, mode: 'pull_request', origins: [o] });
        for (const a of (allow?.apps ?? []).filter(isObject))
            p.bypass.push({
                type: 'Integration',
                id: a.id,
                ...(a.slug ? { name: a.slug } : {}),
                mode: 'pull_request',
                origins: [o]
            });
    }
    // Without "include administrators", repository admins are not held to classic protection.
    if (c.enforce_admins?.enabled !== true)
        p.bypass.push({
            type: 'RepositoryAdmin',
            name: 'repository administrators',
            mode: 'always',
            origins: [o]
        });
    if (c.required_linear_history?.enabled === true)
        p.linearHistory = on(o);
    if (c.allow_force_pushes?.enabled === false)
        p.forcePushesBlocked = on(o);
    if (c.allow_deletions?.enabled === false)
        p.deletionsBlocked = on(o);
    if (c.required_conversation_resolution?.enabled === true)
        p.conversationResolution = on(o);
    if (c.required_signatures?.enabled === true)
        p.signedCommits = on(o);
    return p;
}
function orFlag(a, b) {
    return { value: a.value || b.value, origins: [...a.origins, ...b.origins] };
}
/** Several sources apply at once: every required check, the most approvals, any flag that is on. */
function combine(...ps) {
    const out = noProtection();
    const checks = new Map();
    const bypass = new Map();
    for (const p of ps) {
        for (const c of p.requiredChecks) {
            // Keyed by context and app: two sources pinning one context to two apps need both.
            const key = `${c.context}\u0000${c.integrationId ?? ''}`;
            const prev = checks.get(key);
            if (!prev)
                checks.set(key, { ...c, origins: [...c.origins] });
            else {
                prev.origins.push(...c.origins);
                // Enforced on creation by any source means enforced on creation.
                if (!c.skippedOnCreate)
                    delete prev.skippedOnCreate;
            }
        }
        if (p.minApprovals.value > out.minApprovals.value)
            out.minApprovals = { value: p.minApprovals.value, origins: [...p.minApprovals.origins] };
        else if (p.minApprovals.value === out.minApprovals.value && p.minApprovals.value > 0)
            out.minApprovals.origins.push(...p.minApprovals.origins);
        for (const k of FLAG_SETTINGS)
            out[k] = orFlag(out[k], p[k]);
        for (const b of p.bypass) {
            const key = `${b.type}:${b.id ?? ''}`;
            const prev = bypass.get(key);
            if (prev)
                prev.origins.push(...b.origins);
            else
                bypass.set(key, { ...b, origins: [...b.origins] });
        }
    }
    // "Any app" is subsumed where some source pins the same context to an app.
    const anyApp = (ctx) => checks.get(`${ctx}\u0000`);
    const pinned = new Set([...checks.values()].filter((c) => c.integrationId !== undefined).map((c) => c.context));
    out.requiredChecks = [...checks.values()]
        .filter((c) => c.integrationId !== undefined || !pinned.has(c.context))
        .map((c) => c.integrationId !== undefined && anyApp(c.context)
        ? { ...c, origins: [...c.origins, ...(anyApp(c.context)?.origins ?? [])] }
        : c)
        .sort((a, b) => a.context < b.context
        ? -1
        : a.context > b.context
            ? 1
            : (a.integrationId ?? 0) - (b.integrationId ?? 0));
    out.bypass = [...bypass.values()].sort((a, b) => `${a.type}:${a.id ?? ''}`.localeCompare(`${b.type}:${b.id ?? ''}`, 'en'));
    return out;
}
const FLAG_SETTINGS = [
    'strict',
    'dismissStaleReviews',
    'codeOwnerReview',
    'lastPushApproval',
    'conversationResolution',
    'linearHistory',
    'forcePushesBlocked',
    'deletionsBlocked',
    'signedCommits',
    'mergeQueue'
];
/**
 * Bypass actor types GitHub identifies by their type alone: for `OrganizationAdmin` it ignores
 * `actor_id` (it may read back as 1 or null), and a `DeployKey` actor has none (REST API
 * "Repository rulesets": `bypass_actors[].actor_id`). Such actors are matched on their type.
 */
function typeOnlyActor(type) {
    return type === 'OrganizationAdmin' || type === 'DeployKey';
}
/** "ruleset 'main' (#42, organisation acme)" or "classic branch protection". */
function describeOrigin(o) {
    if (o.kind === 'classic')
        return 'classic branch protection';
    const src = o.sourceType === 'Organization' ? `, organisation ${o.source ?? ''}` : '';
    const mode = o.enforcement && o.enforcement !== 'active' ? `, ${o.enforcement}` : '';
    return `ruleset ${o.name ? `'${o.name}' ` : ''}(#${o.id ?? '?'}${src}${mode})`;
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

/***/ 2886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BV: () => (/* binding */ readWorkflowFiles),
/* harmony export */   Dl: () => (/* binding */ listWorkflows),
/* harmony export */   localResolver: () => (/* reexport safe */ _workflow_local_uses_js__WEBPACK_IMPORTED_MODULE_1__.yT),
/* harmony export */   lp: () => (/* binding */ MAX_WORKFLOW_BYTES),
/* harmony export */   readWorkflows: () => (/* binding */ readWorkflows),
/* harmony export */   xs: () => (/* binding */ WORKFLOWS_DIR),
/* harmony export */   z: () => (/* binding */ MAX_WORKFLOW_FILES)
/* harmony export */ });
/* harmony import */ var _core_map_limit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3075);
/* harmony import */ var _workflow_local_uses_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7903);

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
    return (0,_core_map_limit_js__WEBPACK_IMPORTED_MODULE_0__/* .mapLimit */ .s)(paths, READS_IN_FLIGHT, async (path) => {
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



/***/ }),

/***/ 7903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y5: () => (/* binding */ sameRepositoryPath),
/* harmony export */   iT: () => (/* binding */ resolveLocal),
/* harmony export */   jw: () => (/* binding */ isSameRepositoryUses),
/* harmony export */   yT: () => (/* binding */ localResolver)
/* harmony export */ });
/**
 * Whether a `uses:` names an action or workflow of the repository itself, at the commit that is
 * running: `./path` (workflow syntax docs, "Calling a reusable workflow", "jobs.<job_id>.steps[*]
 * .uses") or the self-repository form `$/path` (GitHub changelog 2026-07-30, "Reference
 * same-repository actions with self-repository syntax"). Neither needs a pin.
 */
function isSameRepositoryUses(uses) {
    const u = uses.trim();
    return u.startsWith('./') || u.startsWith('$/');
}
/**
 * The repository path a same-repository `uses:` names (`./.github/actions/x` and `$/.github/
 * actions/x` → `.github/actions/x`, `./` → ``), without any `@ref`; undefined for a reference to
 * another repository (`owner/repo@ref`, `docker://…`).
 */
function sameRepositoryPath(uses) {
    if (!isSameRepositoryUses(uses))
        return undefined;
    return uses
        .trim()
        .slice(2)
        .replace(/@.*$/, '')
        .split('/')
        .filter((s) => s !== '' && s !== '.')
        .join('/');
}
/**
 * The workflow a local `uses: ./.github/workflows/x.yml` (or `$/…`) names, from `files`;
 * undefined for a remote reference (`owner/repo/...@ref`) or a file that is not there. Local
 * paths are relative to the repository root ("Calling a reusable workflow", workflow syntax docs).
 */
function resolveLocal(files, uses) {
    const want = sameRepositoryPath(uses);
    return want === undefined ? undefined : files.find((f) => f.path === want);
}
/** `resolveLocal` bound to one list, as `deriveCheckNames` takes it. */
function localResolver(files) {
    return (uses) => resolveLocal(files, uses);
}


/***/ })

};
