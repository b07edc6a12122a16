export const id = 2886;
export const ids = [2886,7903];
export const modules = {

/***/ 3075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** `fn` over `items` with at most `limit` calls in flight; results in the order of `items`. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return out;
}


/***/ }),

/***/ 2886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BV: () => (/* binding */ readWorkflowFiles),
/* harmony export */   Dl: () => (/* binding */ listWorkflows),
/* harmony export */   localResolver: () => (/* reexport safe */ _workflow_local_uses_js__WEBPACK_IMPORTED_MODULE_1__.yT),
/* harmony export */   lp: () => (/* binding */ MAX_WORKFLOW_BYTES),
/* harmony export */   readWorkflows: () => (/* binding */ readWorkflows),
/* harmony export */   xs: () => (/* binding */ WORKFLOWS_DIR),
/* harmony export */   z: () => (/* binding */ MAX_WORKFLOW_FILES)
/* harmony export */ });
/* harmony import */ var _core_map_limit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3075);
/* harmony import */ var _workflow_local_uses_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7903);

const WORKFLOWS_DIR = '.github/workflows';
/** Each workflow file is read up to this size. */
const MAX_WORKFLOW_BYTES = 1024 * 1024;
/** More workflow files than this is not a repository we can vouch for. */
const MAX_WORKFLOW_FILES = 1000;
/**
 * The repository's workflow paths (`.github/workflows/*.yml` and `*.yaml`, not in subfolders, as
 * GitHub reads them; names starting with `.` too: moby/buildkit's CI calls its reusable
 * `.github/workflows/.test.yml`), sorted, at most {@link MAX_WORKFLOW_FILES}; `truncated` when
 * there were more.
 * Throws when the folder is (or lies behind) a symbolic link out of the workspace.
 */
async function listWorkflows(ws) {
    const paths = new Set();
    let truncated = false;
    for (const ext of ['yml', 'yaml']) {
        const r = await ws.glob(`${WORKFLOWS_DIR}/*.${ext}`, MAX_WORKFLOW_FILES, undefined, {
            dot: true
        });
        truncated ||= r.truncated;
        for (const f of r.files)
            paths.add(f);
    }
    const sorted = [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return {
        paths: sorted.slice(0, MAX_WORKFLOW_FILES),
        truncated: truncated || sorted.length > MAX_WORKFLOW_FILES
    };
}
/**
 * Reads workflow files (a few at once; the result keeps the order of `paths`). A file that cannot
 * be read is kept with its `readError`, so what it might produce is reported as unknown rather
 * than silently missing.
 */
function readWorkflowFiles(ws, paths) {
    // Each read is several system calls (confinement, stat, open): keep some in flight.
    return (0,_core_map_limit_js__WEBPACK_IMPORTED_MODULE_0__/* .mapLimit */ .s)(paths, READS_IN_FLIGHT, async (path) => {
        const r = await ws.readText(path, MAX_WORKFLOW_BYTES, 'for a workflow file');
        return r.ok ? { path, text: r.text } : { path, text: '', readError: r.message };
    });
}
/** The repository's workflows ({@link listWorkflows}, then {@link readWorkflowFiles}). */
async function readWorkflows(ws) {
    return readWorkflowFiles(ws, (await listWorkflows(ws)).paths);
}
/** Workflow files read at once (order of the result does not depend on it). */
const READS_IN_FLIGHT = 16;



/***/ }),

/***/ 7903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y5: () => (/* binding */ sameRepositoryPath),
/* harmony export */   iT: () => (/* binding */ resolveLocal),
/* harmony export */   jw: () => (/* binding */ isSameRepositoryUses),
/* harmony export */   yT: () => (/* binding */ localResolver)
/* harmony export */ });
/**
 * Whether a `uses:` names an action or workflow of the repository itself, at the commit that is
 * running: `./path` (workflow syntax docs, "Calling a reusable workflow", "jobs.<job_id>.steps[*]
 * .uses") or the self-repository form `$/path` (GitHub changelog 2026-07-30, "Reference
 * same-repository actions with self-repository syntax"). Neither needs a pin.
 */
function isSameRepositoryUses(uses) {
    const u = uses.trim();
    return u.startsWith('./') || u.startsWith('$/');
}
/**
 * The repository path a same-repository `uses:` names (`./.github/actions/x` and `$/.github/
 * actions/x` → `.github/actions/x`, `./` → ``), without any `@ref`; undefined for a reference to
 * another repository (`owner/repo@ref`, `docker://…`).
 */
function sameRepositoryPath(uses) {
    if (!isSameRepositoryUses(uses))
        return undefined;
    return uses
        .trim()
        .slice(2)
        .replace(/@.*$/, '')
        .split('/')
        .filter((s) => s !== '' && s !== '.')
        .join('/');
}
/**
 * The workflow a local `uses: ./.github/workflows/x.yml` (or `$/…`) names, from `files`;
 * undefined for a remote reference (`owner/repo/...@ref`) or a file that is not there. Local
 * paths are relative to the repository root ("Calling a reusable workflow", workflow syntax docs).
 */
function resolveLocal(files, uses) {
    const want = sameRepositoryPath(uses);
    return want === undefined ? undefined : files.find((f) => f.path === want);
}
/** `resolveLocal` bound to one list, as `deriveCheckNames` takes it. */
function localResolver(files) {
    return (uses) => resolveLocal(files, uses);
}


/***/ })

};
