export const id = 128;
export const ids = [128,747];
export const modules = {

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

/***/ 1893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sz: () => (/* binding */ MalformedAnswerError),
/* harmony export */   WL: () => (/* binding */ obj),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   bz: () => (/* binding */ any),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   hG: () => (/* binding */ expectShape),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   me: () => (/* binding */ nullable),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* unused harmony exports kindOf, problemOf */
/** An answer that does not have the shape gonogo needs; its message names the endpoint. */
class MalformedAnswerError extends Error {
    endpoint;
    what;
    problem;
    name = 'MalformedAnswerError';
    constructor(endpoint, what, problem) {
        super(`${endpoint} answered with a body that is not ${what} (${problem})`);
        this.endpoint = endpoint;
        this.what = what;
        this.problem = problem;
    }
}
/** `null`, `a list`, `a string`… for messages. */
function kindOf(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (v instanceof ArrayBuffer)
        return 'binary data';
    if (typeof v === 'string') {
        if (v.trim() === '')
            return 'empty';
        return /^\s*</.test(v) ? 'an HTML or XML page' : 'text that is not JSON (truncated?)';
    }
    if (typeof v === 'object')
        return 'an object';
    return `a ${typeof v}`;
}
const where = (at) => (at === '' ? 'the body' : `\`${at}\``);
const wrong = (at, v, wanted) => `${where(at)} is ${kindOf(v)}, expected ${wanted}`;
const str = (v, at) => (typeof v === 'string' ? undefined : wrong(at, v, 'a string'));
const num = (v, at) => typeof v === 'number' && Number.isFinite(v) ? undefined : wrong(at, v, 'a number');
const bool = (v, at) => typeof v === 'boolean' ? undefined : wrong(at, v, 'true or false');
/** Any JSON value (a field that must be present, whatever it holds). */
const any = () => undefined;
function optional(s) {
    const o = (v, at) => (v === undefined ? undefined : s(v, at));
    OPTIONAL.add(o);
    return o;
}
/** `null` or undefined allowed. */
function nullable(s) {
    const o = (v, at) => (v === undefined || v === null ? undefined : s(v, at));
    OPTIONAL.add(o);
    return o;
}
const OPTIONAL = new WeakSet();
function oneOf(values) {
    return (v, at) => typeof v === 'string' && values.includes(v)
        ? undefined
        : typeof v === 'string'
            ? `${where(at)} is not one of ${values.join(', ')}`
            : wrong(at, v, `one of ${values.join(', ')}`);
}
function list(item) {
    return (v, at) => {
        if (!Array.isArray(v))
            return wrong(at, v, 'a list');
        for (let i = 0; i < v.length; i++) {
            const p = item(v[i], `${at}[${i}]`);
            if (p)
                return p;
        }
        return undefined;
    };
}
/** An object with these fields; a field whose shape is not optional()/nullable() is required. */
function obj(fields, check) {
    return (v, at) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v) || v instanceof ArrayBuffer)
            return wrong(at, v, 'an object');
        const o = v;
        for (const [k, s] of Object.entries(fields)) {
            const value = Object.hasOwn(o, k) ? o[k] : undefined;
            if (value === undefined && !OPTIONAL.has(s))
                return `${where(`${at}.${k}`)} is missing`;
            const p = s(value, `${at}.${k}`);
            if (p)
                return p;
        }
        return check?.(o, at);
    };
}
/** The first problem of `value` against `shape`, or undefined. */
function problemOf(value, shape) {
    return shape(value, '');
}
/**
 * `data` as T when it has the shape; otherwise a {@link MalformedAnswerError} such as
 * "GET /repos/{owner}/{repo}/branches/{branch}/protection answered with a body that is not
 * branch protection (`.required_status_checks.contexts` is an object, expected a list)".
 */
function expectShape(data, shape, endpoint, what) {
    const problem = shape(data, '');
    if (problem)
        throw new MalformedAnswerError(endpoint, what, problem);
    return data;
}


/***/ }),

/***/ 128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Authors: () => (/* binding */ Authors),
  createIncidentHistory: () => (/* binding */ createIncidentHistory),
  findOpenIncident: () => (/* binding */ findOpenIncident),
  freezeFacts: () => (/* binding */ freezeFacts),
  isRateLimited: () => (/* binding */ isRateLimited),
  listIncidents: () => (/* binding */ listIncidents),
  openIncidents: () => (/* binding */ openIncidents),
  readRecord: () => (/* binding */ readRecord),
  respondToPush: () => (/* binding */ respondToPush)
});

