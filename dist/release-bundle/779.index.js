export const id = 779;
export const ids = [779];
export const modules = {

/***/ 32779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadFolder: () => (/* binding */ uploadFolder)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


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
 * Uploads a folder as a workflow artifact with @actions/artifact. The runner's runtime token
 * (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL) does it; no token permission is needed.
 */
async function uploadFolder(name, folder, retentionDays) {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(732), __webpack_require__.e(551), __webpack_require__.e(252)]).then(__webpack_require__.bind(__webpack_require__, 91252));
    const client = new DefaultArtifactClient();
    const r = await client.uploadArtifact(name, await filesUnder(folder), folder, {
        ...(retentionDays ? { retentionDays } : {}),
        compressionLevel: 6
    });
    if (r.id === undefined)
        throw new Error(`the artifact service did not return an id for ${name}`);
    return { id: r.id, size: r.size ?? 0, ...(r.digest ? { digest: `sha256:${r.digest}` } : {}) };
}


/***/ })

};
