export const id = 390;
export const ids = [390,505];
export const modules = {

/***/ 59505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ip: () => (/* binding */ describeChar),
/* harmony export */   P8: () => (/* binding */ visibleLine),
/* harmony export */   wi: () => (/* binding */ nameInvisibles)
/* harmony export */ });
/**
 * Text as messages show it: characters a reader cannot see (controls, format characters such as
 * U+200B, separators, a byte-order mark) are named instead of printed. Pure.
 */
const CHAR_NAMES = {
    0x00: 'NUL',
    0x09: 'tab',
    0x0a: 'line feed',
    0x0d: 'carriage return',
    0x20: 'space',
    0x1b: 'escape',
    0x7f: 'delete',
    0xa0: 'no-break space',
    0xad: 'soft hyphen',
    0x034f: 'combining grapheme joiner',
    0x061c: 'Arabic letter mark',
    0x180e: 'Mongolian vowel separator',
    0x200b: 'zero width space',
    0x200c: 'zero width non-joiner',
    0x200d: 'zero width joiner',
    0x200e: 'left-to-right mark',
    0x200f: 'right-to-left mark',
    0x2028: 'line separator',
    0x2029: 'paragraph separator',
    0x202a: 'left-to-right embedding',
    0x202b: 'right-to-left embedding',
    0x202c: 'pop directional formatting',
    0x202d: 'left-to-right override',
    0x202e: 'right-to-left override',
    0x202f: 'narrow no-break space',
    0x2060: 'word joiner',
    0x2066: 'left-to-right isolate',
    0x2067: 'right-to-left isolate',
    0x2068: 'first strong isolate',
    0x2069: 'pop directional isolate',
    0x3000: 'ideographic space',
    0xfeff: 'byte-order mark',
    0xfffd: 'replacement character (bytes that were not valid text)',
    0xfffe: 'noncharacter (a byte-swapped byte-order mark?)',
    0xffff: 'noncharacter'
};
/**
 * A character as messages show it: `U+FEFF byte-order mark`, `U+0000 NUL`, `U+001F control
 * character`, `"x"` for a visible one.
 *
 * @param cp a Unicode code point (or a lone UTF-16 surrogate)
 */
function describeChar(cp) {
    const u = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    const name = CHAR_NAMES[cp];
    if (name)
        return `${u} ${name}`;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
        return `${u} control character`;
    if (cp >= 0xd800 && cp <= 0xdfff)
        return `${u} unpaired surrogate`;
    if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000)
        return `${u} private-use character`;
    if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe)
        return `${u} noncharacter`;
    const ch = String.fromCodePoint(cp);
    if (INVISIBLE.test(ch))
        return `${u} invisible character`;
    return `"${ch}" (${u})`;
}
/** Characters a reader cannot see: controls (but tab and line breaks), format, separators, … */
const INVISIBLE = 
// eslint-disable-next-line no-control-regex -- naming control characters is the point
/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u00A0\u00AD\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\p{Zs}\uFFFD\uFFFE\uFFFF]/u;
const INVISIBLES = new RegExp(INVISIBLE.source, 'gu');
/**
 * `text` with every invisible character (other than space, tab and line breaks) replaced by its
 * name in brackets, e.g. `a[U+200B zero width space]b`. Idempotent.
 */
function nameInvisibles(text) {
    return text.replace(INVISIBLES, (ch) => ch === ' ' ? ch : `[${describeChar(ch.codePointAt(0) ?? 0)}]`);
}
/**
 * `text` on one line, with every invisible character named and line breaks and tabs named too
 * (`@team[U+000A line feed]x`): for values a policy or report supplies (owners, reasons, paths)
 * shown inside a one-line message.
 */
function visibleLine(text) {
    return nameInvisibles(text).replace(/[\t\n\r]/g, (ch) => `[${describeChar(ch.codePointAt(0) ?? 0)}]`);
}


/***/ }),

/***/ 24390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyStep: () => (/* binding */ verifyStep)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77094);
/* harmony import */ var _io_action_output_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46652);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _github_runner_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72579);
/* harmony import */ var _io_workspace_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22645);
/* harmony import */ var _render_escape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57789);
/* harmony import */ var _core_visible_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(59505);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(42171);









/**
 * mode: verify — the bundle (input `bundle`, a folder or zip in the workspace, or the artifact
 * `gonogo-bundle-<bundle-id>`) verified against its manifest (and signature with `signing-key`);
 * with `replay: true` (the default) decided again from its own policy and evidence and compared
 * with its executive summary byte for byte. Fails the step when either does not hold.
 */
