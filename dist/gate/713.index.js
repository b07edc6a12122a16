export const id = 713;
export const ids = [713];
export const modules = {

/***/ 3576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ markerLine),
/* harmony export */   F8: () => (/* binding */ incidentRecordName),
/* harmony export */   GN: () => (/* binding */ incidentRecord),
/* harmony export */   Gq: () => (/* binding */ NEEDS_POSTMORTEM_LABEL),
/* harmony export */   HH: () => (/* binding */ incidentAction),
/* harmony export */   Qh: () => (/* binding */ freezeBlocker),
/* harmony export */   RR: () => (/* binding */ DEFAULT_INCIDENT_SETTINGS),
/* harmony export */   RX: () => (/* binding */ hasLabel),
/* harmony export */   SV: () => (/* binding */ INCIDENT_MARKER),
/* harmony export */   V5: () => (/* binding */ readPostmortem),
/* harmony export */   Y0: () => (/* binding */ ownerMention),
/* harmony export */   ZF: () => (/* binding */ postmortemFilled),
/* harmony export */   er: () => (/* binding */ withBlockers),
/* harmony export */   fl: () => (/* binding */ PUSH_MARKER_PREFIX),
/* harmony export */   ir: () => (/* binding */ RECOVERED_MARKER_PREFIX),
/* harmony export */   jA: () => (/* binding */ readOpening),
/* harmony export */   lt: () => (/* binding */ assessPush),
/* harmony export */   nR: () => (/* binding */ asPush),
/* harmony export */   qf: () => (/* binding */ incidentSettings),
/* harmony export */   sw: () => (/* binding */ POSTMORTEM_MARKER),
/* harmony export */   t7: () => (/* binding */ readMarker),
/* harmony export */   vx: () => (/* binding */ DATA_MARKER_PREFIX),
/* harmony export */   z_: () => (/* binding */ isIncidentBody)
/* harmony export */ });
/* unused harmony exports firstFailingControl, ciTrendBreachWindows, FREEZE_CONTROL, INCIDENT_CONTRACT */
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
    const blockers = [...summary.blockers, ...extra].sort(_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .compareBlockers */ .Fj);
    const { decision, high, medium, low } = (0,_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .decisionOf */ .uv)(blockers, summary.profile, o.noGo === true || summary.decision === 'no-go');
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

/***/ 2713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  incidentStep: () => (/* binding */ incidentStep),
  mergeQueueRef: () => (/* binding */ mergeQueueRef)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(484);
// EXTERNAL MODULE: ./src/core/contracts.ts
var contracts = __webpack_require__(3348);
// EXTERNAL MODULE: ./src/core/incidents.ts
var incidents = __webpack_require__(3576);
// EXTERNAL MODULE: ./src/github/status.ts
var github_status = __webpack_require__(957);
// EXTERNAL MODULE: ./src/io/atomic-write.ts
var atomic_write = __webpack_require__(7869);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/incident-markdown.ts


/** Blocker rows listed in the issue body at most; the rest are counted. */
const MAX_ROWS = 50;
/**
 * The longest issue body written, in UTF-16 code units (what JavaScript's `length` counts): GitHub
 * refuses a body over 65,536 characters (422 "body is too long"), and a refused body would leave
 * the incident unopened. Rows that do not fit are counted instead, whatever their length.
 */
