export const id = 496;
export const ids = [496];
export const modules = {

/***/ 5496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runIncidents: () => (/* binding */ runIncidents)
});

// EXTERNAL MODULE: ./src/core/facts-runtime.ts
var facts_runtime = __webpack_require__(9389);
// EXTERNAL MODULE: ./src/core/report.ts
var core_report = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/core/incidents.ts
var incidents = __webpack_require__(3576);
;// CONCATENATED MODULE: ./src/checks/incidents/judge.ts

/**
 * The previous release: the newest published, non-draft release (prereleases only with
 * `includePrereleases`) published at or before `effectiveTime` whose tag is not `currentTag` (the
 * tag being released, when the gate runs for one). Undefined when there is none.
 */
function previousRelease(releases, o) {
    const eligible = releases
        .filter((r) => !r.draft &&
        (o.includePrereleases || !r.prerelease) &&
        r.tag !== o.currentTag &&
        Date.parse(r.published_at) <= o.effectiveTime)
        .sort((a, b) => Date.parse(b.published_at) - Date.parse(a.published_at) || (a.tag < b.tag ? -1 : 1));
    const r = eligible[0];
    return r ? { tag: r.tag, published_at: r.published_at } : undefined;
}
/**
 * The judged incidents: those open at some time since the previous release: opened after it,
 * still open, or closed after it (an incident open when the previous release was cut escaped no
 * judgement by being closed later without its postmortem). Duplicates the gate closed are left
 * out, and so are issues opened after `effectiveTime`.
 */
function incidentsInScope(issues, since, effectiveTime) {
    const from = since ? Date.parse(since.published_at) : -Infinity;
    const after = (t) => t !== null && Date.parse(t) > from;
    return issues
        .filter((i) => i.state_reason !== 'duplicate')
        .filter((i) => Date.parse(i.created_at) <= effectiveTime)
        .filter((i) => i.state === 'open' || after(i.created_at) || after(i.closed_at))
        .sort((a, b) => a.number - b.number);
}
/**
 * One check per incident in scope (`incident-<number>`): failed while open, failed when closed
 * without cause or corrective action (read from the issue's postmortem checklist), passed when
 * closed with both. With none in scope, one passed check says so.
 */
function judgeIncidents(issues, since) {
    const scope = since
        ? `since release ${since.tag} (${since.published_at})`
        : 'ever (no release yet)';
    if (issues.length === 0)
        return [{ id: 'incidents', status: 'passed', message: `no incident ${scope}` }];
    return issues.map((i) => {
        const pm = (0,incidents/* readPostmortem */.V5)(i.body);
        const missing = [
            ...(pm.cause === null ? ['cause'] : []),
            ...(pm.corrective_action === null ? ['corrective action'] : [])
        ];
        const id = `incident-${i.number}`;
        if (i.state === 'open')
            return {
                id,
                status: 'failed',
                message: `incident #${i.number} (opened ${i.created_at}) is still open${missing.length > 0 ? ` and lacks its ${missing.join(' and ')}` : ''}`,
                remediation: `recover the default branch, write the cause and corrective action in ${i.url}, and close it`,
                observed: { state: 'open', missing }
            };
        if (missing.length > 0)
            return {
                id,
                status: 'failed',
                message: `incident #${i.number} was closed without its ${missing.join(' and ')}`,
                remediation: `fill in the postmortem checklist of ${i.url} (Cause: …, Corrective action: …)`,
                observed: { state: 'closed', missing }
            };
        return {
            id,
            status: 'passed',
            message: `incident #${i.number} is closed with cause and corrective action`,
            observed: { state: 'closed', missing: [] }
        };
    });
}

;// CONCATENATED MODULE: ./src/checks/incidents/settings.ts
/** `checks.incidents` in the policy file (schemas/checks/incidents.schema.json). */

/**
 * Settings with defaults applied (`input` was validated against the schema by the caller): the
 * label defaults to the first of `incidents.labels`, else gonogo's default `gonogo-incident`.
 */
function incidentsCheckSettings(input, policy) {
    const s = (input ?? {});
    const fromPolicy = policy.incidents?.labels?.[0];
    return {
        label: s.label ?? fromPolicy ?? incidents/* DEFAULT_INCIDENT_SETTINGS */.RR.labels[0],
        labelFrom: s.label !== undefined ? 'settings' : fromPolicy !== undefined ? 'incidents' : 'default',
        includePrereleases: s.include_prereleases ?? false
    };
}

;// CONCATENATED MODULE: ./src/checks/incidents/run.ts




/**
 * incidents: is every incident since the previous release closed with its cause and corrective
 * action written down? Reads the incident issues and releases through `ctx.facts.incidents` only;
 * unverified, naming `issues: read`, when they cannot be read.
 */
const runIncidents = async (ctx) => {
    const settings = incidentsCheckSettings(ctx.settings, ctx.policy);
    const report = (checks, facts) => (0,core_report/* makeReport */.d)({
        control: 'incidents',
        subject: ctx.subject,
        generatedAt: new Date(ctx.effectiveTime).toISOString(),
        generator: 'incidents',
        checks,
        ...(facts !== undefined ? { facts } : {})
    });
    const history = ctx.facts.incidents;
    if (!history) {
        return report([
            {
                id: 'history',
                status: 'unverified',
                message: 'no GitHub token, so the incident issues could not be read',
                unlock: `${facts_runtime/* ISSUES_READ_UNLOCK */.Ps}; locally, set GITHUB_TOKEN and GITHUB_REPOSITORY`
            }
        ]);
    }
    const answer = await history.read({ label: settings.label });
    if (!answer.ok) {
        return report([
            {
                id: 'history',
                status: 'unverified',
                message: `the incident issues could not be read: ${answer.reason}`,
                unlock: answer.unlock
            }
        ], { permission: answer.permission ?? facts_runtime/* ISSUES_READ_PERMISSION */.ol });
    }
    const currentTag = ctx.subject.ref.startsWith('refs/tags/')
        ? ctx.subject.ref.slice('refs/tags/'.length)
        : undefined;
    const since = previousRelease(answer.releases, {
        effectiveTime: ctx.effectiveTime,
        ...(currentTag !== undefined ? { currentTag } : {}),
        includePrereleases: settings.includePrereleases
    });
    const scope = incidentsInScope(answer.issues, since, ctx.effectiveTime);
    return report(judgeIncidents(scope, since), {
        label: settings.label,
        label_from: settings.labelFrom,
        previous_release: since ?? null,
        incidents: scope.map((i) => ({
            number: i.number,
            url: i.url,
            state: i.state,
            created_at: i.created_at,
            closed_at: i.closed_at
        }))
    });
};


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
