export const id = 8951;
export const ids = [8951];
export const modules = {

/***/ 8951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRollbackDrill: () => (/* binding */ runRollbackDrill)
});

// EXTERNAL MODULE: ./src/core/facts-runtime.ts
var facts_runtime = __webpack_require__(9389);
// EXTERNAL MODULE: ./src/core/report.ts
var core_report = __webpack_require__(8557);
;// CONCATENATED MODULE: ./src/checks/rollback-drill/gather.ts

/**
 * The store to read: the setting, or with `auto` the deployments when this gate can read them
 * (it has a token), else the CLI's state folder.
 */
function chooseSource(promotions, store) {
    if (store !== 'auto')
        return store;
    return promotions.sources.includes('deployments') ? 'deployments' : 'local';
}
/**
 * Reads each environment's promotion history from the chosen store. Never throws: a store this
 * gate cannot read (deployments without a token) or a read that fails is an `ok: false` answer
 * naming the permission that would let it be read.
 */
async function gatherDrills(promotions, settings) {
    const source = chooseSource(promotions, settings.store);
    const environments = [];
    for (const environment of settings.environments) {
        if (!promotions.sources.includes(source)) {
            environments.push({
                environment,
                answer: {
                    ok: false,
                    source,
                    describe: source === 'local' ? settings.state : 'deployments',
                    reason: source === 'deployments'
                        ? 'no GitHub token, so the deployments could not be read'
                        : 'this gate cannot read the state folder',
                    unlock: source === 'deployments'
                        ? `${facts_runtime/* DEPLOYMENTS_READ_UNLOCK */.$5}; locally, set GITHUB_TOKEN and GITHUB_REPOSITORY`
                        : 'run the gate in the repository that holds the state folder',
                    ...(source === 'deployments' ? { permission: facts_runtime/* DEPLOYMENTS_READ_PERMISSION */._f } : {})
                }
            });
            continue;
        }
        const answer = await promotions.read(source === 'local' ? { source, environment, folder: settings.state } : { source, environment });
        environments.push({ environment, answer });
    }
    return { source, state: settings.state, environments };
}

// EXTERNAL MODULE: ./src/core/promotion.ts
var promotion = __webpack_require__(9918);
// EXTERNAL MODULE: ./src/core/time.ts
var time = __webpack_require__(2334);
;// CONCATENATED MODULE: ./src/checks/rollback-drill/judge.ts
/**
 * rollback-drill's judgement, pure: for each environment, the last rollback in its promotion
 * history must be recent (`max_age_days`), must have recovered within the objective
 * (`recovery_objective_minutes`, from the rollback's start to its success) and must have been
 * followed by a successful promotion. The history is verified as a chain first
 * (`verifyChain`, core/promotion.ts): a broken history proves no drill.
 *
 * Times: a record's start is the deployment's `created_at` (GitHub), else its `promoted_at` (the
 * state folder); its completion is its first `success` status (GitHub) or its record file's
 * modification time (the state folder). The age of a drill is counted from its start: a time the
 * history itself holds (a file's modification time is reset by a checkout, a copy or `touch`, and
 * must never make an old drill look recent). A record file's time is taken as its completion only
 * when it is not later than the next record's `promoted_at` nor than the effective time (the
 * records are written one after another; a later time means the file was rewritten or checked
 * out since, and the recovery time is unknown). Deployments completed after the effective time,
 * and records of the state folder started after it, are left out, so the same effective time
 * gives the same judgement.
 */



const MINUTE_MS = 60_000;
const iso = (t) => new Date(t).toISOString();
const oneDecimal = (n) => Math.round(n * 10) / 10;
/** How each source names a rollback's start and end, for messages. */
function timeWords(source) {
    return source === 'deployments'
        ? { start: 'its deployment was created', end: 'its first success status' }
        : { start: 'its promoted_at', end: 'its record file was written' };
}
/** The unlock for an environment with no history: what records one, and the permission. */
function noHistoryUnlock(source, state) {
    return source === 'deployments'
        ? `promote through action-release-bundle (mode: promote) and rehearse a rollback (mode: rollback); the gate reads them with a token with "${facts_runtime/* DEPLOYMENTS_READ_PERMISSION */._f}" (if the history is in the CLI's state folder instead, set checks.rollback-drill.store: local)`
        : `record promotions and a rollback drill with \`gonogo promote\` / \`gonogo rollback --state ${state}\`, or read GitHub deployments instead (checks.rollback-drill.store: deployments, with a token with "${facts_runtime/* DEPLOYMENTS_READ_PERMISSION */._f}")`;
}
/**
 * The checks of every environment, in the order of `facts.environments`, and the figures behind
 * them. Check ids: `<env>/history`, `<env>/last-rollback`, `<env>/age`, `<env>/recovery`,
 * `<env>/followed`. Never throws.
 *
 * @param effectiveTime milliseconds; the only clock read
 */
