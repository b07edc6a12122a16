export const id = 779;
export const ids = [779];
export const modules = {

/***/ 32779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadFolder: () => (/* binding */ uploadFolder)
/* harmony export */ });
/* unused harmony exports ArtifactUploadError, DELETE_ARTIFACT_HINT, uploadFailureKind */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);



/** An upload the artifact service refused; its message names the artifact, the answer and what to do. */
class ArtifactUploadError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1 {
    stage;
    answer;
    name = 'ArtifactUploadError';
    constructor(message, stage, 
    /** The service's answer (its error's message), for callers that word their own advice. */
    answer) {
        super(message);
        this.stage = stage;
        this.answer = answer;
    }
}
/**
 * How to delete an artifact by hand: the REST endpoint (needs `actions: write`) and the gh
 * command; the id is in the run's artifact list (GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts).
 * Docs: REST "Delete an artifact" (actions/artifacts).
 */
const DELETE_ARTIFACT_HINT = 'delete that artifact (REST: DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}, the id from GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts; or gh api -X DELETE repos/OWNER/REPO/actions/artifacts/ID), then re-run the job';
/**
 * What kind of failure the artifact service's answer is, for advice: `quota` (storage quota hit,
 * HTTP 403: re-running does not help until storage is freed), `transient` (5xx, 429, a timeout or a
 * dropped connection: re-run), `other`.
 */
function uploadFailureKind(answer) {
    if (/quota|storage limit|\(403\)/i.test(answer))
        return 'quota';
    if (/\((5\d\d|429)\)|timed? ?out|ECONNRESET|ECONNREFUSED|socket hang up|other side closed/i.test(answer))
        return 'transient';
    return 'other';
}
/** Every regular file under a folder, sorted (the bundle never contains links: verify refuses them). */
async function filesUnder(dir) {
    const out = [];
    const walk = async (d) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(d, { withFileTypes: true });
        for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const p = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(d, e.name);
            if (e.isDirectory())
                await walk(p);
            else if (e.isFile())
                out.push(p);
        }
    };
    await walk(dir);
    return out;
}
/**
 * Whether an upload failed because the name is taken on the workflow run: the results service's
 * CreateArtifact answers 409 Conflict ("an artifact with this name already exists on the workflow
 * run"), which @actions/artifact's Twirp client reports as `Failed request: (409) Conflict…`.
 */
function isNameTaken(e) {
    const m = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e);
    return /\(409\)/.test(m) || /already exists on the workflow run/i.test(m);
}
/**
 * Uploads a folder as a workflow artifact with @actions/artifact. The runner's runtime token
 * (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL) does it; no token permission is needed.
 *
 * Artifact names are unique per workflow run, not per attempt (actions/upload-artifact v4 docs,
 * "Overwriting an Artifact"): with `overwrite`, a 409 Conflict deletes the artifact of that name
 * (DefaultArtifactClient.deleteArtifact, the call upload-artifact's `overwrite: true` makes) and
 * uploads once more; nothing is deleted when the name is free, so a first attempt sends the same
 * two calls (CreateArtifact, FinalizeArtifact) as before.
 *
 * @param folder absolute path; every regular file under it is uploaded, paths relative to it
 * @throws ArtifactUploadError naming the artifact, the service's answer and what to do
 */
async function uploadFolder(name, folder, options = {}) {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(732), __webpack_require__.e(551), __webpack_require__.e(252)]).then(__webpack_require__.bind(__webpack_require__, 91252));
    const client = new DefaultArtifactClient();
    const files = await filesUnder(folder);
    const upload = () => client.uploadArtifact(name, files, folder, {
        ...(options.retentionDays ? { retentionDays: options.retentionDays } : {}),
        compressionLevel: 6
    });
    let replaced = false;
    let r;
    try {
        r = await upload();
    }
    catch (e) {
        if (!isNameTaken(e))
            throw new ArtifactUploadError(`the artifact ${name} was not uploaded: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e)}`, 'upload', (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e));
        if (!options.overwrite)
            throw new ArtifactUploadError(`the artifact ${name} was not uploaded: an artifact of that name already exists on this workflow run (a re-run attempt, or another job of the run uploaded it): ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e)}; give the upload another name (${options.renameHint ?? 'another name'}), or ${DELETE_ARTIFACT_HINT}`, 'conflict', (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e));
        try {
            await client.deleteArtifact(name);
        }
        catch (d) {
            throw new ArtifactUploadError(`the artifact ${name} was not uploaded: one of that name already exists on this workflow run (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e)}) and could not be deleted (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(d)})`, 'delete', (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(d));
        }
        replaced = true;
        try {
            r = await upload();
        }
        catch (e2) {
            throw new ArtifactUploadError(`the artifact ${name} was not uploaded: the existing one of that name was deleted, but the upload failed again: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e2)}`, 'reupload', (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e2));
        }
    }
    if (r.id === undefined)
        throw new ArtifactUploadError(`the artifact service did not return an id for ${name}`, 'upload', 'no artifact id');
    return {
        id: r.id,
        size: r.size ?? 0,
        ...(r.digest ? { digest: `sha256:${r.digest}` } : {}),
        ...(replaced ? { replaced } : {})
    };
}


/***/ })

};