// EXTERNAL MODULE: ./src/github/client.ts + 2 modules
var github_client = __webpack_require__(6720);
// EXTERNAL MODULE: ./src/github/answer.ts
var answer = __webpack_require__(1893);
// EXTERNAL MODULE: ./src/github/paginate.ts
var paginate = __webpack_require__(6436);
;// CONCATENATED MODULE: ./src/github/sticky-comment.ts



// Shapes read (OpenAPI `issue-comment`), restricted to the fields used.
const WRITTEN_SHAPE = (0,answer/* obj */.WL)({ id: answer/* num */.bu, html_url: answer/* str */.gx });
const COMMENT_SHAPE = (0,answer/* obj */.WL)({
    id: answer/* num */.bu,
    body: (0,answer/* optional */.lq)(answer/* str */.gx),
    html_url: answer/* str */.gx,
    user: (0,answer/* nullable */.me)((0,answer/* obj */.WL)({ login: answer/* str */.gx, type: (0,answer/* optional */.lq)(answer/* str */.gx) }))
});
const written = (data, endpoint) => expectShape(data, WRITTEN_SHAPE, endpoint, 'a comment');
/**
 * One comment per pull request, found by its hidden marker (which we always write first) and
 * updated in place. Reads every page, so a busy thread still finds it.
 */
async function upsertStickyComment(gh, t, body) {
    const existing = await findSticky(gh, t);
    if (existing) {
        const updated = await updateOrGiveWay(gh, t, existing, body);
        if (updated)
            return updated;
    }
    return createOnce(gh, t, body);
}
/** Updates our comment; undefined when it is gone or not ours to edit (a new one is written). */
async function updateOrGiveWay(gh, t, c, body) {
    if (c.body === body)
        return { action: 'unchanged', id: c.id, url: c.html_url };
    try {
        const res = await gh.rest.issues.updateComment({
            owner: t.owner,
            repo: t.repo,
            comment_id: c.id,
            body
        });
        const data = written(res.data, 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}');
        return { action: 'updated', id: data.id, url: data.html_url };
    }
    catch (e) {
        if (statusOf(e) !== 403 && statusOf(e) !== 404)
            throw e;
        return undefined;
    }
}
/**
 * Creating is not idempotent: a POST that timed out or got a 5xx may still have written the
 * comment. So it is never retried blindly; we look for the marker again before writing again.
 */