function judgeDrills(facts, settings, effectiveTime) {
    const checks = [];
    const environments = [];
    for (const { environment, answer } of facts.environments) {
        const figures = {
            environment,
            store: answer.describe,
            records: null,
            last_rollback: null,
            followed_by: null
        };
        environments.push(figures);
        const id = (name) => `${environment}/${name}`;
        if (!answer.ok) {
            const needs = answer.permission ? ` (reading it needs "${answer.permission}")` : '';
            checks.push({
                id: id('history'),
                status: 'unverified',
                message: `${environment}: the promotion history in ${answer.describe} could not be read: ${answer.reason}${needs}`,
                unlock: answer.unlock
            });
            continue;
        }
        const chain = (0,promotion/* verifyChain */.H5)(environment, answer.entries.map((e) => ({ where: e.where, record: e.record })));
        if (!chain.ok) {
            const where = chain.broken?.where ?? '?';
            const unreadable = unreadableReason(answer.entries.find((e) => e.where === where)?.record);
            checks.push({
                id: id('history'),
                status: 'failed',
                message: `${environment}: the promotion history in ${answer.describe} is broken at ${where}: ${unreadable !== undefined ? `the record cannot be read (${unreadable.slice(0, 300)})` : (chain.broken?.message ?? '')}; it proves no drill`,
                remediation: 'find who changed or removed the record and restore it (a broken history also blocks every promotion)'
            });
            continue;
        }
        const all = timedRecords(chain.records, answer.entries, answer.source, effectiveTime);
        const undated = all.find((t) => !Number.isFinite(t.start));
        if (undated) {
            // Left out, it could hide the last rollback and let an older drill stand for it.
            checks.push({
                id: id('history'),
                status: 'failed',
                message: `${environment}: record #${undated.record.sequence} (${undated.where}) in ${answer.describe} has no readable start time (promoted_at ${JSON.stringify(undated.record.promoted_at).slice(0, 80)}); it proves no drill`,
                remediation: 'find who changed the record and restore it (its promoted_at must be an ISO 8601 UTC time)'
            });
            continue;
        }
        const timed = all.filter((t) => (answer.source === 'local' ? t.start : (t.end ?? t.start)) <= effectiveTime);
        figures.records = timed.length;
        if (timed.length === 0) {
            checks.push({
                id: id('history'),
                status: 'unverified',
                message: `${environment}: no promotion recorded in ${answer.describe}${chain.records.length > 0 ? ` at or before ${iso(effectiveTime)}` : ''}, so no rollback drill can be shown`,
                unlock: noHistoryUnlock(facts.source, facts.state)
            });
            continue;
        }
        checks.push({
            id: id('history'),
            status: 'passed',
            message: `${environment}: ${timed.length} record(s) in ${answer.describe}, the chain intact`
        });
        checks.push(...judgeEnvironment(environment, timed, facts.source, settings, effectiveTime, figures));
    }
    return { checks, environments };
}
/** `{ unreadable }` as the stores give a record they could not read: its reason. */
function unreadableReason(record) {
    if (typeof record !== 'object' || record === null || Array.isArray(record))
        return undefined;
    const keys = Object.keys(record);
    const reason = record.unreadable;
    return keys.length === 1 && typeof reason === 'string' ? reason : undefined;
}
/**
 * Pairs each verified record with its entry's times (the chain keeps the entries' order). In the
 * state folder a record file's time later than the effective time, or than the next record's
 * `promoted_at` (the next promotion started only after this file was written), is no completion
 * time: it is kept in `distrusted` with why.
 */
