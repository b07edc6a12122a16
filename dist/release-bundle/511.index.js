export const id = 511;
export const ids = [511];
export const modules = {

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


/***/ })

};
