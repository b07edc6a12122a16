export const id = 7903;
export const ids = [7903];
export const modules = {

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