function timedRecords(records, entries, source, effectiveTime) {
    return records.map((record, i) => {
        const e = entries[i];
        const start = e?.startedAt ?? Date.parse(record.promoted_at);
        const t = {
            record,
            where: e?.where ?? `record ${record.sequence}`,
            start,
            end: e?.completedAt
        };
        if (source !== 'local' || t.end === undefined)
            return t;
        const next = records[i + 1];
        const nextStart = next ? Date.parse(next.promoted_at) : Number.NaN;
        if (t.end > effectiveTime) {
            return {
                ...t,
                end: undefined,
                distrusted: { at: t.end, why: `after the effective time ${iso(effectiveTime)}` }
            };
        }
        if (next && Number.isFinite(nextStart) && t.end > nextStart) {
            return {
                ...t,
                end: undefined,
                distrusted: {
                    at: t.end,
                    why: `after the promoted_at of the next record, #${next.sequence} (${iso(nextStart)}), so the file was rewritten or checked out since`
                }
            };
        }
        return t;
    });
}
function judgeEnvironment(environment, timed, source, settings, now, figures) {
    const id = (name) => `${environment}/${name}`;
    const at = timed.findLastIndex((t) => t.record.kind === 'rollback');
    const last = timed[at];
    if (!last) {
        const head = timed[timed.length - 1];
        return [
            {
                id: id('last-rollback'),
                status: 'failed',
                message: `${environment}: none of its ${timed.length} record(s) is a rollback (the last is #${head.record.sequence}, ${head.where}): the rollback path was never rehearsed`,
                remediation: `rehearse one: roll ${environment} back (\`gonogo rollback --environment ${environment} --reason drill\` or action-release-bundle mode: rollback), then promote again`
            }
        ];
    }
    const r = last.record;
    const label = `record #${r.sequence} (${last.where})`;
    const words = timeWords(source);
    const ageDays = (now - last.start) / time/* DAY_MS */.sO;
    const recovery = last.end !== undefined && last.end >= last.start ? (last.end - last.start) / MINUTE_MS : null;
    const after = timed.slice(at + 1).find((t) => t.record.kind === 'promotion');
    figures.last_rollback = {
        record: r.sequence,
        digest: r.digest,
        where: last.where,
        bundle: r.bundle.id,
        started_at: iso(last.start),
        completed_at: last.end !== undefined ? iso(last.end) : null,
        age_days: oneDecimal(ageDays),
        recovery_minutes: recovery === null ? null : oneDecimal(recovery)
    };
    figures.followed_by = after
        ? { record: after.record.sequence, where: after.where, bundle: after.record.bundle.id }
        : null;
    const checks = [
        {
            id: id('last-rollback'),
            status: 'passed',
            message: `${environment}: the last rollback is ${label}, back to bundle ${r.bundle.id}${r.reason ? ` (reason: ${r.reason.slice(0, 200)})` : ''}`,
            observed: { record: r.digest, where: last.where }
        }
    ];
    const maxAgeMs = settings.maxAgeDays * time/* DAY_MS */.sO;
    const young = now - last.start <= maxAgeMs;
    checks.push({
        id: id('age'),
        status: young ? 'passed' : 'failed',
        message: `${environment}: the last rollback, ${label}, started ${iso(last.start)} (${words.start}), ${oneDecimal(ageDays)} days before ${iso(now)}, ${young ? 'within' : 'more than'} the ${settings.maxAgeDays} days checks.rollback-drill.max_age_days ${young ? 'allows' : 'allow'}`,
        wanted: settings.maxAgeDays,
        observed: oneDecimal(ageDays),
        ...(young
            ? {}
            : {
                remediation: `rehearse a rollback of ${environment} again (then promote forward): a drill older than ${settings.maxAgeDays} days no longer shows the path works`
            })
    });
    if (last.distrusted) {
        checks.push({
            id: id('recovery'),
            status: 'unverified',
            message: `${environment}: ${label} has no usable completion time: its record file was written ${iso(last.distrusted.at)}, ${last.distrusted.why}; its recovery time is unknown`,
            unlock: `rehearse the rollback of ${environment} again and judge the state folder as \`gonogo rollback\` left it (a clone or copy resets file times), or read the drill from GitHub deployments (checks.rollback-drill.store: deployments, with a token with "${facts_runtime/* DEPLOYMENTS_READ_PERMISSION */._f}")`
        });
    }
    else if (last.end === undefined) {
        checks.push({
            id: id('recovery'),
            status: 'unverified',
            message: `${environment}: ${label} has no completion time (${words.end}), so its recovery time is unknown`,
            unlock: source === 'deployments'
                ? 'a deployment status `success` with a readable created_at (the promotion step sets it)'
                : 'the record file as `gonogo rollback` wrote it (its modification time is the completion)'
        });
    }
    else if (recovery === null) {
        checks.push({
            id: id('recovery'),
            status: 'unverified',
            message: `${environment}: ${label} says it completed (${words.end}, ${iso(last.end)}) before it started (${words.start}, ${iso(last.start)}); was it recorded with an effective time?`,
            unlock: `rehearse the rollback of ${environment} again without an effective time, so its times can be measured`
        });
    }
    else {
        const fast = last.end - last.start <= settings.recoveryObjectiveMinutes * MINUTE_MS;
        checks.push({
            id: id('recovery'),
            status: fast ? 'passed' : 'failed',
            message: `${environment}: ${label} took ${oneDecimal(recovery)} minutes from its start (${words.start}, ${iso(last.start)}) to its success (${words.end}, ${iso(last.end)}), ${fast ? 'within' : 'more than'} the ${settings.recoveryObjectiveMinutes}-minute recovery objective`,
            wanted: settings.recoveryObjectiveMinutes,
            observed: oneDecimal(recovery),
            ...(fast
                ? {}
                : {
                    remediation: `make the rollback of ${environment} faster (approvals waiting, a slow deploy job) and rehearse it again, or agree a longer checks.rollback-drill.recovery_objective_minutes`
                })
        });
    }
    checks.push(after
        ? {
            id: id('followed'),
            status: 'passed',
            message: `${environment}: record #${after.record.sequence} (${after.where}) promoted bundle ${after.record.bundle.id} after the rollback`,
            observed: { record: after.record.digest, where: after.where }
        }
        : {
            id: id('followed'),
            status: 'failed',
            message: `${environment}: nothing was promoted after its last rollback, ${label}: the drill never returned to the forward path`,
            remediation: `promote a fixed bundle to ${environment} through the corridor, so the drill ends where a real recovery would`
        });
    return checks;
}

