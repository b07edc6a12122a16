export const id = 1476;
export const ids = [1476,8992,4456,3576];
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

/***/ 8106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   INCIDENT_USAGE: () => (/* binding */ INCIDENT_USAGE),
/* harmony export */   incidentCommand: () => (/* binding */ incidentCommand),
/* harmony export */   liftConditions: () => (/* binding */ liftConditions),
/* harmony export */   statusText: () => (/* binding */ statusText)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(484);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_incidents_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3576);
/* harmony import */ var _io_policy_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9707);
/* harmony import */ var _io_workspace_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2645);
/**
 * `gonogo incident status` (issue 18): the open incident on the default branch, the incidents
 * that recovered without their postmortem, and what would lift the freeze. Reads issues with the
 * token in $GITHUB_TOKEN (or $GH_TOKEN); needs `issues: read`.
 *
 * Exit codes: 0 no open incident (merges are not frozen), 1 an incident is open, 2 usage,
 * configuration or an API answer that could not be read (the status is then unknown).
 */







const OPTIONS = {
    config: { type: 'string', default: '.github/gonogo.yml' },
    workspace: { type: 'string' },
    repo: { type: 'string' },
    format: { type: 'string', default: 'text' },
    help: { type: 'boolean', short: 'h', default: false }
};
const INCIDENT_USAGE = `Options for incident status (token from $GITHUB_TOKEN, needs issues: read):
  --repo OWNER/NAME         the repository (default: $GITHUB_REPOSITORY)
  --config FILE             policy file whose incidents: is read (default .github/gonogo.yml)
  --workspace DIR           repository root (default: the current directory)
  --format text|json        text (default) or the incident records as JSON
`;
const REPO_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
/** What lifts the freeze, in words, from the settings. */
function liftConditions(s) {
    const rules = [
        ...(s.on.includes('no-go') ? ['the gate decides go or conditional-go'] : []),
        ...(s.on.includes('trigger') && s.triggers.length > 0
            ? [`no trigger control fails (${s.triggers.join(', ')})`]
            : []),
        ...(s.ci_trend_breaches !== undefined
            ? [`ci-trend breaches its SLO in fewer than ${s.ci_trend_breaches} consecutive windows`]
            : [])
    ];
    return [
        `a push to the default branch where ${rules.length > 0 ? rules.join(', ') : 'the gate passes'}`,
        `or, for a single pull request, the label '${s.fix_label}' on it`
    ];
}
/** `gonogo incident status`. */
async function incidentCommand(args, io) {
    const [sub, ...rest] = args;
    if (sub !== 'status')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('usage: gonogo incident status [options]; run gonogo --help');
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({ args: rest, options: OPTIONS, strict: true });
    if (values.help) {
        io.out(INCIDENT_USAGE);
        return 0;
    }
    if (values.format !== 'text' && values.format !== 'json')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--format must be text or json, got '${values.format}'`);
    const full = values.repo ?? io.env.GITHUB_REPOSITORY ?? '';
    if (!REPO_PATTERN.test(full))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(full === ''
            ? 'name the repository with --repo OWNER/NAME (or set GITHUB_REPOSITORY)'
            : `--repo must be OWNER/NAME, got '${full}'`);
    const [owner = '', repo = ''] = full.split('/');
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? '';
    if (!token)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('set GITHUB_TOKEN (or GH_TOKEN) to a token that can read issues (issues: read)');
    const ws = await _io_workspace_js__WEBPACK_IMPORTED_MODULE_6__.Workspace.open(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, values.workspace ?? '.'));
    const policy = await (0,_io_policy_file_js__WEBPACK_IMPORTED_MODULE_5__.loadPolicy)(ws, values.config);
    const configured = (0,_core_incidents_js__WEBPACK_IMPORTED_MODULE_4__/* .incidentSettings */ .qf)(policy.incidents);
    const settings = configured ?? { ..._core_incidents_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_INCIDENT_SETTINGS */ .RR };
    const target = { owner, repo, label: settings.labels[0] };
    const { createClient } = await Promise.all(/* import() */[__webpack_require__.e(1351), __webpack_require__.e(6720), __webpack_require__.e(426)]).then(__webpack_require__.bind(__webpack_require__, 6720));
    const gh = await Promise.all(/* import() */[__webpack_require__.e(1351), __webpack_require__.e(6720), __webpack_require__.e(2969), __webpack_require__.e(9389)]).then(__webpack_require__.bind(__webpack_require__, 128));
    const client = createClient(token, {
        baseUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com'
    });
    try {
        const authors = new gh.Authors(client);
        // Active and waiting as the gate splits them (a needs-postmortem label alone lifts nothing).
        const split = await gh.openIncidents(client, target, authors);
        const read = (list) => Promise.all(list.map((i) => gh.readRecord(client, target, i, authors)));
        const active = await read(split.active);
        const waiting = await read(split.waiting);
        if (values.format === 'json') {
            io.out(`${(0,_core_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .stableStringify */ .J)({ repository: full, label: target.label, configured: configured !== undefined, freeze: settings.freeze && active.length > 0, open: active, needs_postmortem: waiting })}\n`);
            return active.length > 0 ? 1 : 0;
        }
        io.out(statusText(full, settings, configured !== undefined, active, waiting));
        return active.length > 0 ? 1 : 0;
    }
    catch (e) {
        const { statusOf, apiErrorText } = await __webpack_require__.e(/* import() */ 957).then(__webpack_require__.bind(__webpack_require__, 957));
        const status = statusOf(e);
        const why = gh.isRateLimited(e)
            ? 'the GitHub API rate limit was reached; try again after it resets'
            : status === 403 || status === 404
                ? 'grant the token issues: read'
                : `the GitHub API answered ${status ?? 'with an error'}`;
        io.err(`gonogo: the incident issues of ${full} could not be read (${why}): ${apiErrorText(e)}; the incident status is unknown\n`);
        return 2;
    }
}
/** The text `gonogo incident status` prints. */
function statusText(repository, settings, configured, active, waiting) {
    const lines = [];
    if (!configured)
        lines.push('incidents: is not in the policy file; the gate opens no incident (defaults shown).');
    const current = active[0];
    if (!current)
        lines.push(`${repository}: no open incident; merges are not frozen.`);
    else {
        lines.push(`${repository}: incident #${current.number} is open since ${current.opened_at}: ${current.url}`);
        if (current.first_control)
            lines.push(`  first failing control: ${current.first_control.control} (${current.first_control.severity}): ${current.first_control.reason}`);
        lines.push(`  failing commits: ${current.commits.map((c) => c.sha.slice(0, 12)).join(', ')}`);
        lines.push(settings.freeze
            ? `  freeze: on — pull requests into the default branch are no-go unless labelled '${settings.fix_label}'`
            : '  freeze: off (incidents.freeze: false)');
        lines.push('  the freeze lifts with:');
        for (const c of liftConditions(settings))
            lines.push(`    - ${c}`);
        lines.push(`  postmortem: cause ${current.cause === null ? 'not written' : 'written'}, corrective action ${current.corrective_action === null ? 'not written' : 'written'} (the recovery closes the issue only with both)`);
        for (const other of active.slice(1))
            lines.push(`  also open: incident #${other.number} (${other.url})`);
    }
    for (const w of waiting)
        lines.push(`incident #${w.number} recovered but is labelled ${_core_incidents_js__WEBPACK_IMPORTED_MODULE_4__/* .NEEDS_POSTMORTEM_LABEL */ .Gq}: write its cause and corrective action, then close it (${w.url})`);
    return `${lines.join('\n')}\n`;
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