async function createOnce(gh, t, body) {
    const create = async (retries) => {
        const res = await gh.rest.issues.createComment({
            owner: t.owner,
            repo: t.repo,
            issue_number: t.issueNumber,
            body,
            request: { retries }
        });
        const data = written(res.data, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments');
        return { action: 'created', id: data.id, url: data.html_url };
    };
    try {
        return await create(0);
    }
    catch (e) {
        const status = statusOf(e);
        if (status !== undefined && status < 500)
            throw e;
        const written = await findSticky(gh, t);
        if (written)
            return (await updateOrGiveWay(gh, t, written, body)) ?? create(0);
        return create(0);
    }
}
/** The Actions token writes as this bot; other authors' comments are never ours. */
/** The login GITHUB_TOKEN writes as (comments, issues). */
const ACTIONS_BOT = 'github-actions[bot]';
/**
 * Our comment: one that starts with the marker and was written by us. Preferred: the Actions
 * bot, then another bot (a GitHub App token). A person's comment counts only when it is the
 * token's own user (a personal access token), so nobody can plant a marker to hijack the verdict.
 */
async function findSticky(gh, t) {
    const bots = [];
    const people = [];
    const comments = await listAll(gh, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: t.owner, repo: t.repo, issue_number: t.issueNumber }, { item: COMMENT_SHAPE, what: 'a list of comments' });
    for (const c of comments) {
        if (!c.body?.startsWith(t.marker))
            continue;
        const found = { id: c.id, body: c.body, html_url: c.html_url };
        if (c.user?.login === ACTIONS_BOT)
            return found;
        if (c.user?.type === 'Bot')
            bots.push(found);
        else if (c.user)
            people.push({ ...found, login: c.user.login });
    }
    if (bots[0])
        return bots[0];
    if (people.length === 0)
        return undefined;
    const me = await authenticatedLogin(gh);
    return people.find((p) => p.login === me);
}
async function authenticatedLogin(gh) {
    try {
        // The Actions token cannot call this (403); a personal access token can.
        const login = (await gh.rest.users.getAuthenticated()).data?.login;
        return typeof login === 'string' ? login : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/github/status.ts
var github_status = __webpack_require__(957);
// EXTERNAL MODULE: ./src/core/facts-runtime.ts
var facts_runtime = __webpack_require__(9389);
// EXTERNAL MODULE: ./src/core/incidents.ts
var incidents = __webpack_require__(3576);
;// CONCATENATED MODULE: ./src/github/incidents.ts
/**
 * The incident tracking issue on GitHub (issue 18): found again by its hidden marker, opened once,
 * commented on by later failing pushes, closed or labelled on recovery; and what a pull request
 * needs to know for the freeze. Decisions are made in core/incidents.ts and the text in
 * render/incident-markdown.ts; this module only reads and writes.
 *
 * Endpoints (GitHub REST "Issues", "Issue comments", "Labels"): `GET/POST
 * /repos/{owner}/{repo}/issues`, `GET/PATCH /repos/{owner}/{repo}/issues/{issue_number}`, `GET/POST
 * /repos/{owner}/{repo}/issues/{issue_number}/comments`, `GET/POST
 * /repos/{owner}/{repo}/issues/{issue_number}/labels`. Listing by label is used rather than the
 * search API, whose index lags: a second gate run must see the issue the first one just opened.
 */







const LABEL_SHAPE = (0,answer/* obj */.WL)({ name: answer/* str */.gx });
const ISSUE_SHAPE = (0,answer/* obj */.WL)({
    number: answer/* num */.bu,
    html_url: answer/* str */.gx,
    title: answer/* str */.gx,
    body: (0,answer/* optional */.lq)((0,answer/* nullable */.me)(answer/* str */.gx)),
    state: answer/* str */.gx,
    state_reason: (0,answer/* optional */.lq)((0,answer/* nullable */.me)(answer/* str */.gx)),
    created_at: answer/* str */.gx,
    closed_at: (0,answer/* optional */.lq)((0,answer/* nullable */.me)(answer/* str */.gx)),
    user: (0,answer/* nullable */.me)((0,answer/* obj */.WL)({ login: answer/* str */.gx })),
    labels: (0,answer/* list */.p_)(answer/* any */.bz)
});
const incidents_COMMENT_SHAPE = (0,answer/* obj */.WL)({
    id: answer/* num */.bu,
    body: (0,answer/* optional */.lq)(answer/* str */.gx),
    html_url: answer/* str */.gx,
    user: (0,answer/* nullable */.me)((0,answer/* obj */.WL)({ login: answer/* str */.gx }))
});
/**
 * Who may have written the gate's issues and comments: the Actions bot always; another login only
 * when it is the token's own (a personal access token; `GET /user`, which the Actions token may
 * not call). Someone else's issue with the marker and the label is never taken for ours.
 */
class Authors {
    gh;
    me;
    constructor(gh) {
        this.gh = gh;
    }
    async trusted(login) {
        if (login === undefined)
            return false;
        if (login === ACTIONS_BOT)
            return true;
        this.me ??= this.gh.rest.users.getAuthenticated().then((r) => {
            const l = r.data?.login;
            return typeof l === 'string' ? l : undefined;
        }, () => undefined);
        return (await this.me) === login;
    }
}
function labelName(l) {
    if (typeof l === 'string')
        return l;
    const n = l?.name;
    return typeof n === 'string' ? n : undefined;
}
function toTracked(i) {
    return {
        number: i.number,
        url: i.html_url,
        title: i.title,
        body: i.body ?? null,
        state: i.state === 'closed' ? 'closed' : 'open',
        stateReason: i.state_reason ?? null,
        createdAt: i.created_at,
        closedAt: i.closed_at ?? null,
        labels: i.labels.map(labelName).filter((l) => l !== undefined),
        author: i.user?.login ?? ''
    };
}
/**
 * Whether an API error is a rate limit (GitHub "Rate limits for the REST API": 429, or 403 with
 * `x-ratelimit-remaining: 0`, a `retry-after` header or a message saying so) rather than a
 * permission the token lacks: the two call for different advice.
 */
function isRateLimited(e) {
    const status = (0,github_client.statusOf)(e);
    if (status === 429)
        return true;
    if (status !== 403)
        return false;
    const r = e
        ?.response;
    const h = r?.headers ?? {};
    const m = r?.data?.message;
    return (h['x-ratelimit-remaining'] === '0' ||
        h['retry-after'] !== undefined ||
        (typeof m === 'string' && /rate limit/i.test(m)));
}
/** The issue is one of the gate's incidents: its marker in the body and the label on it. */
function isOurs(i, label) {
    return (0,incidents/* isIncidentBody */.z_)(i.body) && (0,incidents/* hasLabel */.RX)(i.labels, label);
}
/**
 * The gate's incident issues with `t.label`: the marker on a line of the body (core/incidents.ts
 * `isIncidentBody`: text a person wrote above it does not hide it), the label on it (compared
 * without case), and a trusted author wrote it ({@link Authors}). Pull requests are left out. `state`: open
 * only, or all; `since` (ISO time) leaves out issues not updated since (GitHub's `since`).
 * Sorted by number. Throws the API's error (callers name the permission).
 */
async function listIncidents(gh, t, o) {
    const authors = o.authors ?? new Authors(gh);
    const raw = await (0,paginate/* listAll */._)(gh, 'GET /repos/{owner}/{repo}/issues', {
        owner: t.owner,
        repo: t.repo,
        state: o.state,
        labels: t.label,
        sort: 'created',
        direction: 'asc',
        ...(o.since ? { since: o.since } : {})
    }, { item: ISSUE_SHAPE, what: 'the list of issues' });
    const out = [];
    for (const i of raw) {
        if (i.pull_request !== undefined)
            continue;
        const tracked = toTracked(i);
        if (!isOurs(tracked, t.label))
            continue;
        if (!(await authors.trusted(tracked.author)))
            continue;
        out.push(tracked);
    }
    return out.sort((a, b) => a.number - b.number);
}
/**
 * The open incidents, split into active and waiting. An issue waits only when it carries
 * `needs-postmortem` and the gate's own recovery comment is on it: the label alone, which anyone
 * who may triage can add by hand (or a policy can list among `labels`), neither lifts the freeze
 * nor makes the next failing push open a second issue.
 */
async function openIncidents(gh, t, authors = new Authors(gh)) {
    const open = await listIncidents(gh, t, { state: 'open', authors });
    const out = { active: [], waiting: [] };
    for (const i of open) {
        const recovered = (0,incidents/* hasLabel */.RX)(i.labels, incidents/* NEEDS_POSTMORTEM_LABEL */.Gq) &&
            recoveryOf(await trustedComments(gh, t, i.number, authors)) !== undefined;
        out[recovered ? 'waiting' : 'active'].push(i);
    }
    return out;
}
/** The open incident: the lowest-numbered active one ({@link openIncidents}); undefined when none. */
async function findOpenIncident(gh, t, authors) {
    return (await openIncidents(gh, t, authors)).active[0];
}
/** The last recovery push among the gate's comments; undefined when it never recovered. */
function recoveryOf(comments) {
    return comments
        .map((c) => (0,incidents/* asPush */.nR)((0,incidents/* readMarker */.t7)(c.body, incidents/* RECOVERED_MARKER_PREFIX */.ir)))
        .filter((p) => p !== undefined)
        .pop();
}
/**
 * The newest incident that was closed before the default branch recovered (a person closed it
 * while the branch still failed): among the newest closed incidents (one page of 10, newest
 * first), the highest-numbered one not closed as a duplicate, when none of the gate's comments
 * on it records a recovery. Undefined otherwise.
 */
async function closedUnrecovered(gh, t, authors) {
    const res = await gh.request('GET /repos/{owner}/{repo}/issues', {
        owner: t.owner,
        repo: t.repo,
        state: 'closed',
        labels: t.label,
        sort: 'created',
        direction: 'desc',
        per_page: 10
    });
    const raw = (0,answer/* expectShape */.hG)(res.data, (0,answer/* list */.p_)(ISSUE_SHAPE), 'GET /repos/{owner}/{repo}/issues', 'the list of issues');
    let newest;
    for (const i of raw) {
        if (i.pull_request !== undefined)
            continue;
        const tracked = toTracked(i);
        if (!isOurs(tracked, t.label) || tracked.stateReason === 'duplicate')
            continue;
        if (newest && newest.number > tracked.number)
            continue;
        if (!(await authors.trusted(tracked.author)))
            continue;
        newest = tracked;
    }
    if (!newest || newest.state !== 'closed')
        return undefined;
    const comments = await trustedComments(gh, t, newest.number, authors);
    return recoveryOf(comments) === undefined ? { issue: newest, comments } : undefined;
}
/** The trusted comments of an issue, oldest first. */
async function trustedComments(gh, t, number, authors) {
    const all = await (0,paginate/* listAll */._)(gh, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: t.owner, repo: t.repo, issue_number: number }, { item: incidents_COMMENT_SHAPE, what: 'the list of comments' });
    const out = [];
    for (const c of all)
        if (c.body !== undefined && (await authors.trusted(c.user?.login)))
            out.push({ id: c.id, body: c.body });
    return out;
}
/**
 * Posts a comment without ever retrying blindly (a POST that timed out may have been written):
 * on a 5xx or no answer, the comments are read again and the comment is posted again only when
 * no trusted comment starts with `firstLine`.
 */
async function commentOnce(gh, t, number, body, authors) {
    const post = () => gh.rest.issues.createComment({
        owner: t.owner,
        repo: t.repo,
        issue_number: number,
        body,
        request: { retries: 0 }
    });
    try {
        const res = await post();
        (0,answer/* expectShape */.hG)(res.data, (0,answer/* obj */.WL)({ id: answer/* num */.bu }), 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', 'a comment');
    }
    catch (e) {
        const status = (0,github_client.statusOf)(e);
        if (status !== undefined && status < 500)
            throw e;
        const firstLine = body.split('\n')[0] ?? body;
        const seen = await trustedComments(gh, t, number, authors);
        if (!seen.some((c) => c.body.split('\n')[0] === firstLine))
            await post();
    }
}
/**
 * Opens, updates or recovers the incident for one push (core/incidents.ts `incidentAction`).
 * Opening is idempotent against a race: after creating, the open incidents are listed again and
 * the lowest number wins; a run that lost closes its own issue as a duplicate and comments on the
 * winner instead. A push already on the timeline (a re-run) is not commented twice. An incident
 * a person closed while the branch still failed is one incident still: the next failing push
 * reopens it (never a second issue), and the next healthy push records its recovery on it.
 * Throws the API's errors (the caller turns them into a note; they never fail the step).
 */
async function respondToPush(gh, r) {
    const t = r.target;
    const authors = new Authors(gh);
    let open = (await openIncidents(gh, t, authors)).active[0];
    let action = (0,incidents/* incidentAction */.HH)(r.assessment, open !== undefined);
    let reopened = false;
    let closedByHand;
    if (action === 'open' || (action === 'none' && r.assessment.healthy))
        closedByHand = await closedUnrecovered(gh, t, authors);
    if (action === 'none' && !closedByHand)
        return { action };
    if (action === 'none' && closedByHand) {
        // Closed by a person before the branch recovered: record the recovery, change nothing else.
        const { issue, comments } = closedByHand;
        await commentOnce(gh, t, issue.number, r.recovery('closed-by-hand'), authors);
        return {
            action: 'recover',
            incident: { number: issue.number, url: issue.url, state: 'closed' },
            closed: false,
            closedByHand: true,
            record: (0,incidents/* incidentRecord */.GN)({
                number: issue.number,
                url: issue.url,
                state: 'closed',
                body: issue.body,
                createdAt: issue.createdAt,
                pushes: pushesOf(comments),
                recovered: r.push
            })
        };
    }
    if (action === 'open' && closedByHand) {
        const res = await gh.rest.issues.update({
            owner: t.owner,
            repo: t.repo,
            issue_number: closedByHand.issue.number,
            state: 'open'
        });
        (0,answer/* expectShape */.hG)(res.data, (0,answer/* obj */.WL)({ number: answer/* num */.bu }), 'PATCH /repos/{owner}/{repo}/issues/{issue_number}', 'an issue');
        open = { ...closedByHand.issue, state: 'open', stateReason: 'reopened', closedAt: null };
        action = 'update';
        reopened = true;
    }
    if (action === 'open') {
        const mine = await createIncident(gh, r, authors);
        const all = (await openIncidents(gh, t, authors)).active;
        const winner = all[0] ?? mine;
        if (winner.number !== mine.number) {
            await commentOnce(gh, t, mine.number, r.duplicate(winner.number), authors);
            await gh.rest.issues.update({
                owner: t.owner,
                repo: t.repo,
                issue_number: mine.number,
                state: 'closed',
                state_reason: 'duplicate'
            });
            open = winner;
            action = 'update';
        }
        else
            open = mine;
    }
    if (!open)
        return { action: 'none' };
    const comments = await trustedComments(gh, t, open.number, authors);
    const pushes = pushesOf(comments);
    let closed;
    let state = 'open';
    let recovered = null;
    if (action === 'update') {
        const opened = (0,incidents/* readOpening */.jA)(open.body)?.push.sha;
        if (reopened || (opened !== r.push.sha && !pushes.some((p) => p.sha === r.push.sha))) {
            await commentOnce(gh, t, open.number, r.timeline({ reopened }), authors);
            pushes.push(r.push);
        }
    }
    else if (action === 'recover') {
        const filled = (0,incidents/* postmortemFilled */.ZF)((0,incidents/* readPostmortem */.V5)(open.body));
        await commentOnce(gh, t, open.number, r.recovery(filled ? 'close' : 'label'), authors);
        recovered = r.push;
        if (filled) {
            await gh.rest.issues.update({
                owner: t.owner,
                repo: t.repo,
                issue_number: open.number,
                state: 'closed',
                state_reason: 'completed'
            });
            state = 'closed';
        }
        else {
            await gh.rest.issues.addLabels({
                owner: t.owner,
                repo: t.repo,
                issue_number: open.number,
                labels: [incidents/* NEEDS_POSTMORTEM_LABEL */.Gq]
            });
        }
        closed = filled;
    }
    const record = (0,incidents/* incidentRecord */.GN)({
        number: open.number,
        url: open.url,
        state,
        body: open.body,
        createdAt: open.createdAt,
        pushes,
        recovered
    });
    return {
        action,
        incident: { number: open.number, url: open.url, state },
        ...(closed !== undefined ? { closed } : {}),
        ...(reopened ? { reopened } : {}),
        record
    };
}
/** The failing pushes the gate's timeline comments record. */
function pushesOf(comments) {
    return comments
        .map((c) => (0,incidents/* asPush */.nR)((0,incidents/* readMarker */.t7)(c.body, incidents/* PUSH_MARKER_PREFIX */.fl)))
        .filter((p) => p !== undefined);
}
/**
 * Creates the tracking issue once: not retried blindly (a POST that got no answer may have
 * created it); after a 5xx or no answer, an open incident opened by this very push is looked for
 * first.
 */
async function createIncident(gh, r, authors) {
    const { title, body } = r.opening();
    const create = async () => {
        const res = await gh.rest.issues.create({
            owner: r.target.owner,
            repo: r.target.repo,
            title,
            body,
            labels: [...r.labels],
            request: { retries: 0 }
        });
        return toTracked((0,answer/* expectShape */.hG)(res.data, ISSUE_SHAPE, 'POST /repos/{owner}/{repo}/issues', 'an issue'));
    };
    try {
        return await create();
    }
    catch (e) {
        const status = (0,github_client.statusOf)(e);
        if (status !== undefined && status < 500)
            throw e;
        const open = await listIncidents(gh, r.target, { state: 'open', authors });
        const ours = open.find((i) => (0,incidents/* readOpening */.jA)(i.body)?.push.sha === r.push.sha);
        return ours ?? create();
    }
}
/**
 * The open incident (if any) and the pull request's current labels. Reads only: works with a
 * read-only token, on forks too. Throws the API's error.
 */
async function freezeFacts(gh, t, pullNumber) {
    const open = await findOpenIncident(gh, t);
    if (!open)
        return { labels: [] };
    const labels = await (0,paginate/* listAll */._)(gh, 'GET /repos/{owner}/{repo}/issues/{issue_number}/labels', { owner: t.owner, repo: t.repo, issue_number: pullNumber }, { item: LABEL_SHAPE, what: 'the list of labels' });
    return { incident: { number: open.number, url: open.url }, labels: labels.map((l) => l.name) };
}
/** The record of an incident as it stands (for `gonogo incident status` and the check). */
async function readRecord(gh, t, issue, authors = new Authors(gh)) {
    const comments = await trustedComments(gh, t, issue.number, authors);
    const pushes = pushesOf(comments);
    const recovered = recoveryOf(comments) ?? null;
    return (0,incidents/* incidentRecord */.GN)({
        number: issue.number,
        url: issue.url,
        state: issue.state,
        body: issue.body,
        createdAt: issue.createdAt,
        pushes,
        recovered
    });
}
const RELEASE_SHAPE = (0,answer/* obj */.WL)({
    tag_name: answer/* str */.gx,
    draft: answer/* bool */.lc,
    prerelease: answer/* bool */.lc,
    published_at: (0,answer/* optional */.lq)((0,answer/* nullable */.me)(answer/* str */.gx))
});
/**
 * The incident history over the REST API (core/facts-runtime.ts `IncidentHistory`): the gate's
 * incident issues with the label, every state (trusted authors only, as {@link listIncidents}),
 * and the published releases (at most 10 pages). Never throws: an API error is an answer naming
 * the endpoint and `issues: read` (a rate limit says to wait for its reset instead).
 */
function createIncidentHistory(access, client) {
    return {
        read: async (q) => {
            let endpoint = 'GET /repos/{owner}/{repo}/issues';
            try {
                const gh = await client();
                const target = { owner: access.owner, repo: access.repo, label: q.label };
                const authors = new Authors(gh);
                const tracked = await listIncidents(gh, target, { state: 'all', authors });
                endpoint = 'GET /repos/{owner}/{repo}/releases';
                const releases = await (0,paginate/* listAll */._)(gh, endpoint, { owner: access.owner, repo: access.repo }, { item: RELEASE_SHAPE, what: 'the list of releases', maxPages: 10 });
                return {
                    ok: true,
                    issues: tracked.map((i) => ({
                        number: i.number,
                        url: i.url,
                        state: i.state,
                        state_reason: i.stateReason,
                        created_at: i.createdAt,
                        closed_at: i.closedAt,
                        body: i.body,
                        labels: i.labels
                    })),
                    releases: releases
                        .filter((r) => typeof r.published_at === 'string')
                        .map((r) => ({
                        tag: r.tag_name,
                        published_at: r.published_at,
                        draft: r.draft,
                        prerelease: r.prerelease
                    }))
                };
            }
            catch (e) {
                const status = (0,github_client.statusOf)(e);
                return {
                    ok: false,
                    reason: `${endpoint} answered ${status ?? 'with an error'}: ${(0,github_status.apiErrorText)(e)}`,
                    unlock: isRateLimited(e)
                        ? 'wait for the GitHub API rate limit to reset, then run the gate again'
                        : facts_runtime/* ISSUES_READ_UNLOCK */.Ps,
                    permission: facts_runtime/* ISSUES_READ_PERMISSION */.ol
                };
            }
        }
    };
}


/***/ }),

