export const id = 9566;
export const ids = [9566];
export const modules = {

/***/ 9566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  historyCommand: () => (/* binding */ historyCommand),
  promoteCommand: () => (/* binding */ promoteCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/bundle-manifest.ts
var bundle_manifest = __webpack_require__(7985);
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(484);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/promotion.ts
var promotion = __webpack_require__(9918);
// EXTERNAL MODULE: ./src/core/time.ts
var time = __webpack_require__(2334);
// EXTERNAL MODULE: ./src/io/atomic-write.ts
var atomic_write = __webpack_require__(7869);
// EXTERNAL MODULE: ./src/io/git.ts
var git = __webpack_require__(7500);
// EXTERNAL MODULE: ./src/io/local-state.ts
var local_state = __webpack_require__(995);
// EXTERNAL MODULE: ./src/io/policy-file.ts
var policy_file = __webpack_require__(9707);
// EXTERNAL MODULE: ./src/io/workspace.ts
var workspace = __webpack_require__(2645);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/contracts.ts
var contracts = __webpack_require__(3348);
// EXTERNAL MODULE: ./src/core/report.ts
var core_report = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/io/bundle-verify.ts
var bundle_verify = __webpack_require__(5862);
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
    const { replayBundle } = await Promise.all(/* import() */[__webpack_require__.e(9800), __webpack_require__.e(5125), __webpack_require__.e(8667), __webpack_require__.e(8124), __webpack_require__.e(9707)]).then(__webpack_require__.bind(__webpack_require__, 2088));
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

;// CONCATENATED MODULE: ./src/cli/promote.ts














const OPTIONS = {
    environment: { type: 'string' },
    bundle: { type: 'string' },
    reason: { type: 'string' },
    state: { type: 'string', default: '.gonogo/state' },
    output: { type: 'string', default: 'gonogo-reports' },
    config: { type: 'string', default: '.github/gonogo.yml' },
    workspace: { type: 'string' },
    'effective-time': { type: 'string' },
    'signing-key-env': { type: 'string' },
    'allow-unverified-reviewers': { type: 'boolean', default: false },
    'allow-unreplayable': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false }
};
function environmentOf(v) {
    if (!v)
        throw new errors/* ConfigurationError */.j1('--environment NAME is required');
    if (!promotion/* ENVIRONMENT_NAME */.YR.test(v))
        throw new errors/* ConfigurationError */.j1(`--environment: '${v}' is not an environment name`);
    return v;
}
/** Resolves a workspace-relative path; nothing may leave the workspace, not through a link. */
async function inside(ws, p, what) {
    const abs = await ws.confine(p);
    if (abs === undefined)
        throw new errors/* ConfigurationError */.j1(`${what}: ${p} is outside the workspace ${ws.root}`);
    return abs;
}
/** Record text for a terminal: no control characters from an edited state file. */
function plain(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
/** `gonogo promote` and `gonogo rollback`: exit 0 recorded, 1 refused. */
async function promoteCommand(kind, args, io, signingKey) {
    const { values } = (0,external_node_util_.parseArgs)({ args, options: OPTIONS, strict: true });
    const environment = environmentOf(values.environment);
    const reason = values.reason?.trim() ?? '';
    if (reason.length > MAX_REASON)
        throw new errors/* ConfigurationError */.j1(`--reason is longer than ${MAX_REASON} characters`);
    if (kind === 'rollback' && !reason)
        throw new errors/* ConfigurationError */.j1('gonogo rollback needs --reason TEXT (it goes into the record)');
    if (kind === 'promotion' && !values.bundle)
        throw new errors/* ConfigurationError */.j1('gonogo promote needs --bundle PATH (a bundle folder or zip)');
    const ws = await workspace.Workspace.open(external_node_path_default().resolve(io.cwd, values.workspace ?? '.'));
    const policy = await (0,policy_file.loadPolicy)(ws, values.config);
    const key = signingKey(values['signing-key-env']);
    const now = values['effective-time'] !== undefined
        ? (0,time/* parseEffectiveTime */.cD)(values['effective-time'])
        : Date.now();
    const stateDir = await inside(ws, values.state, '--state');
    const store = new local_state/* LocalStateStore */.M(stateDir, ws.relative(stateDir) ?? values.state);
    const given = values.bundle;
    const refFor = async (p, what) => {
        const abs = await inside(ws, external_node_path_default().relative(ws.root, external_node_path_default().resolve(io.cwd, p)), what);
        return { path: abs, artifact: null, location: ws.relative(abs) ?? null };
    };
    const bundle = kind === 'promotion' && given
        ? await refFor(given, '--bundle')
        : (r) => {
            if (given)
                return refFor(given, '--bundle');
            if (!r.bundle.location)
                return Promise.reject(new errors/* ConfigurationError */.j1(`record ${r.sequence} does not say where bundle ${r.bundle.id} was: pass --bundle PATH`));
            return refFor(external_node_path_default().join(ws.root, r.bundle.location), `record ${r.sequence}'s bundle location`);
        };
    const sha = io.env.GITHUB_SHA ?? (await (0,git/* headSha */.x)(ws.root));
    const r = await runPromotion({
        kind,
        environment,
        ...(reason ? { reason } : {}),
        corridor: policy.environments,
        store,
        bundle,
        ...(key !== undefined ? { signingKey: key } : {}),
        rules: () => Promise.resolve({ kind: 'local' }),
        approvals: () => Promise.resolve({ kind: 'local' }),
        run: (0,bundle_manifest/* runFromEnv */.xc)(io.env),
        now,
        fallbackSubject: {
            repository: io.env.GITHUB_REPOSITORY ?? '',
            sha: contracts/* SHA_PATTERN */.yw.test(sha) ? sha : '0'.repeat(40)
        },
        allowUnverifiedReviewers: values['allow-unverified-reviewers'],
        allowUnreplayable: values['allow-unreplayable']
    });
    const outDir = await inside(ws, values.output, '--output');
    const name = `promotion-${environment}.json`;
    await (0,atomic_write/* writeAllOrNothing */.P)(outDir, [{ name, content: `${(0,canonical_json/* stableStringify */.J)(r.report)}\n` }]);
    const verb = kind === 'rollback' ? 'rollback' : 'promotion';
    io.out(`${verb} to ${environment}: ${r.recorded ? `recorded as #${r.record?.sequence ?? '?'} (${r.where ?? ''})` : 'refused'}\n`);
    if (given)
        io.out(`  bundle: ${given}\n`);
    for (const c of r.report.checks) {
        io.out(`  [${c.status}] ${c.id}: ${c.message}${c.remediation ? ` (${c.remediation})` : ''}\n`);
    }
    io.out(`  report: ${external_node_path_default().join(outDir, name)}\n`);
    return r.recorded ? 0 : 1;
}
/** `gonogo history`: the environment's records, and whether its chain is intact (exit 0) or not (1). */
async function historyCommand(args, io, signingKey) {
    const { values } = (0,external_node_util_.parseArgs)({ args, options: OPTIONS, strict: true });
    const environment = environmentOf(values.environment);
    const ws = await workspace.Workspace.open(external_node_path_default().resolve(io.cwd, values.workspace ?? '.'));
    const stateDir = await inside(ws, values.state, '--state');
    const store = new local_state/* LocalStateStore */.M(stateDir, ws.relative(stateDir) ?? values.state);
    const chain = (0,promotion/* verifyChain */.H5)(environment, await store.history(environment), signingKey(values['signing-key-env']));
    if (values.json) {
        io.out(`${(0,canonical_json/* stableStringify */.J)({
            environment,
            intact: chain.ok,
            ...(chain.broken ? { broken: chain.broken } : {}),
            records: chain.records
        })}\n`);
        return chain.ok ? 0 : 1;
    }
    io.out(`${environment}: ${chain.records.length} record(s), ${chain.ok ? 'chain intact' : 'chain BROKEN'}\n`);
    for (const rec of chain.records) {
        const approvals = rec.approvals.map((a) => `${a.user} ${a.state}`).join(', ');
        io.out(`${plain(`  #${rec.sequence} ${rec.promoted_at} ${rec.kind} ${rec.bundle.id} ${rec.bundle.decision} ${rec.digest}${rec.reason ? ` reason: ${rec.reason}` : ''}${approvals ? ` approvals: ${approvals}` : ''}`)}\n`);
    }
    if (chain.broken)
        io.out(`${plain(`  broken at ${chain.broken.where}: ${chain.broken.message}`)}\n`);
    else if (chain.head)
        io.out(`  current: bundle ${chain.head.bundle.id} (${chain.head.bundle.digest})\n`);
    return chain.ok ? 0 : 1;
}


/***/ }),

/***/ 8557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ makeReport)
/* harmony export */ });
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3348);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5009);


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


/***/ })

};