/***/ 3576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ incidentRecord),
/* harmony export */   Gq: () => (/* binding */ NEEDS_POSTMORTEM_LABEL),
/* harmony export */   HH: () => (/* binding */ incidentAction),
/* harmony export */   RR: () => (/* binding */ DEFAULT_INCIDENT_SETTINGS),
/* harmony export */   RX: () => (/* binding */ hasLabel),
/* harmony export */   V5: () => (/* binding */ readPostmortem),
/* harmony export */   ZF: () => (/* binding */ postmortemFilled),
/* harmony export */   fl: () => (/* binding */ PUSH_MARKER_PREFIX),
/* harmony export */   ir: () => (/* binding */ RECOVERED_MARKER_PREFIX),
/* harmony export */   jA: () => (/* binding */ readOpening),
/* harmony export */   nR: () => (/* binding */ asPush),
/* harmony export */   qf: () => (/* binding */ incidentSettings),
/* harmony export */   t7: () => (/* binding */ readMarker),
/* harmony export */   z_: () => (/* binding */ isIncidentBody)
/* harmony export */ });
/* unused harmony exports INCIDENT_MARKER, POSTMORTEM_MARKER, DATA_MARKER_PREFIX, markerLine, firstFailingControl, ciTrendBreachWindows, assessPush, FREEZE_CONTROL, freezeBlocker, withBlockers, INCIDENT_CONTRACT, incidentRecordName, ownerMention */
/* harmony import */ var _decision_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5125);
/**
 * Incident response on the default branch (issue 18), the pure half: when a push opens, updates
 * or recovers an incident, which control failed first, the freeze a pull request gains while an
 * incident is open, what the tracking issue's postmortem checklist says, and the incident record
 * (`incident-<number>.json`). The Markdown of the issue lives in render/incident-markdown.ts and
 * the GitHub I/O in github/incidents.ts.
 *
 * Source of the rules: the Production Readiness Playbook's incident section as issue 18 restates
 * it: a required control fails (the gate says no-go), a control marked as an incident trigger
 * fails, or the CI trend reports repeated SLO breaches; immediate actions are to freeze
 * non-essential merges, identify the first failing control, fix and re-run, and document cause
 * and corrective action.
 */

