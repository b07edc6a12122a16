export const id = 511;
export const ids = [511,584];
export const modules = {

/***/ 56689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ describeFailure)
/* harmony export */ });
/* unused harmony exports UNLOCK_CLASSIC, UNLOCK_RULES, defaultBranch, matchingBranches, fetchRulesets, appliesTo, fetchEffectiveRules, fetchClassic, fetchBranchFacts */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96584);



const UNLOCK_CLASSIC = 'a token that can read branch protection: a fine-grained token with "Administration: read", or a classic token with repo scope held by a repository admin (the default GITHUB_TOKEN cannot)';
const UNLOCK_RULES = 'a token that can read the repository ("Metadata: read"; the default GITHUB_TOKEN can)';
const UNLOCK_RETRY = 're-run the job; the GitHub API did not answer after retries';
/** Why a request failed, in words, with what would let it succeed. */
function describeFailure(e, unlock) {
    const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c)(e);
    const headers = e.response?.headers ?? {};
    const message = String(e.response?.data?.message ??
        (e instanceof Error ? e.message : e));
    if ((status === 403 || status === 429) &&
        (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(message))) {
        const reset = Number(headers['x-ratelimit-reset']);
        return {
            ok: false,
            reason: `rate limited (HTTP ${status}: ${message})`,
            unlock: `wait for the rate limit to reset${Number.isFinite(reset) && reset > 0 ? ` at ${new Date(reset * 1000).toISOString()}` : ''} and re-run`
        };
    }
    if (status === 403 || status === 401)
        return { ok: false, reason: `HTTP ${status}: ${message}`, unlock };
    if (status === 404)
        return {
            ok: false,
            reason: `HTTP 404 (${message}): not found, or hidden from this token`,
            unlock
        };
    if (status !== undefined && status >= 500)
        return { ok: false, reason: `HTTP ${status} after retries (${message})`, unlock: UNLOCK_RETRY };
    return { ok: false, reason: `request failed: ${message}`, unlock: UNLOCK_RETRY };
}
function unreadable(what) {
    return {
        ok: false,
        reason: `the answer for ${what} could not be read (truncated or malformed JSON)`,
        unlock: UNLOCK_RETRY
    };
}
async function list(gh, route, params, what, unlock) {
    try {
        return { ok: true, value: await listAll(gh, route, params) };
    }
    catch (e) {
        if (e instanceof UnreadablePageError)
            return unreadable(what);
        return describeFailure(e, unlock);
    }
}
/** The repository's default branch (the `~DEFAULT_BRANCH` of ruleset conditions). */
async function defaultBranch(gh, r) {
    try {
        const { data } = await gh.rest.repos.get({ owner: r.owner, repo: r.repo });
        return typeof data?.default_branch === 'string'
            ? { ok: true, value: data.default_branch }
            : unreadable('the repository');
    }
    catch (e) {
        return describeFailure(e, UNLOCK_RULES);
    }
}
/** For each name or glob (`main`, `release/*`), the existing branches it selects. */
async function matchingBranches(gh, r, patterns) {
    // One list answers both "does main exist" and "what does release/* match": the
    // effective-rules endpoint happily answers for a branch that does not exist.
    const all = await list(gh, 'GET /repos/{owner}/{repo}/branches', { owner: r.owner, repo: r.repo }, 'the branch list', UNLOCK_RULES);
    if (!all.ok)
        return all;
    const names = all.value.map((b) => b.name).sort();
    return {
        ok: true,
        value: [...new Set(patterns)].map((pattern) => ({
            pattern,
            branches: picomatch.scan(pattern).isGlob
                ? names.filter((n) => picomatch.isMatch(n, pattern))
                : names.filter((n) => n === pattern)
        }))
    };
}
/** Every branch ruleset of the repository and its parents, with details (one request each). */
async function fetchRulesets(gh, r) {
    const summaries = await list(gh, 'GET /repos/{owner}/{repo}/rulesets', { owner: r.owner, repo: r.repo, includes_parents: true, targets: 'branch' }, 'the ruleset list', UNLOCK_RULES);
    if (!summaries.ok)
        return summaries;
    const details = [];
    // Disabled rulesets enforce nothing and are not reported: no need to read their details.
    for (const s of summaries.value.filter((x) => (x.target === undefined || x.target === 'branch') && x.enforcement !== 'disabled')) {
        try {
            const { data } = await gh.request('GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', {
                owner: r.owner,
                repo: r.repo,
                ruleset_id: s.id,
                includes_parents: true
            });
            const d = data;
            if (typeof d !== 'object' || d === null || typeof d.id !== 'number')
                return unreadable(`ruleset #${s.id}`);
            details.push(d);
        }
        catch (e) {
            return describeFailure(e, UNLOCK_RULES);
        }
    }
    return { ok: true, value: details };
}
/** Whether a ruleset's ref_name condition selects the branch (GitHub's fnmatch: `*` stops at `/`). */
function appliesTo(d, branch, defaultBranchName) {
    const ref = d.conditions?.ref_name;
    if (!ref)
        return true;
    const matches = (p) => {
        if (p === '~ALL')
            return true;
        if (p === '~DEFAULT_BRANCH')
            return defaultBranchName !== undefined && branch === defaultBranchName;
        const pat = p.replace(/^refs\/heads\//, '');
        return picomatch.isMatch(branch, pat, { dot: true });
    };
    return (ref.include ?? []).some(matches) && !(ref.exclude ?? []).some(matches);
}
async function fetchEffectiveRules(gh, r, branch) {
    return list(gh, 'GET /repos/{owner}/{repo}/rules/branches/{branch}', { owner: r.owner, repo: r.repo, branch }, `the rules of ${branch}`, UNLOCK_RULES);
}
/** Classic protection; a 404 "Branch not protected" is the fact "none", not a permission problem. */
async function fetchClassic(gh, r, branch) {
    try {
        const { data } = await gh.rest.repos.getBranchProtection({
            owner: r.owner,
            repo: r.repo,
            branch
        });
        if (typeof data !== 'object' || data === null)
            return unreadable(`the protection of ${branch}`);
        return { ok: true, value: data };
    }
    catch (e) {
        const message = e.response?.data?.message;
        if (statusOf(e) === 404 && message === 'Branch not protected')
            return { ok: true, value: null };
        return describeFailure(e, UNLOCK_CLASSIC);
    }
}
/** Everything about each branch: effective rules, applicable rulesets, classic protection. */
async function fetchBranchFacts(gh, r, branches, defaultBranchName) {
    const rulesets = await fetchRulesets(gh, r);
    const facts = [];
    for (const branch of branches) {
        const effectiveRules = await fetchEffectiveRules(gh, r, branch);
        const activeIds = new Set(effectiveRules.ok ? effectiveRules.value.map((x) => x.ruleset_id) : []);
        const applicable = rulesets.ok
            ? {
                ok: true,
                value: rulesets.value
                    .filter((d) => activeIds.has(d.id) || appliesTo(d, branch, defaultBranchName))
                    .map((d) => ({
                    id: d.id,
                    name: d.name,
                    enforcement: d.enforcement,
                    sourceType: d.source_type ?? 'Repository',
                    source: d.source,
                    rules: d.rules ?? [],
                    ...(Array.isArray(d.bypass_actors) ? { bypassActors: d.bypass_actors } : {})
                }))
            }
            : rulesets;
        facts.push({
            branch,
            effectiveRules,
            rulesets: applicable,
            classic: await fetchClassic(gh, r, branch)
        });
    }
    return facts;
}


/***/ }),

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* reexport safe */ _status_js__WEBPACK_IMPORTED_MODULE_2__.c),
/* harmony export */   createClient: () => (/* binding */ createClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86856);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50957);