/***/ 6436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ listAll),
/* harmony export */   j: () => (/* binding */ UnreadablePageError)
/* harmony export */ });
/* harmony import */ var _answer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1893);

/** A list answer that cannot be read whole (a malformed page, too many pages). */
class UnreadablePageError extends _answer_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedAnswerError */ .Sz {
    name = 'UnreadablePageError';
}
const notNull = (v, at) => (v === null ? `\`${at}\` is null` : (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .any */ .bz)(v, at));
/**
 * Every item of a paginated list, following the Link header's rel="next". Octokit's own
 * paginator turns a truncated or empty body into an empty page; here a page that is not a JSON
 * list, or holds an item without the expected shape (`null` included), is an
 * {@link UnreadablePageError} naming the endpoint, so a broken answer can never read as
 * "nothing there" nor crash a reader.
 */
async function listAll(gh, route, params, options = {}) {
    const o = typeof options === 'number' ? { maxPages: options } : options;
    const maxPages = o.maxPages ?? 100;
    const shape = (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(o.item ?? notNull);
    const what = o.what ?? 'a list';
    const out = [];
    for (let page = 1; page <= maxPages; page++) {
        const res = await gh.request(route, { ...params, per_page: 100, page });
        try {
            out.push(...(0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .expectShape */ .hG)(res.data, shape, route, what));
        }
        catch (e) {
            if (!(e instanceof _answer_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedAnswerError */ .Sz))
                throw e;
            throw new UnreadablePageError(route, what, page > 1 ? `page ${page}: ${e.problem}` : e.problem);
        }
        const link = res.headers.link ?? '';
        if (!/rel="next"/.test(link))
            return out;
    }
    throw new UnreadablePageError(route, what, `more than ${maxPages} pages`);
}


/***/ })

};