async function verifyStep() {
    const ctx = (0,_github_runner_context_js__WEBPACK_IMPORTED_MODULE_4__/* .readRunnerContext */ .g)();
    const signingKey = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4('signing-key');
    (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_2__/* .addSecret */ .Ck)(signingKey);
    const token = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4('token');
    (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_2__/* .addSecret */ .Ck)(token);
    const target = await bundlePath(ctx, token);
    const replay = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .bool */ .lc)('replay');
    const opts = signingKey ? { signingKey } : {};
    const lines = [];
    let ok;
    if (replay) {
        const { replayBundle } = await Promise.all(/* import() */[__webpack_require__.e(102), __webpack_require__.e(815), __webpack_require__.e(800), __webpack_require__.e(78), __webpack_require__.e(639), __webpack_require__.e(865)]).then(__webpack_require__.bind(__webpack_require__, 9020));
        const r = await replayBundle(target, opts);
        const valid = r.problems.length === 0;
        (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH)('valid', String(valid));
        (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH)('replayed', valid ? (r.ok ? 'same' : 'different') : 'skipped');
        if (r.bundleId)
            (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH)('bundle-id', r.bundleId);
        if (r.digest)
            (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH)('digest', r.digest);
        ok = r.ok;
        if (!valid)
            lines.push(...r.problems.map((p) => `${p.file ? `${p.file}: ` : ''}${p.message}`));
        else if (r.ok)
            lines.push(`replayed: same decision (${r.decision ?? '?'}, ${r.controls} controls)`);
        else
            lines.push('replayed: different decision', ...r.differences.map((d) => `${d.control ? `${d.control}: ` : ''}${d.message}`));
        if (r.rerun.length)
            lines.push(`built-ins run again on the bundled files: ${r.rerun.join(', ')}`);
        if (r.fromReports.length)
            lines.push(`built-ins replayed from their reports: ${r.fromReports.join(', ')}`);
        if (r.linkServer)
            lines.push(`executive-summary.md links files to ${r.linkServer} (the gate's GITHUB_SERVER_URL)`);
    }
    else {
        const { verifyBundle } = await Promise.all(/* import() */[__webpack_require__.e(102), __webpack_require__.e(78), __webpack_require__.e(862)]).then(__webpack_require__.bind(__webpack_require__, 15862));
        const r = await verifyBundle(target, opts);
        (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH)('valid', String(r.ok));
        (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH)('replayed', 'skipped');
        if (r.manifest)
            (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH)('bundle-id', r.manifest.bundle_id);
        if (r.digest)
            (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH)('digest', r.digest);
        ok = r.ok;
        lines.push(...(r.ok
            ? [`valid: ${r.manifest?.files.length ?? 0} files`]
            : r.problems.map((p) => `${p.file ? `${p.file}: ` : ''}${p.message}`)));
    }
    // A file name may hold a line feed: each line is printed with invisible characters named.
    for (const l of lines)
        (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq)((0,_core_visible_text_js__WEBPACK_IMPORTED_MODULE_7__/* .visibleLine */ .P8)(l));
    await (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSummary */ .Sy)(`## gonogo bundle verify\n\n${lines.map((l) => `- ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeText */ .X1)((0,_core_visible_text_js__WEBPACK_IMPORTED_MODULE_7__/* .visibleLine */ .P8)(l))}`).join('\n')}\n`);
    if (!ok)
        (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_2__/* .setFailed */ .C1)(`gonogo release-bundle verify: ${(0,_core_visible_text_js__WEBPACK_IMPORTED_MODULE_7__/* .visibleLine */ .P8)(lines[0] ?? 'the bundle does not verify')}`);
}
async function bundlePath(ctx, token) {
    const bundleInput = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4('bundle').trim();
    const bundleId = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4('bundle-id').trim();
    if (bundleInput) {
        const ws = await _io_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .Workspace */ .aR.open(ctx.workspace);
        const resolved = await ws.confine(bundleInput);
        if (resolved === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input 'bundle': ${bundleInput} is outside the workspace`);
        return resolved;
    }
    if (!bundleId)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1("mode: verify needs 'bundle' (a folder or zip in the workspace) or 'bundle-id' (the artifact action-release-bundle uploaded)");
    if (!token || !ctx.owner)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1("mode: verify with 'bundle-id' downloads the artifact: it needs GITHUB_REPOSITORY and a token (input token, actions: read)");
    const { createClient } = await Promise.all(/* import() */[__webpack_require__.e(732), __webpack_require__.e(572), __webpack_require__.e(426)]).then(__webpack_require__.bind(__webpack_require__, 54572));
    const { downloadArtifact, findArtifact } = await Promise.all(/* import() */[__webpack_require__.e(732), __webpack_require__.e(572), __webpack_require__.e(719)]).then(__webpack_require__.bind(__webpack_require__, 68866));
    const gh = createClient(token, { baseUrl: ctx.apiUrl });
    const repo = { owner: ctx.owner, repo: ctx.repo };
    const name = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4('name') || `gonogo-bundle-${bundleId}`;
    const artifact = await findArtifact(gh, repo, name);
    return downloadArtifact(gh, repo, artifact, node_path__WEBPACK_IMPORTED_MODULE_0___default().join(process.env.RUNNER_TEMP ?? ctx.workspace, 'gonogo-verify'));
}


/***/ })

};