/** Rate limits: wait when GitHub says how long (up to a minute), at most twice per request. */
const MAX_RATE_LIMIT_WAIT_S = 60;
const MAX_RATE_LIMIT_RETRIES = 2;
/** An Octokit with retries on 5xx and timeouts, honouring the runner's proxy settings. */
function createClient(token, o) {
    const timeoutMs = o.timeoutMs ?? 30_000;
    const base = _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? globalThis.fetch;
    const fetchWithTimeout = (input, init) => {
        o.onRequest?.();
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        return base(input, { ...init, signal });
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: o.baseUrl.replace(/\/+$/, ''),
        request: { fetch: fetchWithTimeout },
        retry: { retries: o.retries ?? 3, retryAfterBaseValue: o.retryBaseMs ?? 1000 },
        throttle: {
            onRateLimit: (after, options, _o, count) => onLimit('rate limit', after, options, count, o.log),
            onSecondaryRateLimit: (after, options, _o, count) => onLimit('secondary rate limit', after, options, count, o.log)
        }
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
}
function onLimit(kind, retryAfter, options, retryCount, log) {
    const retrying = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
    log?.(`GitHub ${kind} on ${options.method} ${options.url}: ${retrying ? `retrying after ${retryAfter} s` : 'giving up'}`);
    return retrying;
}


/***/ }),

/***/ 5511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pullsForCommits: () => (/* binding */ pullsForCommits)
/* harmony export */ });
/* unused harmony exports PULLS_PERMISSION, UNLOCK_PULLS, DEFAULT_MAX_PULL_LOOKUPS */
/* harmony import */ var _core_lineage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60654);
/* harmony import */ var _branch_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56689);
/* harmony import */ var _paginate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71674);



