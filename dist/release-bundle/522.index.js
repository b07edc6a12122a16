export const id = 522;
export const ids = [522];
export const modules = {

/***/ 88557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ makeReport)
/* harmony export */ });
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63348);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85009);


/**
 * A `gonogo.report/v1` report whose status is the worst of its checks. A report with no checks
 * proves nothing, so it is `unverified`.
 */
function makeReport(o) {
    const checks = [...o.checks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const s = (0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .worstStatus */ .A4)(checks.map((c) => c.status));
    const status = checks.length === 0
        ? 'unverified'
        : s === 'passed' || s === 'failed' || s === 'unverified'
            ? s
            : 'failed';
    const count = (st) => checks.filter((c) => c.status === st).length;
    return {
        contract: _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .REPORT_CONTRACT */ ._j,
        control: o.control,
        status,
        subject: o.subject,
        generated_at: o.generatedAt,
        generator: { name: `${_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .GENERATOR_NAME */ .yM}/${o.generator}`, version: _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .GENERATOR_VERSION */ .RO },
        summary: {
            checks: checks.length,
            passed: count('passed'),
            failed: count('failed'),
            unverified: count('unverified')
        },
        checks,
        ...(o.facts !== undefined ? { facts: o.facts } : {})
    };
}


/***/ }),

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


/***/ }),

/***/ 1522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promoteStep: () => (/* binding */ promoteStep)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./src/io/action-output.ts
var action_output = __webpack_require__(46652);
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(60484);
// EXTERNAL MODULE: ./src/core/bundle-manifest.ts
var bundle_manifest = __webpack_require__(67985);
// EXTERNAL MODULE: ./src/release-bundle/inputs.ts
var inputs = __webpack_require__(42171);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/promotion.ts
var promotion = __webpack_require__(19918);
// EXTERNAL MODULE: ./src/core/time.ts
var time = __webpack_require__(22334);
// EXTERNAL MODULE: ./src/github/artifact-download.ts
var artifact_download = __webpack_require__(68866);
// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var client = __webpack_require__(54572);
// EXTERNAL MODULE: ./src/github/deployment-store.ts
var deployment_store = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/github/branch-rules.ts
var branch_rules = __webpack_require__(56689);
// EXTERNAL MODULE: ./src/github/status.ts
var github_status = __webpack_require__(50957);
// EXTERNAL MODULE: ./src/github/answer.ts
var answer = __webpack_require__(1893);
;// CONCATENATED MODULE: ./src/github/environment-rules.ts