/** Defaults of `incidents:` (issue 18's example). */
const DEFAULT_INCIDENT_SETTINGS = {
    on: ['no-go', 'trigger'],
    triggers: [],
    freeze: true,
    fix_label: 'incident-fix',
    labels: ['gonogo-incident']
};
/** The label a recovered incident without its postmortem carries (and the freeze ignores). */
const NEEDS_POSTMORTEM_LABEL = 'needs-postmortem';
/** `incidents:` with defaults; undefined when the policy has no `incidents:` (the feature is off). */
function incidentSettings(raw) {
    if (raw === undefined)
        return undefined;
    const d = DEFAULT_INCIDENT_SETTINGS;
    return {
        on: [...new Set(raw.on ?? d.on)].sort(),
        triggers: [...(raw.triggers ?? d.triggers)],
        ...(raw.ci_trend_breaches !== undefined ? { ci_trend_breaches: raw.ci_trend_breaches } : {}),
        freeze: raw.freeze ?? d.freeze,
        fix_label: raw.fix_label ?? d.fix_label,
        labels: raw.labels && raw.labels.length > 0 ? [...raw.labels] : [...d.labels]
    };
}
// ------------------------------------------------------------------------------------------------
// Markers: hidden HTML comments the gate writes first in its issue and comments
/** Starts the body of every tracking issue the gate opens. */
const INCIDENT_MARKER = '<!-- gonogo:incident -->';
/** Starts the postmortem checklist inside the issue body. */
const POSTMORTEM_MARKER = '<!-- gonogo:postmortem -->';
/** Starts a timeline comment: `<!-- gonogo:incident-push {json} -->`. */
const PUSH_MARKER_PREFIX = '<!-- gonogo:incident-push ';
/** Starts the recovery comment: `<!-- gonogo:incident-recovered {json} -->`. */
const RECOVERED_MARKER_PREFIX = '<!-- gonogo:incident-recovered ';
/** Hidden data of the issue body: `<!-- gonogo:incident-data {json} -->`. */
const DATA_MARKER_PREFIX = '<!-- gonogo:incident-data ';
/**
 * Whether an issue body is one the gate wrote: a line that is exactly {@link INCIDENT_MARKER}
 * (spaces around it ignored) anywhere in it, so a person who writes above it, or whose editor
 * turns line ends into CRLF, does not make the gate lose its issue and open a second one. Who
 * wrote the issue and its label are checked by the caller (github/incidents.ts).
 */
