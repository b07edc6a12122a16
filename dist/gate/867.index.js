export const id = 867;
export const ids = [867];
export const modules = {

/***/ 5867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishCheckRun: () => (/* binding */ publishCheckRun)
/* harmony export */ });
const ANNOTATIONS_PER_REQUEST = 50;
/** Creates a completed check run; annotations beyond GitHub's 50 per request go in follow-up updates. */
async function publishCheckRun(gh, target, out) {
    const batches = [];
    for (let i = 0; i < out.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
        batches.push(out.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    }
    const output = { title: out.title, summary: out.summary };
    const { data } = await gh.rest.checks.create({
        owner: target.owner,
        repo: target.repo,
        name: target.name,
        head_sha: target.headSha,
        status: 'completed',
        conclusion: out.conclusion,
        ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
        output: { ...output, ...(batches[0] ? { annotations: batches[0] } : {}) }
    });
    for (const batch of batches.slice(1)) {
        await gh.rest.checks.update({
            owner: target.owner,
            repo: target.repo,
            check_run_id: data.id,
            output: { ...output, annotations: batch }
        });
    }
    return { id: data.id, url: data.html_url ?? '' };
}


/***/ })

};