const ENVIRONMENTS_PERMISSION = 'actions: read';
const UNLOCK = `a token with "${ENVIRONMENTS_PERMISSION}" (add \`permissions: actions: read\` to the job)`;
// Shapes read (OpenAPI `environment`, `environment-approvals`), restricted to the fields used.
const ENVIRONMENT_SHAPE = (0,answer/* obj */.WL)({
    protection_rules: (0,answer/* optional */.lq)((0,answer/* list */.p_)((0,answer/* obj */.WL)({
        type: answer/* str */.gx,
        prevent_self_review: (0,answer/* optional */.lq)(answer/* bool */.lc),
        reviewers: (0,answer/* optional */.lq)((0,answer/* list */.p_)((0,answer/* obj */.WL)({
            type: (0,answer/* optional */.lq)(answer/* str */.gx),
            reviewer: (0,answer/* nullable */.me)((0,answer/* obj */.WL)({ login: (0,answer/* optional */.lq)(answer/* str */.gx), slug: (0,answer/* optional */.lq)(answer/* str */.gx), name: (0,answer/* optional */.lq)(answer/* str */.gx) }))
        })))
    })))
});
const APPROVALS_SHAPE = (0,answer/* list */.p_)((0,answer/* obj */.WL)({
    environments: (0,answer/* optional */.lq)((0,answer/* list */.p_)((0,answer/* obj */.WL)({ name: (0,answer/* optional */.lq)(answer/* str */.gx) }))),
    state: (0,answer/* optional */.lq)(answer/* str */.gx),
    user: (0,answer/* nullable */.me)((0,answer/* obj */.WL)({ login: (0,answer/* optional */.lq)(answer/* str */.gx) })),
    comment: (0,answer/* optional */.lq)(answer/* str */.gx)
}));
/** How a reviewer reads in records and messages: `user:alice`, `team:release-managers`. */
function reviewerName(r) {
    if (r.type === 'Team')
        return `team:${r.reviewer?.slug ?? r.reviewer?.name ?? '?'}`;
    return `user:${r.reviewer?.login ?? '?'}`;
}
/** The environment's protection rules (`GET /repos/{o}/{r}/environments/{name}`). */
async function readEnvironmentRules(gh, r, environment) {
    let data;
    try {
        const route = 'GET /repos/{owner}/{repo}/environments/{environment_name}';
        const res = await gh.request(route, {
            owner: r.owner,
            repo: r.repo,
            environment_name: environment
        });
        data = (0,answer/* expectShape */.hG)(res.data, ENVIRONMENT_SHAPE, route, 'an environment');
    }
    catch (e) {
        if ((0,github_status/* statusOf */.c)(e) === 404) {
            return {
                kind: 'absent',
                message: `environment ${environment} does not exist in ${r.owner}/${r.repo} (or this token cannot see it), so GitHub asks no reviewer before promoting`
            };
        }
        const d = (0,branch_rules/* describeFailure */.Ic)(e, UNLOCK);
        return {
            kind: 'unreadable',
            message: `cannot read environment ${environment}'s protection rules: ${d.reason}`,
            unlock: d.unlock
        };
    }
    const rules = Array.isArray(data.protection_rules) ? data.protection_rules : [];
    const reviewersRule = rules.find((x) => x.type === 'required_reviewers');
    return {
        kind: 'read',
        hasReviewersRule: reviewersRule !== undefined,
        reviewers: (reviewersRule?.reviewers ?? []).map(reviewerName).sort(),
        preventSelfReview: reviewersRule?.prevent_self_review === true
    };
}
/** This run's approvals of `environment` (`GET …/actions/runs/{run_id}/approvals`). */
async function readRunApprovals(gh, r, runId, environment) {
    if (runId === null) {
        return {
            kind: 'unreadable',
            message: 'no workflow run (GITHUB_RUN_ID) whose approvals could be read',
            unlock: 'promote from a GitHub Actions job that declares the environment'
        };
    }
    let list;
    try {
        const route = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals';
        const res = await gh.request(route, {
            owner: r.owner,
            repo: r.repo,
            run_id: Number(runId)
        });
        list = (0,answer/* expectShape */.hG)(res.data, APPROVALS_SHAPE, route, 'a list of approvals');
    }
    catch (e) {
        const d = (0,branch_rules/* describeFailure */.Ic)(e, UNLOCK);
        return {
            kind: 'unreadable',
            message: `cannot read this run's approvals: ${d.reason}`,
            unlock: d.unlock
        };
    }
    return {
        kind: 'read',
        approvals: list
            .filter((a) => (a.environments ?? []).some((e) => e.name === environment))
            .map((a) => ({
            user: a.user?.login ?? '?',
            state: a.state ?? 'unknown',
            comment: a.comment ?? ''
        }))
            .sort((a, b) => (a.user < b.user ? -1 : a.user > b.user ? 1 : 0))
    };
}

// EXTERNAL MODULE: ./src/github/runner-context.ts
var runner_context = __webpack_require__(72579);
// EXTERNAL MODULE: ./src/io/atomic-write.ts
var atomic_write = __webpack_require__(67869);
// EXTERNAL MODULE: ./src/io/policy-file.ts
var policy_file = __webpack_require__(39707);
// EXTERNAL MODULE: ./src/io/workspace.ts
var workspace = __webpack_require__(22645);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(57789);
;// CONCATENATED MODULE: ./src/render/promotion-markdown.ts