function isIncidentBody(body) {
    if (!body)
        return false;
    return body.split(/\r\n|\r|\n/).some((l) => l.trim() === INCIDENT_MARKER);
}
/**
 * Whether `labels` holds `name`. GitHub label names are unique regardless of case, and an issue
 * carries the repository's own spelling of a label ("Gonogo-Incident" when the policy says
 * `gonogo-incident`), so names are compared without case.
 */
function hasLabel(labels, name) {
    const n = name.toLowerCase();
    return labels.some((l) => l.toLowerCase() === n);
}
/** A hidden JSON marker line; `>` and `-` are escaped so no text can end the HTML comment early. */
function markerLine(prefix, data) {
    const json = JSON.stringify(data).replace(/[<>-]/g, (c) => c === '<' ? '\\u003c' : c === '>' ? '\\u003e' : '\\u002d');
    return `${prefix}${json} -->`;
}
/** The JSON of the first line `text` starts with when it is a `prefix` marker; undefined otherwise. */
function readMarker(text, prefix) {
    const lines = text.split(/\r?\n/);
    const line = lines.find((l) => l.startsWith(prefix));
    if (line === undefined || !line.endsWith(' -->'))
        return undefined;
    try {
        return JSON.parse(line.slice(prefix.length, -' -->'.length));
    }
    catch {
        return undefined;
    }
}
/** A push record read back from a marker; undefined when its shape is wrong (never trusted half). */
function asPush(v) {
    if (typeof v !== 'object' || v === null)
        return undefined;
    const o = v;
    if (typeof o.sha !== 'string' || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(o.sha))
        return undefined;
    if (o.decision !== 'go' && o.decision !== 'conditional-go' && o.decision !== 'no-go')
        return undefined;
    if (typeof o.at !== 'string')
        return undefined;
    return {
        sha: o.sha,
        decision: o.decision,
        at: o.at,
        run_url: typeof o.run_url === 'string' && /^https:\/\//.test(o.run_url) ? o.run_url : null
    };
}
const RANK = { high: 0, medium: 1, low: 2 };
/**
 * The first failing control of a decision: among the controls that failed (outcome `failed` or
 * `waived`), the highest declared severity first, then the policy's order (`order`: control ids
 * as the policy lists them). `only` restricts the candidates (the trigger controls). When no
 * control failed, the first blocker (blockers are sorted by severity) stands for it; undefined
 * when there is none either.
 */
