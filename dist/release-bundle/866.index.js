export const id = 866;
export const ids = [866];
export const modules = {

/***/ 68866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadArtifact: () => (/* binding */ downloadArtifact),
/* harmony export */   findArtifact: () => (/* binding */ findArtifact)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _branch_rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56689);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50957);
/* harmony import */ var _answer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1893);






/** What is read of `GET …/actions/artifacts` (OpenAPI `artifact`). */
const ARTIFACTS_SHAPE = (0,_answer_js__WEBPACK_IMPORTED_MODULE_5__/* .obj */ .WL)({
    artifacts: (0,_answer_js__WEBPACK_IMPORTED_MODULE_5__/* .list */ .p_)((0,_answer_js__WEBPACK_IMPORTED_MODULE_5__/* .obj */ .WL)({
        id: _answer_js__WEBPACK_IMPORTED_MODULE_5__/* .num */ .bu,
        name: _answer_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx,
        expired: _answer_js__WEBPACK_IMPORTED_MODULE_5__/* .bool */ .lc,
        created_at: (0,_answer_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_answer_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx),
        workflow_run: (0,_answer_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)((0,_answer_js__WEBPACK_IMPORTED_MODULE_5__/* .obj */ .WL)({ repository_id: (0,_answer_js__WEBPACK_IMPORTED_MODULE_5__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_5__/* .num */ .bu), head_repository_id: (0,_answer_js__WEBPACK_IMPORTED_MODULE_5__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_5__/* .num */ .bu) }))
    }))
});
const UNLOCK = 'a token with "actions: read" (add `permissions: actions: read` to the job)';
/** Largest bundle zip downloaded. */
const MAX_ZIP_BYTES = 2 * 1024 * 1024 * 1024;
/** Made by a run of this repository's own branches: a fork's pull request cannot plant a bundle. */
function fromThisRepository(a) {
    const run = a.workflow_run;
    return (run !== null &&
        run !== undefined &&
        typeof run.repository_id === 'number' &&
        run.head_repository_id === run.repository_id);
}
/**
 * The newest unexpired workflow artifact with this exact name (`GET …/actions/artifacts?name=`),
 * from any run of the repository: the promotion job is usually not the run that made the bundle.
 */
async function findArtifact(gh, r, name) {
    let list;
    try {
        const route = 'GET /repos/{owner}/{repo}/actions/artifacts';
        const res = await gh.request(route, { owner: r.owner, repo: r.repo, name, per_page: 100 });
        list = (0,_answer_js__WEBPACK_IMPORTED_MODULE_5__/* .expectShape */ .hG)(res.data, ARTIFACTS_SHAPE, route, 'a list of artifacts').artifacts;
    }
    catch (e) {
        const d = (0,_branch_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFailure */ .Ic)(e, UNLOCK);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`cannot list the artifacts of ${r.owner}/${r.repo}: ${d.reason}; ${d.unlock}`);
    }
    const named = list.filter((a) => a.name === name);
    const own = named.filter(fromThisRepository);
    const live = own.filter((a) => !a.expired).sort((a, b) => b.id - a.id);
    const found = live[0];
    if (!found) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(own.length > 0
            ? `artifact ${name} has expired in ${r.owner}/${r.repo}: the bundle can no longer be promoted from GitHub (raise the artifact retention, or re-create the bundle)`
            : named.length > 0
                ? `artifact ${name} in ${r.owner}/${r.repo} was made by a run of a fork's branch: a promotion takes bundles from this repository's own runs only`
                : `no artifact named ${name} in ${r.owner}/${r.repo}: upload the bundle with action-release-bundle first (or set the input 'name' to the artifact's name)`);
    }
    return { name: found.name, id: found.id };
}
/** Downloads an artifact's zip (the API answers with a redirect to storage) into `dir`. */
async function downloadArtifact(gh, r, artifact, dir) {
    let bytes;
    try {
        const res = await gh.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', { owner: r.owner, repo: r.repo, artifact_id: artifact.id, archive_format: 'zip' });
        const data = res.data;
        if (!(data instanceof ArrayBuffer))
            throw new Error('the download is not binary data');
        if (data.byteLength > MAX_ZIP_BYTES)
            throw new Error(`larger than ${MAX_ZIP_BYTES} bytes`);
        bytes = Buffer.from(data);
    }
    catch (e) {
        if ((0,_status_js__WEBPACK_IMPORTED_MODULE_4__/* .statusOf */ .c)(e) === 410)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`artifact ${artifact.name} (${artifact.id}) has expired: the bundle can no longer be downloaded`);
        const d = (0,_branch_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFailure */ .Ic)(e, UNLOCK);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`cannot download artifact ${artifact.name} (${artifact.id}): ${d.reason}; ${d.unlock}`);
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, `artifact-${artifact.id}.zip`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, bytes, { mode: 0o600 });
    return file;
}


/***/ })

};