const ICON = { passed: '✅', failed: '❌', unverified: '🟡' };
/** Job summary of a promotion or rollback: the outcome, each check, and the record written. */
function renderPromotionMarkdown(o) {
    const r = o.record;
    const out = [
        `## gonogo ${o.kind} to ${(0,render_escape/* code */.aY)(o.environment, 80)}: ${o.recorded ? '✅ recorded' : '❌ refused'}`,
        ''
    ];
    if (r) {
        out.push(`Bundle ${(0,render_escape/* code */.aY)(r.bundle.id, 120)} · digest ${(0,render_escape/* code */.aY)(r.bundle.digest, 80)} · decision ${(0,render_escape/* code */.aY)(r.bundle.decision, 20)} · record #${r.sequence} ${(0,render_escape/* code */.aY)(r.digest, 80)}`, '');
    }
    out.push('| Check | Status | Detail |', '|---|---|---|');
    for (const c of o.report.checks) {
        out.push(`| ${(0,render_escape/* code */.aY)(c.id, 60)} | ${ICON[c.status] ?? ''} ${c.status} | ${(0,render_escape/* escapeText */.X1)(c.message, 400)}${c.remediation ? ` — ${(0,render_escape/* escapeText */.X1)(c.remediation, 300)}` : ''}${c.unlock ? ` — unlock: ${(0,render_escape/* escapeText */.X1)(c.unlock, 200)}` : ''} |`);
    }
    if (r && r.approvals.length > 0) {
        out.push('', 'Approvals (GitHub’s, as read):', '');
        for (const a of r.approvals)
            out.push(`- ${(0,render_escape/* code */.aY)(a.user, 60)} ${(0,render_escape/* escapeText */.X1)(a.state, 20)}${a.comment ? `: ${(0,render_escape/* escapeText */.X1)(a.comment, 200)}` : ''}`);
    }
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/contracts.ts
var contracts = __webpack_require__(63348);
// EXTERNAL MODULE: ./src/core/report.ts
var core_report = __webpack_require__(88557);
// EXTERNAL MODULE: ./src/io/bundle-verify.ts
var bundle_verify = __webpack_require__(15862);
;// CONCATENATED MODULE: ./src/release-bundle/run-promote.ts








/** A rollback's reason and an approval's comment, at most (the record schema's limits). */
const MAX_REASON = 1024;
const MAX_COMMENT = 4096;
/**
 * One promotion or rollback: read the target's (and source's) history, verify the bundle, judge
 * the corridor, decision, reviewers and chain, then append the record — or refuse, saying why.
 * Store, bundle source and GitHub reads are injected, so the action and the CLI share it.
 */
async function runPromotion(o) {
    const env = (0,promotion/* corridorStop */.fS)(o.corridor, o.environment);
    const target = (0,promotion/* verifyChain */.H5)(o.environment, await o.store.history(o.environment), o.signingKey);
    const rollbackTo = o.kind === 'rollback' ? (0,promotion/* rollbackTarget */.es)(target) : undefined;
    let ref;
    let refProblem;
    if (typeof o.bundle !== 'function')
        ref = o.bundle;
    else if (rollbackTo) {
        try {
            ref = await o.bundle(rollbackTo);
        }
        catch (e) {
            refProblem = `the bundle of record ${rollbackTo.sequence} (${rollbackTo.bundle.id}) cannot be fetched: ${(0,errors/* errorMessage */.gJ)(e)}`;
        }
    }
    const verified = ref ? await verifyRef(ref, o.signingKey) : undefined;
    if (verified?.ok &&
        o.expectBundleId !== undefined &&
        verified.manifest?.bundle_id !== o.expectBundleId) {
        verified.ok = false;
        verified.problems.push({
            file: 'manifest.json',
            message: `this is bundle ${verified.manifest?.bundle_id ?? '?'}, not ${o.expectBundleId}`
        });
    }
    const manifest = verified?.ok ? verified.manifest : undefined;
    const replay = verified?.ok && ref ? await replayOf(ref, o.signingKey) : undefined;
    const source = o.kind === 'promotion' && env?.from !== undefined
        ? (0,promotion/* verifyChain */.H5)(env.from, await o.store.history(env.from), o.signingKey)
        : undefined;
    const [rules, approvals] = await Promise.all([o.rules(), o.approvals()]);
    const facts = {
        environment: o.environment,
        kind: o.kind,
        corridor: o.corridor,
        bundle: {
            ok: verified?.ok === true,
            problems: verified?.problems ?? [
                { message: refProblem ?? 'there is no earlier bundle to roll back to' }
            ],
            ...(manifest ? { id: manifest.bundle_id, files: manifest.files.length } : {}),
            ...(verified?.digest !== undefined ? { digest: verified.digest } : {}),
            signed: o.signingKey !== undefined ? 'verified' : 'no-key',
            decision: decisionOf(verified),
            lineageProblems: lineageProblemsOf(verified),
            ...(replay ? { replay } : {})
        },
        target,
        ...(source ? { source } : {}),
        ...(rollbackTo ? { rollbackTo } : {}),
        rules,
        approvals,
        ...(o.allowUnverifiedReviewers ? { allowUnverifiedReviewers: true } : {}),
        ...(o.allowUnreplayable ? { allowUnreplayable: true } : {})
    };
    const checks = (0,promotion/* judgePromotion */.zX)(facts);
    const allowed = (0,promotion/* promotionAllowed */.Yq)(checks, facts);
    const promotedAt = new Date(o.now).toISOString();
    let record = null;
    if (manifest && verified?.digest !== undefined && ref) {
        const decision = facts.bundle.decision;
        const previous = target.ok
            ? (target.head?.digest ?? null)
            : (target.records.at(-1)?.digest ?? null);
        record = (0,promotion/* sealRecord */.xe)({
            contract: promotion/* PROMOTION_CONTRACT */.pY,
            environment: o.environment,
            sequence: target.records.length + 1,
            kind: o.kind,
            ...(o.reason ? { reason: o.reason } : {}),
            ...(o.kind === 'rollback' && target.head ? { rollback_of: target.head.digest } : {}),
            bundle: {
                id: manifest.bundle_id,
                digest: verified.digest,
                subject: manifest.subject,
                created_at: manifest.created_at,
                decision: (0,promotion/* isDecision */.pp)(decision) ? decision : 'no-go',
                artifact: ref.artifact,
                location: ref.location,
                replayed: replay?.kind === 'same'
            },
            source: o.kind === 'rollback' && rollbackTo
                ? { environment: o.environment, record: rollbackTo.digest }
                : source?.head && source.head.bundle.digest === verified.digest
                    ? { environment: source.environment, record: source.head.digest }
                    : null,
            reviewers: {
                required: env?.reviewers ?? 0,
                verified: rules.kind === 'read',
                named: rules.kind === 'read' ? rules.reviewers : [],
                prevent_self_review: rules.kind === 'read' ? rules.preventSelfReview : null
            },
            approvals: approvals.kind === 'read'
                ? approvals.approvals.map((a) => ({
                    ...a,
                    comment: a.comment.slice(0, MAX_COMMENT),
                    observed_at: promotedAt
                }))
                : [],
            run: o.run,
            promoted_at: promotedAt,
            previous
        }, o.signingKey);
    }
    let recorded = false;
    let where;
    let recordCheck;
    const invalid = record && allowed ? (0,promotion/* recordSchemaProblem */.M_)(record) : undefined;
    if (!allowed || !record) {
        const failing = checks.filter((c) => c.status !== 'passed').map((c) => c.id);
        recordCheck = {
            id: promotion/* PROMOTION_CHECKS */.Sz.recorded,
            status: 'failed',
            message: `not recorded: ${failing.join(', ')} did not pass`
        };
        if (record) {
            try {
                await o.store.refuse(record, `refused: ${failing.join(', ')}`);
            }
            catch (e) {
                recordCheck.message += ` (the refusal could not be recorded either: ${(0,errors/* errorMessage */.gJ)(e)})`;
            }
        }
    }
    else if (invalid !== undefined) {
        recordCheck = {
            id: promotion/* PROMOTION_CHECKS */.Sz.recorded,
            status: 'failed',
            message: `not recorded: the record would be ${invalid}`
        };
    }
    else {
        const r = await o.store.append(record);
        if (r.ok) {
            recorded = true;
            where = r.where;
            recordCheck = {
                id: promotion/* PROMOTION_CHECKS */.Sz.recorded,
                status: 'passed',
                message: `recorded as ${o.environment} #${record.sequence} (${record.digest}) in ${r.where}`
            };
        }
        else {
            recordCheck = { id: promotion/* PROMOTION_CHECKS */.Sz.recorded, status: 'failed', message: r.message };
        }
    }
    const subject = manifest && contracts/* SHA_PATTERN */.yw.test(manifest.subject.sha)
        ? {
            repository: manifest.subject.repository || o.fallbackSubject.repository,
            sha: manifest.subject.sha,
            ...(manifest.subject.ref ? { ref: manifest.subject.ref } : {})
        }
        : o.fallbackSubject;
    const report = (0,core_report/* makeReport */.d)({
        control: `promotion-${o.environment}`,
        subject,
        generatedAt: promotedAt,
        generator: 'release-bundle',
        checks: [...checks, recordCheck],
        facts: {
            kind: o.kind,
            environment: o.environment,
            recorded,
            ...(where ? { where } : {}),
            store: o.store.describe,
            record
        }
    });
    return { report, record, recorded, ...(where ? { where } : {}), target };
}
/**
 * Verifies the bundle at `ref.path`. A path that is neither a folder nor a regular file (a FIFO,
 * a device) is refused before anything opens it, since reading a named pipe blocks forever.
 */
async function verifyRef(ref, signingKey) {
    const where = ref.location ?? ref.path;
    let st;
    try {
        st = await (0,promises_.stat)(ref.path);
    }
    catch (e) {
        return notABundle(`${where}: not found (${e.code ?? 'error'})`);
    }
    if (!st.isDirectory() && !st.isFile())
        return notABundle(`${where}: not a bundle folder or zip file (a FIFO or device?)`);
    return (0,bundle_verify.verifyBundle)(ref.path, {
        ...(signingKey !== undefined ? { signingKey } : {}),
        keep: [contracts/* SUMMARY_JSON */.qJ, bundle_manifest/* LINEAGE_FILE */.tE]
    });
}
/**
 * The bundle decided again from its own policy and evidence (gate/replay-bundle.ts): the same
 * summary, what differs, or why it cannot be replayed (it records no inputs).
 */
async function replayOf(ref, signingKey) {
    const { replayBundle } = await Promise.all(/* import() */[__webpack_require__.e(800), __webpack_require__.e(639), __webpack_require__.e(505)]).then(__webpack_require__.bind(__webpack_require__, 9020));
    const r = await replayBundle(ref.path, signingKey !== undefined ? { signingKey } : {});
    if (r.ok)
        return { kind: 'same' };
    if (r.unreplayable === true)
        return {
            kind: 'unreplayable',
            message: r.problems[0]?.message ?? 'records no inputs'
        };
    return {
        kind: 'different',
        differences: [
            ...r.problems.map((p) => (p.file ? `${p.file}: ${p.message}` : p.message)),
            ...r.differences.map((d) => (d.control ? `${d.control}: ${d.message}` : d.message))
        ]
    };
}
function notABundle(message) {
    return { ok: false, problems: [{ message }], kept: new Map() };
}
/**
 * What the bundle's own lineage says is incomplete (a required job that failed, a missing
 * decision…). A bundle made without a lineage (the CLI's `bundle create`) has none to report.
 */
function lineageProblemsOf(v) {
    const bytes = v?.kept.get(bundle_manifest/* LINEAGE_FILE */.tE);
    if (!bytes)
        return [];
    try {
        const l = JSON.parse(bytes.toString('utf8'));
        if (l.problems === undefined)
            return [];
        if (!Array.isArray(l.problems))
            return [`${bundle_manifest/* LINEAGE_FILE */.tE}: 'problems' is not a list`];
        return l.problems.map((p) => typeof p === 'object' &&
            p !== null &&
            typeof p.message === 'string'
            ? p.message
            : JSON.stringify(p));
    }
    catch {
        return [`${bundle_manifest/* LINEAGE_FILE */.tE} is not JSON`];
    }
}
/** The gate's decision from the bundle's (verified) executive summary. */
function decisionOf(v) {
    const bytes = v?.kept.get(contracts/* SUMMARY_JSON */.qJ);
    if (!bytes)
        return null;
    try {
        const s = JSON.parse(bytes.toString('utf8'));
        return typeof s.decision === 'string' ? s.decision : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/release-bundle/promote-step.ts



















/** mode: promote | rollback — through GitHub deployments, environments and run approvals. */
async function promoteStep(mode) {
    const ctx = (0,runner_context/* readRunnerContext */.g)();
    const environment = core/* getInput */.V4('environment').trim();
    if (!promotion/* ENVIRONMENT_NAME */.YR.test(environment))
        throw new errors/* ConfigurationError */.j1(environment
            ? `Input 'environment': '${environment}' is not an environment name`
            : `Input 'environment' is required for mode: ${mode}`);
    const reason = core/* getInput */.V4('reason').trim();
    if (reason.length > MAX_REASON)
        throw new errors/* ConfigurationError */.j1(`Input 'reason' is longer than ${MAX_REASON} characters`);
    if (mode === 'rollback' && !reason)
        throw new errors/* ConfigurationError */.j1("Input 'reason' is required for mode: rollback (it goes into the record)");
    const token = core/* getInput */.V4('token');
    (0,action_output/* addSecret */.Ck)(token);
    if (!token || !ctx.owner)
        throw new errors/* ConfigurationError */.j1('promotion records are GitHub deployments: it needs GITHUB_REPOSITORY and a token (input token)');
    const signingKey = core/* getInput */.V4('signing-key');
    (0,action_output/* addSecret */.Ck)(signingKey);
    const effective = core/* getInput */.V4('effective-time');
    const now = effective ? (0,time/* parseEffectiveTime */.cD)(effective) : Date.now();
    const ws = await workspace/* Workspace */.aR.open(ctx.workspace);
    const policy = await (0,policy_file/* loadPolicy */.tb)(ws, core/* getInput */.V4('config') || '.github/gonogo.yml');
    const gh = (0,client.createClient)(token, { baseUrl: ctx.apiUrl, log: (m) => (0,action_output/* warning */.$e)(m) });
    const repo = { owner: ctx.owner, repo: ctx.repo };
    const run = (0,bundle_manifest/* runFromEnv */.xc)(process.env);
    const downloads = external_node_path_default().join(process.env.RUNNER_TEMP ?? ctx.workspace, 'gonogo-promote');
    const fromArtifact = async (name, id) => {
        const artifact = id !== undefined ? { name, id } : await (0,artifact_download.findArtifact)(gh, repo, name);
        return {
            path: await (0,artifact_download.downloadArtifact)(gh, repo, artifact, downloads),
            artifact,
            location: null
        };
    };
    const bundleInput = core/* getInput */.V4('bundle').trim();
    const bundleId = core/* getInput */.V4('bundle-id').trim();
    let bundle;
    if (mode === 'rollback') {
        bundle = (r) => r.bundle.artifact
            ? fromArtifact(r.bundle.artifact.name, r.bundle.artifact.id)
            : fromArtifact(`gonogo-bundle-${r.bundle.id}`);
    }
    else if (bundleInput) {
        const resolved = await ws.confine(bundleInput);
        if (resolved === undefined)
            throw new errors/* ConfigurationError */.j1(`Input 'bundle': ${bundleInput} is outside the workspace`);
        bundle = { path: resolved, artifact: null, location: bundleInput };
    }
    else if (bundleId) {
        bundle = await fromArtifact(core/* getInput */.V4('name') || `gonogo-bundle-${bundleId}`);
    }
    else {
        throw new errors/* ConfigurationError */.j1("mode: promote needs 'bundle-id' (the artifact action-release-bundle uploaded) or 'bundle' (a folder or zip in the workspace)");
    }
    const r = await runPromotion({
        kind: mode === 'rollback' ? 'rollback' : 'promotion',
        environment,
        ...(reason ? { reason } : {}),
        corridor: policy.environments,
        store: new deployment_store/* DeploymentStore */.$0(gh, repo, { logUrl: run.url }),
        bundle,
        ...(signingKey ? { signingKey } : {}),
        rules: () => readEnvironmentRules(gh, repo, environment),
        approvals: () => readRunApprovals(gh, repo, run.id, environment),
        run,
        now,
        fallbackSubject: {
            repository: ctx.repository,
            sha: ctx.sha,
            ...(ctx.ref ? { ref: ctx.ref } : {})
        },
        ...(bundleId && mode === 'promote' ? { expectBundleId: bundleId } : {}),
        allowUnreplayable: (0,inputs/* bool */.lc)('allow-unreplayable')
    });
    const reportsDir = core/* getInput */.V4('reports') || 'gonogo-reports';
    const dir = await ws.confine(reportsDir);
    if (dir === undefined)
        throw new errors/* ConfigurationError */.j1(`Input 'reports': ${reportsDir} is outside the workspace`);
    const name = `promotion-${environment}.json`;
    await (0,atomic_write/* writeAllOrNothing */.P)(dir, [{ name, content: `${(0,canonical_json/* stableStringify */.J)(r.report)}\n` }]);
    (0,action_output/* setOutput */.uH)('report', external_node_path_default().join(dir, name));
    (0,action_output/* setOutput */.uH)('recorded', String(r.recorded));
    if (r.record && r.recorded) {
        (0,action_output/* setOutput */.uH)('bundle-id', r.record.bundle.id);
        (0,action_output/* setOutput */.uH)('digest', r.record.bundle.digest);
        (0,action_output/* setOutput */.uH)('record-digest', r.record.digest);
    }
    if (r.where)
        (0,action_output/* setOutput */.uH)('deployment-id', r.where.replace(/^deployment /, ''));
    await (0,action_output/* writeSummary */.Sy)(renderPromotionMarkdown({
        report: r.report,
        record: r.record,
        recorded: r.recorded,
        kind: r.record?.kind ?? (mode === 'rollback' ? 'rollback' : 'promotion'),
        environment
    }));
    if (!r.recorded) {
        const failed = r.report.checks.filter((c) => c.status !== 'passed');
        (0,action_output/* setFailed */.C1)(`gonogo ${mode} to ${environment} refused: ${failed.map((c) => `${c.id}: ${c.message}`).join('; ')}`);
    }
    else {
        (0,action_output/* info */.pq)(`gonogo ${mode}: ${environment} #${r.record?.sequence ?? '?'} recorded in ${r.where ?? '?'}`);
    }
}


/***/ })

};