function firstFailingControl(summary, order, only) {
    const pos = new Map(order.map((id, i) => [id, i]));
    const failed = summary.controls
        .filter((c) => (c.outcome === 'failed' || c.outcome === 'waived') && (!only || only.has(c.id)))
        .sort((a, b) => RANK[a.severity] - RANK[b.severity] ||
        (pos.get(a.id) ?? order.length) - (pos.get(b.id) ?? order.length) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const c = failed[0];
    if (c)
        return { control: c.id, severity: c.severity, reason: c.message };
    if (only)
        return undefined;
    const b = summary.blockers[0];
    return b ? { control: b.control, severity: b.severity, reason: b.reason } : undefined;
}
function trendJobs(report) {
    const facts = report.facts;
    if (!facts || !Array.isArray(facts.jobs))
        return undefined;
    const jobs = [];
    for (const j of facts.jobs) {
        const o = j;
        const budget = o?.budget;
        if (!o ||
            typeof o.workflow !== 'string' ||
            typeof o.job !== 'string' ||
            typeof budget?.allowed !== 'number' ||
            !Array.isArray(o.series))
            return undefined;
        jobs.push({
            workflow: o.workflow,
            job: o.job,
            allowed: budget.allowed,
            outcomes: o.series.map((s) => {
                const outcome = s?.outcome;
                return typeof outcome === 'string' ? outcome : '';
            })
        });
    }
    return jobs;
}
/**
 * Consecutive breaching windows in a ci-trend report, counted back from the newest run: window 0
 * is the report's own window; window k is the same window as it stood k runs earlier (the newest
 * k runs left out; the report holds no older runs, so earlier windows are shorter). A window
 * breaches when some critical job failed more often in it than its error budget allows
 * (`budget.allowed`) or its pass rate fell below the SLO's `min_pass_rate`. 0 when the report did
 * not fail or its facts cannot be read (fail closed: an unreadable trend opens nothing, and the
 * ci-trend control itself already fails or is unverified in the decision).
 */
function ciTrendBreachWindows(report) {
    if (!report || report.status !== 'failed')
        return 0;
    const jobs = trendJobs(report);
    if (!jobs || jobs.length === 0)
        return 0;
    const slo = report.facts.slo;
    const minPass = typeof slo?.min_pass_rate === 'number' ? slo.min_pass_rate : undefined;
    const longest = Math.max(...jobs.map((j) => j.outcomes.length));
    let windows = 0;
    for (let k = 0; k < longest; k++) {
        const breached = jobs.some((j) => {
            const w = j.outcomes.slice(0, Math.max(0, j.outcomes.length - k));
            const failed = w.filter((o) => o === 'failed').length;
            const passed = w.filter((o) => o === 'passed').length;
            if (failed > j.allowed)
                return true;
            return (minPass !== undefined && passed + failed > 0 && (passed * 100) / (passed + failed) < minPass);
        });
        if (!breached)
            break;
        windows++;
    }
    return windows;
}
/**
 * What a push to the default branch means for incidents: the reasons it is one (`settings.on`:
 * a no-go decision; a failing trigger control; ci-trend breaching `ci_trend_breaches` windows in
 * a row), the first failing control, and whether it is healthy (the gate passed and no rule
 * holds), which recovers an open incident. `order` is the policy's control ids in order.
 */
function assessPush(summary, settings, order, ciTrend) {
    const reasons = [];
    if (settings.on.includes('no-go') && summary.decision === 'no-go')
        reasons.push({ kind: 'no-go' });
    const triggers = new Set(settings.triggers);
    const firing = settings.on.includes('trigger')
        ? summary.controls
            .filter((c) => triggers.has(c.id) && (c.outcome === 'failed' || c.outcome === 'waived'))
            .map((c) => c.id)
            .sort()
        : [];
    if (firing.length > 0)
        reasons.push({ kind: 'trigger', controls: firing });
    if (settings.ci_trend_breaches !== undefined) {
        const windows = ciTrendBreachWindows(ciTrend);
        if (windows >= settings.ci_trend_breaches)
            reasons.push({ kind: 'ci-trend', windows });
    }
    const first = (firing.length > 0 && !reasons.some((r) => r.kind === 'no-go')
        ? firstFailingControl(summary, order, new Set(firing))
        : undefined) ??
        firstFailingControl(summary, order) ??
        (reasons.some((r) => r.kind === 'ci-trend')
            ? { control: 'ci-trend', severity: 'high', reason: 'repeated SLO breaches of critical jobs' }
            : undefined);
    return { reasons, first, healthy: reasons.length === 0 && summary.status === 'passed' };
}
/** open: an incident and none open; update: an incident and one open; recover: healthy and one open. */
function incidentAction(a, hasOpen) {
    if (a.reasons.length > 0)
        return hasOpen ? 'update' : 'open';
    return hasOpen && a.healthy ? 'recover' : 'none';
}
/**
 * A postmortem item: an optional list bullet (`-`, `*`, `+` or `1.`), an optional checkbox, the
 * label `Cause` or `Corrective action(s)` (optionally bold or italic), a colon, and the text.
 */
const ITEM = /^\s*(?:(?:[-*+]|\d{1,3}[.)])\s+)?(?:\[[ xX]\]\s*)?[*_]{0,3}\s*(cause|corrective[ -]actions?)\s*[*_]{0,3}\s*:\s*[*_]{0,3}(.*)$/i;
const NEXT_ITEM = /^\s*((?:[-*+]|\d{1,3}[.)])\s+\[[ xX]\]|#{1,6}\s|<!-- gonogo:)/;
const POSTMORTEM_HEADING = /^\s*#{1,6}\s*postmortem\s*$/im;
/**
 * Text that stands in for an answer without being one: a placeholder, punctuation or emphasis
 * markers only. Such an item is not written (a recovery does not close the incident for it).
 */