;// CONCATENATED MODULE: ./src/checks/rollback-drill/settings.ts
/** A drill a quarter old is the oldest that counts, by default. */
const DEFAULT_MAX_AGE_DAYS = 90;
/** A rollback that takes longer than an hour misses the default recovery objective. */
const DEFAULT_RECOVERY_OBJECTIVE_MINUTES = 60;
/** The CLI's default `--state` folder (cli/promote.ts). */
const DEFAULT_STATE = '.gonogo/state';
/**
 * Settings with defaults applied; `input` was validated against the schema by the caller. The
 * environments default to those the policy declares under `environments:` (the corridor), in
 * file order.
 */
function rollbackDrillSettings(input, policy) {
    const s = (input ?? {});
    const declared = s.environments ?? [];
    const corridor = Object.keys(policy.environments ?? {});
    const environments = declared.length > 0 ? declared : corridor;
    return {
        environments: [...new Set(environments)],
        environmentsFrom: declared.length > 0 ? 'settings' : corridor.length > 0 ? 'corridor' : 'none',
        maxAgeDays: s.max_age_days ?? DEFAULT_MAX_AGE_DAYS,
        recoveryObjectiveMinutes: s.recovery_objective_minutes ?? DEFAULT_RECOVERY_OBJECTIVE_MINUTES,
        store: s.store ?? 'auto',
        state: (s.state ?? DEFAULT_STATE).replace(/\/+$/, '').replace(/^\.\//, '') || '.'
    };
}

;// CONCATENATED MODULE: ./src/checks/rollback-drill/run.ts





/**
 * rollback-drill: has each environment's rollback path been rehearsed recently, within its
 * recovery objective, and returned to the forward path? Reads the promotion history through
 * `ctx.facts.promotions` only.
 */
const runRollbackDrill = async (ctx) => {
    const settings = rollbackDrillSettings(ctx.settings, ctx.policy);
    const report = (checks, facts) => (0,core_report/* makeReport */.d)({
        control: 'rollback-drill',
        subject: ctx.subject,
        generatedAt: new Date(ctx.effectiveTime).toISOString(),
        generator: 'rollback-drill',
        checks,
        ...(facts !== undefined ? { facts } : {})
    });
    if (settings.environments.length === 0) {
        return report([
            {
                id: 'settings',
                status: 'failed',
                message: 'no environment to judge: checks.rollback-drill.environments is empty and the policy declares no environments',
                remediation: 'declare checks.rollback-drill.environments: [prod] (or the corridor under environments:) in the policy file',
                location: { file: '.github/gonogo.yml' }
            }
        ]);
    }
    const promotions = ctx.facts.promotions;
    if (!promotions) {
        return report([
            {
                id: 'history',
                status: 'unverified',
                message: 'this gate hands the check no promotion history, so no rollback drill can be shown',
                unlock: `run it through action-gate or the gonogo CLI, which read the state folder and (with a token with "${facts_runtime/* DEPLOYMENTS_READ_PERMISSION */._f}") the deployments`
            }
        ]);
    }
    const facts = await gatherDrills(promotions, settings);
    const judged = judgeDrills(facts, settings, ctx.effectiveTime);
    return report(judged.checks, {
        source: facts.source,
        environments_from: settings.environmentsFrom,
        max_age_days: settings.maxAgeDays,
        recovery_objective_minutes: settings.recoveryObjectiveMinutes,
        environments: judged.environments
    });
};


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
