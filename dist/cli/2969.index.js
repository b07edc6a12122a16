export const id = 2969;
export const ids = [2969,426];
export const modules = {

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


/***/ }),

/***/ 426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JC: () => (/* binding */ copyEvidence),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   lV: () => (/* binding */ copyExact),
/* harmony export */   oD: () => (/* binding */ openSource)
/* harmony export */ });
/* unused harmony exports sourceError, MAX_SCRUB_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8198);
/* harmony import */ var _hash_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2145);







// Copying files into a bundle's stage: shared by the reports, summaries and evidence copies.
/**
 * Opens a report for copying: its folder's real path (cached per folder) must lie inside the
 * workspace; the file itself is opened without following a link (O_NOFOLLOW) and must be a regular
 * file by fstat. A link in the last component is followed only to a target inside the workspace,
 * which is then opened without following another link.
 *
 * @throws ConfigurationError naming `rel`: broken link, link out of the workspace, not a regular
 *   file, unreadable
 */
function openSource(abs, rel, realRoot, realDirs) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(abs);
    let realDir = realDirs.get(dir);
    if (realDir === undefined) {
        try {
            realDir = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(dir);
        }
        catch {
            realDir = null;
        }
        realDirs.set(dir, realDir);
    }
    if (realDir === null)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: cannot be read (a broken symbolic link?)`);
    if (!isWithin(realRoot, realDir))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: symbolic link that leads outside the workspace`);
    try {
        return (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .openRegularFile */ .ZU)(abs);
    }
    catch (e) {
        if (e.code !== 'ELOOP')
            throw sourceError(rel, e);
    }
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(abs);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: cannot be read (a broken symbolic link?)`);
    }
    if (!isWithin(realRoot, real))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: symbolic link that leads outside the workspace`);
    try {
        return (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .openRegularFile */ .ZU)(real);
    }
    catch (e) {
        throw sourceError(rel, e);
    }
}
function sourceError(rel, e) {
    if (e instanceof _hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .NotRegularFileError */ .iZ)
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: not a regular file`);
    const code = e.code;
    if (code === 'ELOOP')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: symbolic link that changed while it was read`);
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: cannot be read (a broken symbolic link?)`);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: cannot be read (${code ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e)})`);
}
/** Lower-case hex SHA-256 of bytes, or of a string's UTF-8 encoding. */
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** Files larger than this are copied as they are, like binary evidence (see copyEvidence). */
const MAX_SCRUB_BYTES = 256 * 1024 * 1024;
/**
 * Copies a report or summary into the stage. When a secret is registered, a UTF-8 text file
 * (every report format the bundle carries: JSON, SARIF, JUnit XML, Markdown) is copied with the
 * secret masked, so an error text that echoed the token does not travel in the bundle. Binary
 * files, text in another encoding (UTF-16) and files over {@link MAX_SCRUB_BYTES} are evidence
 * whose bytes gonogo does not rewrite: they are copied unchanged. Without a secret the copy is
 * byte-exact.
 *
 * The source is read once, from the descriptor that was checked (see openSource); the bytes are
 * hashed as they are written to a new file in the stage (O_EXCL), so the size and SHA-256 returned
 * for the manifest are exactly those of the staged copy. Files up to 1 MiB are copied with
 * synchronous calls, larger ones streamed in 1 MiB chunks (the next read overlapping the write).
 *
 * @returns size (bytes) and SHA-256 (hex) of what was written to `dest`
 */
async function copyEvidence(source, dest) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    if ((0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .hasSecrets */ .kH)() && source.size <= MAX_SCRUB_BYTES) {
        const chunks = [];
        await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .pumpFd */ .rV)(source.fd, source.size, (chunk) => void chunks.push(Buffer.from(chunk)));
        const data = Buffer.concat(chunks);
        const scrubbed = (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .scrubBytes */ .Jv)(data);
        if (scrubbed.length <= _hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .SYNC_READ_BYTES */ .N9)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(dest, scrubbed, { flag: 'wx' });
        else
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(dest, scrubbed, { flag: 'wx' });
        return { size: scrubbed.length, sha256: hash.update(scrubbed).digest('hex') };
    }
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(dest, 'wx');
    try {
        // A small file is read, hashed and written with synchronous calls; a large one streamed.
        const size = source.size <= _hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .SYNC_READ_BYTES */ .N9
            ? (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .pumpFdSync */ .oo)(source.fd, (chunk) => {
                hash.update(chunk);
                writeAllSync(out, chunk);
            })
            : await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .pumpFd */ .rV)(source.fd, source.size, async (chunk) => {
                hash.update(chunk);
                await writeAll(out, chunk);
            });
        return { size, sha256: hash.digest('hex') };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(out);
    }
}
function writeAllSync(fd, data) {
    for (let at = 0; at < data.length;)
        at += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, data, at, data.length - at);
}
async function writeAll(fd, data) {
    for (let at = 0; at < data.length;)
        at += await new Promise((resolve, reject) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.write)(fd, data, at, data.length - at, null, (e, n) => (e ? reject(e) : resolve(n))));
}
/** Whether `inner` is `outer` or lies inside it (path text only). */
function isWithin(outer, inner) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(outer, inner);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(rel));
}
/**
 * Copies evidence byte for byte (what the gate's digests describe): unlike {@link copyEvidence},
 * nothing is masked. So that a secret never travels in a bundle, a file of at most
 * {@link MAX_SCRUB_BYTES} that holds a registered secret is refused instead.
 *
 * @param rel the file as named in messages
 * @returns size (bytes) and SHA-256 (hex) of what was written to `dest`
 * @throws ConfigurationError naming `rel` when it holds a secret
 */
async function copyExact(source, dest, rel) {
    if (!(0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .hasSecrets */ .kH)() || source.size > MAX_SCRUB_BYTES)
        return copyEvidence(source, dest);
    const chunks = [];
    await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .pumpFd */ .rV)(source.fd, source.size, (chunk) => void chunks.push(Buffer.from(chunk)));
    const data = Buffer.concat(chunks);
    if (!(0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .scrubBytes */ .Jv)(data).equals(data))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: holds a secret (the token or signing key); evidence is bundled byte for byte, so remove the secret from the file and run the gate again`);
    if (data.length <= _hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .SYNC_READ_BYTES */ .N9)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(dest, data, { flag: 'wx' });
    else
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(dest, data, { flag: 'wx' });
    return { size: data.length, sha256: sha256Hex(data) };
}


/***/ })

};