const PLACEHOLDER = /^(?:tbd|tba|todo|fixme|xxx|n\/?a|none|unknown|pending|later|\?+|\.{2,}|…|[-–—_*~`#>.:\s]*)$/i;
/**
 * Cause and corrective action as written in the issue body's checklist (after
 * {@link POSTMORTEM_MARKER}, else after a `### Postmortem` heading when a person removed the
 * marker): `- [ ] Cause: …` and `- [ ] Corrective action: …` (a bullet without checkbox, a
 * numbered item, a bold or italic label and a plural "actions" are read too), each item's text
 * running on to the next item or heading. HTML comments (the placeholders) are removed; an item
 * left empty or holding only a placeholder (`TBD`, `TODO`, `n/a`, `…`, `-`, emphasis markers) is
 * null. Without the marker or the heading nothing counts as written.
 */
function readPostmortem(body) {
    const out = { cause: null, corrective_action: null };
    if (!body)
        return out;
    let at = body.indexOf(POSTMORTEM_MARKER);
    if (at >= 0)
        at += POSTMORTEM_MARKER.length;
    else {
        const h = POSTMORTEM_HEADING.exec(body);
        if (!h)
            return out;
        at = h.index + h[0].length;
    }
    const lines = body.slice(at).split(/\r\n|\r|\n/);
    for (let i = 0; i < lines.length; i++) {
        const m = ITEM.exec(lines[i] ?? '');
        if (!m)
            continue;
        const parts = [m[2] ?? ''];
        while (i + 1 < lines.length &&
            !NEXT_ITEM.test(lines[i + 1] ?? '') &&
            !ITEM.test(lines[i + 1] ?? ''))
            parts.push(lines[++i] ?? '');
        const text = parts
            .join('\n')
            .replace(/<!--[\s\S]*?(-->|$)/g, '')
            .trim();
        const key = (m[1] ?? '').toLowerCase() === 'cause' ? 'cause' : 'corrective_action';
        if (text !== '' && !PLACEHOLDER.test(text) && out[key] === null)
            out[key] = text;
    }
    return out;
}
/** Both cause and corrective action are written. */
function postmortemFilled(p) {
    return p.cause !== null && p.corrective_action !== null;
}
// ------------------------------------------------------------------------------------------------
// The freeze
/** The control id of the freeze blocker (no policy control has it: ids are the policy's own). */
const FREEZE_CONTROL = 'incident-freeze';
/**
 * The blocker a pull request into the default branch gains while incident #N is open (issue 18:
 * "merges frozen by incident #N", high), unless it carries `fixLabel` (compared without case,
 * {@link hasLabel}); undefined when exempt.
 * The incident's URL is the blocker's runbook, so the PR comment links it.
 */
function freezeBlocker(incident, prLabels, fixLabel) {
    if (hasLabel(prLabels, fixLabel))
        return undefined;
    return {
        control: FREEZE_CONTROL,
        severity: 'high',
        kind: 'failed',
        reason: `merges frozen by incident #${incident.number}: the default branch is failing; only a pull request labelled '${fixLabel}' may merge until the incident recovers`,
        owner: null,
        runbook: incident.url
    };
}
const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * The summary with `extra` blockers added and the decision derived again by core/decision.ts's own
 * rule (`compareBlockers`, `decisionOf`): blockers sorted, counts of high/medium/low, no-go past
 * the profile's maxima, conditional-go with any blocker, `status` failed on no-go. Adding
 * blockers never makes a decision better: a no-go stays no-go (core/decision.ts also says no-go
 * for reasons the counts do not show, such as an unproven Tier 0 claim). `o.noGo`: the decision
 * is no-go whatever the profile allows (the freeze: issue 18, "while open, the gate on pull
 * requests says no-go"). Controls and everything else are unchanged. Pure.
 */
function withBlockers(summary, extra, o = {}) {
    if (extra.length === 0)
        return summary;
    const blockers = [...summary.blockers, ...extra].sort(compareBlockers);
    const { decision, high, medium, low } = decisionOf(blockers, summary.profile, o.noGo === true || summary.decision === 'no-go');
    return {
        ...summary,
        decision,
        status: decision === 'no-go' ? 'failed' : 'passed',
        counts: { ...summary.counts, high, medium, low },
        blockers
    };
}
// ------------------------------------------------------------------------------------------------
// The incident record
/** Contract of `incident-<number>.json`. */
const INCIDENT_CONTRACT = 'gonogo.incident/v1';
function isSeverity(x) {
    return x === 'high' || x === 'medium' || x === 'low';
}
/** Reads the issue body's hidden data back; undefined when absent or malformed. */
function readOpening(body) {
    const v = readMarker(body ?? '', DATA_MARKER_PREFIX);
    if (!v || typeof v !== 'object' || typeof v.opened_at !== 'string')
        return undefined;
    const push = asPush(v.push);
    if (!push)
        return undefined;
    const f = v.first_control;
    const severity = f?.severity;
    const first = f && typeof f.control === 'string' && isSeverity(severity) && typeof f.reason === 'string'
        ? { control: f.control, severity, reason: f.reason }
        : null;
    return {
        opened_at: v.opened_at,
        first_control: first,
        reasons: Array.isArray(v.reasons) ? v.reasons : [],
        push
    };
}
/** The file name of an incident's record, next to the executive summary. */
function incidentRecordName(number) {
    return `incident-${number}.json`;
}
/**
 * The incident record from what the issue holds: its opening data, the pushes of the gate's own
 * timeline comments and its recovery comment, and the postmortem in its body. Commits are kept
 * once each (the first time seen), ordered by time then sha, so the same issue gives the same
 * record.
 */
function incidentRecord(o) {
    const opening = readOpening(o.body);
    const seen = new Map();
    for (const p of [...(opening ? [opening.push] : []), ...o.pushes].sort((a, b) => byString(a.at, b.at) || byString(a.sha, b.sha)))
        if (!seen.has(p.sha))
            seen.set(p.sha, p);
    const pm = readPostmortem(o.body);
    return {
        contract: INCIDENT_CONTRACT,
        number: o.number,
        url: o.url,
        state: o.state,
        opened_at: opening?.opened_at ?? o.createdAt,
        first_control: opening?.first_control ?? null,
        commits: [...seen.values()],
        recovered: o.recovered,
        cause: pm.cause,
        corrective_action: pm.corrective_action
    };
}
// ------------------------------------------------------------------------------------------------
// Owners
const USER_HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:_[A-Za-z0-9]{1,20})?$/;
const TEAM_HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
/**
 * The owner as a mention when it is exactly a GitHub user (`@login`: letters, digits and single
 * inner hyphens, at most 39, optionally followed by an Enterprise Managed User's `_shortcode`) or
 * team (`@org/team-slug`) handle; undefined otherwise (the caller escapes it: an email, a name,
 * several handles in one string, a bot). Source: GitHub's username rules and team mention syntax
 * (https://docs.github.com/en/get-started/writing-on-github/getting-started-with-writing-and-formatting-on-github/basic-writing-and-formatting-syntax#mentioning-people-and-teams).
 */
function ownerMention(owner) {
    if (owner === null)
        return undefined;
    const t = owner.trim();
    return USER_HANDLE.test(t) || TEAM_HANDLE.test(t) ? t : undefined;
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


/***/ })

};