const PULLS_PERMISSION = 'pull-requests: read';
const UNLOCK_PULLS = `a token with "${PULLS_PERMISSION}" (add \`permissions: pull-requests: read\` to the job)`;
/** Commits looked up through the API at most; the rest fall back to their subjects. */
const DEFAULT_MAX_PULL_LOOKUPS = 250;
const CONCURRENCY = 6;
/**
 * The merged pull requests of each commit (`GET /repos/{o}/{r}/commits/{sha}/pulls`), for at most
 * `maxCommits` commits (in the order given: newest first from git log); commits past the cap are
 * matched by their merge or squash subjects, with a gap. Any failure makes the whole lookup
 * `unavailable`, naming the permission, so that the lineage falls back to subjects for every
 * commit rather than mixing a partial answer in. Open pull requests that merely contain a
 * commit are not part of a release and are left out.
 */
async function pullsForCommits(gh, r, commits, options = {}) {
    const max = options.maxCommits ?? DEFAULT_MAX_PULL_LOOKUPS;
    const looked = commits.slice(0, max);
    const rest = commits.slice(max);
    const gaps = [];
    const found = [];
    for (let i = 0; i < looked.length; i += CONCURRENCY) {
        const batch = looked.slice(i, i + CONCURRENCY);
        const answers = await Promise.allSettled(batch.map((c) => (0,_paginate_js__WEBPACK_IMPORTED_MODULE_2__/* .listAll */ ._)(gh, 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { owner: r.owner, repo: r.repo, commit_sha: c.sha }, 10)));
        for (const [k, a] of answers.entries()) {
            const sha = batch[k]?.sha ?? '';
            if (a.status === 'rejected')
                return { pulls: { unavailable: unavailable(a.reason, sha) }, gaps };
            for (const p of a.value) {
                if (typeof p?.number !== 'number' || p.merged_at === null || p.merged_at === undefined)
                    continue;
                const pull = { number: p.number, commits: [sha], source: 'api' };
                if (typeof p.title === 'string')
                    pull.title = p.title;
                if (typeof p.user?.login === 'string')
                    pull.author = p.user.login;
                pull.mergedAt = p.merged_at;
                if (typeof p.base?.ref === 'string')
                    pull.base = p.base.ref;
                if (typeof p.head?.ref === 'string')
                    pull.head = p.head.ref;
                found.push(pull);
            }
        }
    }
    if (rest.length > 0) {
        found.push(...(0,_core_lineage_js__WEBPACK_IMPORTED_MODULE_0__/* .pullsFromSubjects */ .Uc)(rest));
        gaps.push({
            what: 'pull requests',
            reason: `only the newest ${max} of ${commits.length} commits were looked up through the API; the other ${rest.length} are linked by merge and squash commit subjects only`
        });
    }
    return { pulls: (0,_core_lineage_js__WEBPACK_IMPORTED_MODULE_0__/* .mergePulls */ .$D)(found), gaps };
}
function unavailable(e, sha) {
    const at = `GET commits/${sha.slice(0, 7)}/pulls`;
    if (e instanceof _paginate_js__WEBPACK_IMPORTED_MODULE_2__/* .UnreadablePageError */ .j)
        return `could not list pull requests through the API (${at}: ${e.message}); reading them needs a token with ${PULLS_PERMISSION}`;
    const f = (0,_branch_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFailure */ .Ic)(e, UNLOCK_PULLS);
    const fix = f.unlock === UNLOCK_PULLS ? f.unlock : `${f.unlock}, with a token with ${PULLS_PERMISSION}`;
    return `could not list pull requests through the API (${at}: ${f.reason}); needs ${fix}`;
}


/***/ }),

/***/ 71674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ listAll),
/* harmony export */   j: () => (/* binding */ UnreadablePageError)
/* harmony export */ });
class UnreadablePageError extends Error {
    name = 'UnreadablePageError';
}
/**
 * Every item of a paginated list, following the Link header's rel="next". Octokit's own
 * paginator turns a truncated or empty body into an empty page; here a page that is not a JSON
 * array is an error, so a broken answer can never read as "nothing there".
 */
async function listAll(gh, route, params, maxPages = 100) {
    const out = [];
    for (let page = 1; page <= maxPages; page++) {
        const res = await gh.request(route, { ...params, per_page: 100, page });
        const data = res.data;
        if (!Array.isArray(data))
            throw new UnreadablePageError(`page ${page} of ${route} is not a JSON list (truncated or malformed answer)`);
        out.push(...data);
        const link = res.headers.link ?? '';
        if (!/rel="next"/.test(link))
            return out;
    }
    throw new UnreadablePageError(`${route} has more than ${maxPages} pages`);
}


/***/ }),

/***/ 50957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ statusOf)
/* harmony export */ });
/** The HTTP status of an Octokit error, if it has one (no Octokit import: cheap to load). */
function statusOf(e) {
    if (typeof e === 'object' && e !== null && 'status' in e) {
        const s = e.status;
        return typeof s === 'number' ? s : undefined;
    }
    return undefined;
}


/***/ }),

/***/ 86856:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ throttling)
/* harmony export */ });
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63251);
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;



/***/ })

};