const MAX_BODY_CHARS = 60_000;
/** Trigger controls named in the issue text and its hidden data at most. */
const MAX_TRIGGERS = 20;
/** GitHub refuses issue titles over 256 characters. */
const MAX_TITLE = 200;
/** `Incident: <first failing control> failing on <branch>` (plain text: titles render no Markdown). */
function incidentTitle(first, branch) {
    const what = first ? `${first.control} failing` : 'gate failing';
    // Titles are plain text, but a mention or #reference would still notify or link in lists.
    const plain = `Incident: ${what} on ${branch}`
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/@/g, '@\u200b')
        .replace(/#/g, '#\u200b');
    return (0,render_escape/* capLength */.bu)(plain, MAX_TITLE);
}
function reasonText(r) {
    switch (r.kind) {
        case 'no-go':
            return 'the gate decided no-go';
        case 'trigger': {
            const named = r.controls.slice(0, MAX_TRIGGERS).map((c) => (0,render_escape/* code */.aY)(c, 80));
            const more = r.controls.length - named.length;
            return `incident trigger${r.controls.length === 1 ? '' : 's'} failed: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
        }
        case 'ci-trend':
            return `ci-trend breached its SLO in ${r.windows} consecutive windows`;
    }
}
function owner(o) {
    if (o === null)
        return '—';
    return (0,incidents/* ownerMention */.Y0)(o) ?? (0,render_escape/* escapeText */.X1)(o, 80);
}
function runbook(r, blobBase) {
    return r === null ? '—' : (0,render_escape/* safeLink */.o3)('runbook', r, blobBase);
}
/**
 * The opening data as the issue keeps it: the first failing control's id and reason capped (a
 * report's reason may be any length) and at most {@link MAX_TRIGGERS} trigger controls, so the
 * hidden data cannot push the body over GitHub's limit.
 */
function cappedOpening(opening) {
    const f = opening.first_control;
    return {
        ...opening,
        first_control: f
            ? {
                control: (0,render_escape/* capLength */.bu)(f.control, 200),
                severity: f.severity,
                reason: (0,render_escape/* capLength */.bu)(f.reason, 300)
            }
            : null,
        reasons: opening.reasons.map((r) => r.kind === 'trigger'
            ? {
                kind: 'trigger',
                controls: r.controls.slice(0, MAX_TRIGGERS).map((c) => (0,render_escape/* capLength */.bu)(c, 200))
            }
            : r)
    };
}
/**
 * The issue body: marker and hidden opening data, why it is an incident, the first failing
 * control, the blocker register (severity, control, owner, runbook, reason), the commit and run,
 * the immediate actions, and the postmortem checklist the recovery reads back. At most
 * {@link MAX_BODY_CHARS} characters: blocker rows past {@link MAX_ROWS} or past that length are
 * counted, not listed.
 */
function incidentBody(summary, opening, links) {
    const data = cappedOpening(opening);
    const first = data.first_control;
    const head = [
        incidents/* INCIDENT_MARKER */.SV,
        (0,incidents/* markerLine */.B_)(incidents/* DATA_MARKER_PREFIX */.vx, data),
        '',
        `**Why:** ${opening.reasons.map(reasonText).join('; ')}.`,
        '',
        first
            ? `**First failing control:** ${(0,render_escape/* code */.aY)(first.control, 80)} (${first.severity}): ${(0,render_escape/* escapeText */.X1)(first.reason, 300)}`
            : '**First failing control:** none named by the gate.',
        '',
        `**Commit:** [${opening.push.sha.slice(0, 12)}](${links.commitUrl}) · **Decision:** ${opening.push.decision}${links.runUrl ? ` · [gate run](${links.runUrl})` : ''}`,
        '',
        '### Blocker register',
        '',
        '| Severity | Control | Owner | Runbook | Reason |',
        '| --- | --- | --- | --- | --- |'
    ];
    const tail = [
        '',
        '### Immediate actions',
        '',
        '1. Merges into the default branch are frozen while this issue is open, except pull requests carrying the fix label.',
        '2. Fix the first failing control and re-run the gate on the default branch.',
        '3. Write down the cause and the corrective action below: the gate closes this issue on recovery only when both are filled in.',
        '',
        incidents/* POSTMORTEM_MARKER */.sw,
        '### Postmortem',
        '',
        '- [ ] Cause: <!-- write the cause after the colon -->',
        '- [ ] Corrective action: <!-- write the corrective action after the colon -->',
        ''
    ];
    // Room for the rows: the body without them, and the longest "…and N more" line.
    let room = MAX_BODY_CHARS -
        [...head, ...tail].join('\n').length -
        `\n\n…and ${summary.blockers.length} more blockers (see the gate run's executive summary).\n`
            .length;
    const rows = [];
    for (const b of summary.blockers.slice(0, MAX_ROWS)) {
        const row = `| ${b.severity} | ${(0,render_escape/* code */.aY)(b.control, 80)} | ${owner(b.owner)} | ${runbook(b.runbook, links.blobBase)} | ${(0,render_escape/* escapeText */.X1)(b.reason, 300)} |`;
        if (row.length + 1 > room)
            break;
        rows.push(row);
        room -= row.length + 1;
    }
    const more = summary.blockers.length - rows.length;
    return [
        ...head,
        ...(rows.length > 0 || more > 0 ? rows : ['| — | — | — | — | no blockers recorded |']),
        ...(more > 0 ? ['', `…and ${more} more blockers (see the gate run's executive summary).`] : []),
        ...tail
    ].join('\n');
}
/**
 * A failing push on an open incident: a timeline comment with its commit, decision and blockers.
 * `reopened`: a person had closed the incident while the default branch still failed, and the
 * gate reopened it (one incident, one issue; the freeze applies again).
 */
function timelineComment(summary, push, first, links, o = {}) {
    const top = summary.blockers
        .slice(0, 10)
        .map((b) => `- ${b.severity} ${(0,render_escape/* code */.aY)(b.control, 80)}: ${(0,render_escape/* escapeText */.X1)(b.reason, 200)}`);
    return [
        (0,incidents/* markerLine */.B_)(incidents/* PUSH_MARKER_PREFIX */.fl, push),
        `Still failing at [${push.sha.slice(0, 12)}](${links.commitUrl}): **${push.decision}**${links.runUrl ? ` ([gate run](${links.runUrl}))` : ''}.`,
        ...(o.reopened
            ? [
                '',
                'Reopened: this incident was closed while the default branch was still failing. It closes when a push passes again (merges stay frozen until then, except pull requests carrying the fix label).'
            ]
            : []),
        ...(first
            ? ['', `First failing control: ${(0,render_escape/* code */.aY)(first.control, 80)} (${first.severity}).`]
            : []),
        ...(top.length > 0 ? ['', ...top] : []),
        ''
    ].join('\n');
}
/**
 * The recovery comment: the recovering commit, and what happens to the issue: `close` (cause and
 * corrective action written), `label` (labelled needs-postmortem, left open), `closed-by-hand`
 * (a person closed it before the branch recovered; only the recovery is recorded).
 */
function recoveryComment(push, links, outcome) {
    return [
        (0,incidents/* markerLine */.B_)(incidents/* RECOVERED_MARKER_PREFIX */.ir, push),
        `Recovered at [${push.sha.slice(0, 12)}](${links.commitUrl}): **${push.decision}**${links.runUrl ? ` ([gate run](${links.runUrl}))` : ''}.${outcome === 'closed-by-hand' ? '' : ' The merge freeze is lifted.'}`,
        '',
        outcome === 'close'
            ? 'Cause and corrective action are written: closing this incident.'
            : outcome === 'label'
                ? 'Cause and corrective action are not both written yet: labelled `needs-postmortem` and left open. Fill in the postmortem checklist above, then close this issue.'
                : 'This incident was closed before the default branch recovered; the recovering commit is recorded here. If cause or corrective action is missing from the checklist above, the `incidents` release control fails until it is written.',
        ''
    ].join('\n');
}
/** The comment that closes a duplicate the gate opened while another run opened the same incident. */
function duplicateComment(winner) {
    return `Another gate run opened this incident at the same time: it is tracked in #${winner}. Closing this duplicate.\n`;
}

// EXTERNAL MODULE: ./src/render/summary-markdown.ts + 1 modules
var summary_markdown = __webpack_require__(2784);
// EXTERNAL MODULE: ./src/gate/run-gate.ts + 36 modules
var run_gate = __webpack_require__(7000);
;// CONCATENATED MODULE: ./src/gate/incidents.ts
/**
 * action-gate's incident step (issue 18), run after the decision: on a push to the default
 * branch it opens, updates or recovers the tracking issue and writes `incident-<number>.json`
 * next to the executive summary; on a pull request into the default branch it adds the freeze
 * blocker while an incident is open (and rewrites the summary files so they say what the step
 * decided). Nothing here fails the step: a token that may not read or write issues, a fork, an
 * API error become notes for the job summary.
 */









/**
 * A merge queue's temporary branch, `gh-readonly-queue/<base>/pr-<number>-<sha>` (GitHub docs,
 * "Managing a merge queue": the `merge_group` event runs on it): the base branch and the pull
 * request it merges. Undefined for any other ref.
 */
function mergeQueueRef(ref) {
    const m = /^refs\/heads\/gh-readonly-queue\/(.+)\/pr-(\d{1,10})-[0-9a-f]{40,64}$/.exec(ref);
    return m ? { base: m[1], number: Number(m[2]) } : undefined;
}
/**
 * The incident step for this event. Off (no notes) when the policy has no `incidents:` or the
 * event is neither a push to, a pull request into, nor a merge queue's group for the default
 * branch. A merge group is frozen like the pull request it merges (a pull request whose gate
 * passed before the incident opened would otherwise merge through the queue).
 */
async function incidentStep(i) {
    const { ctx, result } = i;
    const same = { result, notes: [] };
    const isPush = ctx.eventName === 'push';
    const queued = ctx.eventName === 'merge_group' ? mergeQueueRef(ctx.ref) : undefined;
    const isPull = ctx.pullRequest !== undefined || queued !== undefined;
    if (!isPush && !isPull)
        return same;
    // The gate read the policy once; the incident settings are part of it.
    const policy = result.policy;
    const settings = (0,incidents/* incidentSettings */.qf)(policy.incidents);
    if (!settings)
        return same;
    const def = ctx.defaultBranch;
    if (def === undefined)
        return {
            result,
            notes: ['Incidents were not checked: the event payload names no default branch.']
        };
    if (isPush && ctx.ref !== `refs/heads/${def}`)
        return same;
    if (isPull && (queued ? queued.base : ctx.branch) !== def)
        return same;
    if (!i.token)
        return {
            result,
            notes: [
                'Incidents were not checked: no token (pass `token`; a push needs `issues: write`, a pull request `issues: read`).'
            ]
        };
    try {
        const { createClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(572)]).then(__webpack_require__.bind(__webpack_require__, 4572));
        const gh = createClient(i.token, { baseUrl: ctx.apiUrl, log: i.log, ...i.api });
        const target = { owner: ctx.owner, repo: ctx.repo, label: settings.labels[0] };
        const { respondToPush, freezeFacts } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(572), __webpack_require__.e(551)]).then(__webpack_require__.bind(__webpack_require__, 9932));
        if (isPull) {
            if (!settings.freeze)
                return same;
            const prNumber = queued ? queued.number : ctx.pullRequest?.number;
            const facts = await freezeFacts(gh, target, prNumber);
            if (!facts.incident)
                return same;
            const blocker = (0,incidents/* freezeBlocker */.Qh)(facts.incident, facts.labels, settings.fix_label);
            if (!blocker)
                return {
                    result,
                    notes: [
                        `Incident #${facts.incident.number} is open; this pull request carries '${settings.fix_label}', so the freeze does not apply.`
                    ]
                };
            return {
                result: await frozen(result, (0,incidents/* withBlockers */.er)(result.summary, [blocker], { noGo: true }), i),
                notes: []
            };
        }
        return await onPush(i, settings, policy, gh, target, respondToPush);
    }
    catch (e) {
        const status = (0,github_status/* statusOf */.c)(e);
        const rateLimited = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(572), __webpack_require__.e(551)]).then(__webpack_require__.bind(__webpack_require__, 9932)).then((m) => m.isRateLimited(e), () => false);
        const why = rateLimited
            ? `the GitHub API rate limit was reached (HTTP ${status}: ${(0,github_status/* apiErrorText */.I)(e)}); the next run tries again`
            : status === 403 && ctx.pullRequest?.isFork
                ? 'this pull request comes from a fork and its token cannot read issues'
                : status === 403 || status === 404
                    ? `the token may not ${isPush ? 'write' : 'read'} issues (grant \`issues: ${isPush ? 'write' : 'read'}\`)`
                    : status !== undefined
                        ? `the GitHub API answered ${status}: ${(0,github_status/* apiErrorText */.I)(e)}`
                        : `the GitHub API could not be used: ${(0,github_status/* apiErrorText */.I)(e)}`;
        i.log(`gonogo could not handle incidents: ${why}`);
        return { result, notes: [`Incidents were not handled: ${why}.`] };
    }
}
async function onPush(i, settings, policy, gh, target, respondToPush) {
    const { ctx, result } = i;
    const s = result.summary;
    const ciTrend = result.builtinReports.find((r) => r.control === 'ci-trend');
    const assessment = (0,incidents/* assessPush */.lt)(s, settings, policy.controls.map((c) => c.id), ciTrend);
    const runUrl = ctx.runId ? `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}` : null;
    const push = {
        sha: i.sha,
        decision: s.decision,
        at: s.effective_time,
        run_url: runUrl
    };
    const links = {
        commitUrl: `${ctx.serverUrl}/${ctx.repository}/commit/${i.sha}`,
        runUrl,
        blobBase: i.blobBase
    };
    const branch = ctx.defaultBranch ?? ctx.branch;
    const out = await respondToPush(gh, {
        target,
        labels: settings.labels,
        assessment,
        push,
        opening: () => ({
            title: incidentTitle(assessment.first, branch),
            body: incidentBody(s, {
                opened_at: s.effective_time,
                first_control: assessment.first ?? null,
                reasons: assessment.reasons,
                push
            }, links)
        }),
        timeline: (o) => timelineComment(s, push, assessment.first, links, o),
        recovery: (outcome) => recoveryComment(push, links, outcome),
        duplicate: (winner) => duplicateComment(winner)
    });
    if (!out.incident || !out.record)
        return { result, notes: [] };
    const [recordPath] = await (0,atomic_write/* writeAllOrNothing */.P)(external_node_path_default().dirname(result.summaryPath), [
        { name: (0,incidents/* incidentRecordName */.F8)(out.incident.number), content: `${(0,canonical_json/* stableStringify */.J)(out.record)}\n` }
    ]);
    const verb = out.action === 'open'
        ? 'opened'
        : out.action === 'update'
            ? out.reopened
                ? 'reopened (it was closed while the default branch was still failing) and updated'
                : 'updated'
            : out.closedByHand
                ? 'recovered (it had been closed by hand; the recovery is recorded on it)'
                : out.closed
                    ? 'recovered and closed'
                    : `recovered; labelled needs-postmortem until cause and corrective action are written`;
    i.log(`incident #${out.incident.number} ${verb}: ${out.incident.url}`);
    return {
        result,
        notes: [`Incident #${out.incident.number} ${verb}: ${out.incident.url}`],
        ...(recordPath ? { recordPath } : {})
    };
}
/** The result with the frozen summary, its files rewritten all or nothing. */
async function frozen(result, summary, i) {
    const markdown = (0,summary_markdown/* renderSummaryMarkdown */.i)(summary, {
        maxRows: Math.max(result.maxRows, 500),
        maxChars: run_gate/* JOB_SUMMARY_MAX_CHARS */.aq,
        blobBase: i.blobBase
    });
    const dir = external_node_path_default().dirname(result.summaryPath);
    await (0,atomic_write/* writeAllOrNothing */.P)(dir, [
        { name: contracts/* SUMMARY_JSON */.qJ, content: `${(0,canonical_json/* stableStringify */.J)(summary)}\n` },
        { name: contracts/* SUMMARY_MD */.Hr, content: markdown }
    ]);
    return { ...result, summary, markdown };
}


/***/ })

};
