export const id = 4674;
export const ids = [4674];
export const modules = {

/***/ 4674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONTROL: () => (/* binding */ CONTROL),
  reportFacts: () => (/* binding */ reportFacts),
  runReplayDeterminism: () => (/* binding */ runReplayDeterminism)
});

// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/checks/replay-determinism/settings.ts

const DEFAULT_RUNS = 2;
const DEFAULT_TIMEOUT_SECONDS = 600;
const SETTINGS_HINT = '.github/gonogo.yml (checks.replay-determinism)';
/** Applies defaults; what cannot run (no command, no outputs, a path out) is a problem. */
function resolveSettings(raw) {
    const s = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
    const problems = [];
    const command = typeof s.command === 'string' ? s.command.trim() : '';
    if (command === '') {
        problems.push({
            id: 'replay/configuration/command',
            message: 'no build command is configured, so nothing was replayed',
            remediation: `set checks.replay-determinism.command in ${SETTINGS_HINT}, for example \`command: npm run build\``
        });
    }
    const outputs = Array.isArray(s.outputs) ? s.outputs.filter((o) => typeof o === 'string') : [];
    if (outputs.length === 0) {
        problems.push({
            id: 'replay/configuration/outputs',
            message: 'no output globs are configured, so there is nothing to compare between runs',
            remediation: `set checks.replay-determinism.outputs in ${SETTINGS_HINT}, for example \`outputs: ["dist/**"]\``
        });
    }
    for (const o of outputs) {
        if (escapes(o)) {
            problems.push({
                id: `replay/configuration/outputs/${o}`,
                message: `output glob ${o} leaves the working directory`,
                remediation: 'write output globs relative to working_directory, without a leading / or ..'
            });
        }
    }
    const wd = (s.working_directory ?? '.').replace(/\\/g, '/');
    let workingDirectory = '';
    if (escapes(wd)) {
        problems.push({
            id: 'replay/configuration/working_directory',
            message: `working_directory ${wd} is outside the workspace`,
            remediation: 'use a folder relative to the repository root, without a leading / or ..'
        });
    }
    else {
        workingDirectory = external_node_path_default().posix.normalize(wd).replace(/\/+$/, '');
        if (workingDirectory === '.')
            workingDirectory = '';
    }
    if (problems.length > 0)
        return { ok: false, problems };
    return {
        ok: true,
        config: {
            command,
            runs: Number.isInteger(s.runs) && s.runs >= 2 ? s.runs : DEFAULT_RUNS,
            timeoutSeconds: typeof s.timeout_seconds === 'number' && s.timeout_seconds > 0
                ? s.timeout_seconds
                : DEFAULT_TIMEOUT_SECONDS,
            workingDirectory,
            outputs: [...new Set(outputs.map((o) => o.replace(/^\.\//, '')))].sort(),
            ...(typeof s.source_date_epoch === 'number' ? { sourceDateEpoch: s.source_date_epoch } : {}),
            copyGit: s.copy_git !== false,
            env: { ...(s.env ?? {}) }
        }
    };
}
/** True for an absolute path or one whose `..` segments climb out of its base. */
function escapes(p) {
    if (p.includes('\0') || p.startsWith('/') || /^[A-Za-z]:/.test(p))
        return true;
    const n = external_node_path_default().posix.normalize(p.replace(/\\/g, '/'));
    return n === '..' || n.startsWith('../');
}

;// CONCATENATED MODULE: ./src/checks/replay-determinism/gather.ts

/**
 * Replays the command through `facts.processes`: for each run, a fresh copy of the workspace at
 * the same temporary path (so absolute paths embedded by a build agree between runs), the command
 * with a pinned environment (TZ=UTC, LC_ALL=C, the settings' `env`, SOURCE_DATE_EPOCH) and a
 * timeout, the outputs hashed, the copy removed. Never throws: what went wrong is in the facts.
 */
async function gatherReplay(o) {
    const resolved = resolveSettings(o.settings);
    if (!resolved.ok)
        return { problems: resolved.problems, runs: [] };
    const config = resolved.config;
    const wdProblem = await checkWorkingDirectory(o.facts.files, config.workingDirectory);
    if (wdProblem)
        return { problems: [wdProblem], config, runs: [] };
    const sourceDateEpoch = await pickSourceDateEpoch(o.facts.processes, config, o.effectiveTime);
    // The sandbox removes credentials, action inputs and the workflow-command files from the
    // inherited environment; these pin what a build may vary on.
    const env = {
        TZ: 'UTC',
        LC_ALL: 'C',
        ...config.env,
        SOURCE_DATE_EPOCH: String(sourceDateEpoch.value)
    };
    const facts = { problems: [], config, sourceDateEpoch, runs: [] };
    const sandbox = await o.facts.processes.openReplay();
    if ('error' in sandbox) {
        facts.setupError = sandbox.error;
        return facts;
    }
    try {
        for (let run = 1; run <= config.runs; run++) {
            o.log(`replay-determinism: run ${run} of ${config.runs}: ${config.command}`);
            const copied = await sandbox.copyWorkspace({ copyGit: config.copyGit });
            if (!copied.ok) {
                facts.setupError = `cannot copy the workspace: ${copied.error}`;
                return facts;
            }
            facts.copy ??= copied.copy;
            const outcome = await sandbox.run({
                command: config.command,
                workingDirectory: config.workingDirectory,
                env,
                timeoutMs: config.timeoutSeconds * 1000
            });
            const outputs = await sandbox.hashOutputs(config.workingDirectory, config.outputs);
            facts.runs.push({ run, ...outcome, outputs });
            if (!(await sandbox.removeCopy())) {
                facts.setupError = `cannot remove the copy of run ${run}, so the next run would not start fresh`;
                return facts;
            }
        }
    }
    finally {
        await sandbox.dispose();
    }
    return facts;
}
/** A working directory that is not a folder of the workspace is a settings problem. */
async function checkWorkingDirectory(files, wd) {
    if (wd === '')
        return undefined;
    const problem = (why) => ({
        id: 'replay/configuration/working_directory',
        message: `working_directory ${wd} ${why}`,
        remediation: 'set checks.replay-determinism.working_directory to a folder of the repository (relative to its root)'
    });
    const at = await files.kind(wd);
    switch (at.kind) {
        case 'dir':
            return undefined;
        case 'link-out':
            return problem('is a symbolic link that leads outside the workspace');
        case 'file':
        case 'other':
            return problem('is not a folder');
        default:
            return problem('does not exist in the workspace');
    }
}
async function pickSourceDateEpoch(processes, config, effectiveTime) {
    if (config.sourceDateEpoch !== undefined)
        return { value: config.sourceDateEpoch, from: 'settings' };
    // Not a git repository, or git is missing: fall back to the effective time.
    const head = await processes.headCommitTime();
    if (head !== undefined)
        return { value: head, from: 'git-head' };
    return { value: Math.floor(effectiveTime / 1000), from: 'effective-time' };
}

;// CONCATENATED MODULE: ./src/checks/replay-determinism/judge.ts

/** Differences listed one by one; past this the summary check says how many more there are. */
const MAX_LISTED_DIFFERENCES = 200;
/** Compares the outputs of the runs that succeeded, path by path (sorted). */
function compareOutputs(runs) {
    const paths = new Set();
    for (const r of runs)
        for (const p of Object.keys(r.outputs.digests))
            paths.add(p);
    const out = { identical: 0, differing: [], missing: [] };
    for (const p of [...paths].sort()) {
        const present = runs.filter((r) => Object.hasOwn(r.outputs.digests, p));
        if (present.length < runs.length) {
            out.missing.push({
                path: p,
                presentIn: present.map((r) => r.run),
                missingIn: runs.filter((r) => !Object.hasOwn(r.outputs.digests, p)).map((r) => r.run)
            });
            continue;
        }
        const digests = {};
        for (const r of runs)
            digests[`run-${r.run}`] = r.outputs.digests[p];
        if (new Set(Object.values(digests)).size > 1)
            out.differing.push({ path: p, digests });
        else
            out.identical++;
    }
    return out;
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** Turns what was observed into checks. Pure: same facts, same checks. */
function judgeReplay(f) {
    const checks = [];
    for (const p of f.problems) {
        checks.push({ id: p.id, status: 'failed', message: p.message, remediation: p.remediation });
    }
    const c = f.config;
    if (f.problems.length > 0 || c === undefined)
        return checks;
    const inWs = (rel) => (c.workingDirectory ? `${c.workingDirectory}/${rel}` : rel);
    if (f.copy) {
        const cp = f.copy;
        const git = cp.git === 'copied'
            ? ' including .git'
            : cp.git === 'excluded'
                ? ' without .git (copy_git: false)'
                : cp.git === 'link-file'
                    ? ' without .git (a worktree link file, which would lead outside the copy)'
                    : '';
        checks.push({
            id: 'replay/copy',
            status: 'passed',
            message: `each run started from a fresh copy of the workspace${git}: ${plural(cp.files, 'file')}, ${plural(cp.links, 'link')} inside it, ${plural(cp.skippedCount, 'entry', 'entries')} left out`
        });
        for (const s of cp.skipped) {
            checks.push({
                id: `replay/copy/${s.path}`,
                status: 'unverified',
                message: `${s.path}: ${s.detail}; it was left out of the copies, so the replay ran without it`,
                location: { file: s.path },
                remediation: s.reason === 'link-out'
                    ? 'commit the files the link points to, or create the link in the build command itself'
                    : s.reason === 'special-file'
                        ? 'remove the special file from the workspace before the gate runs'
                        : 'make the file readable by the user running the gate',
                unlock: 'a workspace whose files are all readable and stay inside it'
            });
        }
        if (cp.skippedCount > cp.skipped.length) {
            checks.push({
                id: 'replay/copy/more',
                status: 'unverified',
                message: `${cp.skippedCount - cp.skipped.length} more entries were left out of the copies`,
                remediation: 'see the entries listed above; the same remedies apply',
                unlock: 'a workspace whose files are all readable and stay inside it'
            });
        }
    }
    if (f.setupError !== undefined) {
        checks.push({
            id: 'replay/setup',
            status: 'unverified',
            message: `the replay could not run: ${f.setupError}`,
            remediation: 'give the gate a writable temporary folder with room for copies of the workspace (RUNNER_TEMP or TMPDIR)',
            unlock: 'a writable temporary folder (RUNNER_TEMP or TMPDIR) with room for the workspace'
        });
    }
    const epoch = f.sourceDateEpoch;
    const epochNote = epoch ? ` with SOURCE_DATE_EPOCH=${epoch.value} (from ${epoch.from})` : '';
    for (const r of f.runs)
        checks.push(judgeRun(r, c.command, c.timeoutSeconds, epochNote));
    for (const r of f.runs) {
        for (const u of r.outputs.unreadable) {
            checks.push({
                id: `replay/unreadable/${u.path}/run-${r.run}`,
                status: 'failed',
                message: `${inWs(u.path)} matches the outputs but ${u.detail} after run ${r.run}, so it could not be hashed`,
                location: { file: inWs(u.path) },
                remediation: 'make the build write regular files inside the working directory, or narrow checks.replay-determinism.outputs'
            });
        }
        if (r.outputs.truncated) {
            checks.push({
                id: `replay/outputs/run-${r.run}`,
                status: 'failed',
                message: `run ${r.run}: the outputs globs matched more files than can be compared; the rest were not hashed`,
                remediation: `narrow checks.replay-determinism.outputs in ${SETTINGS_HINT}`
            });
        }
    }
    if (f.setupError !== undefined || f.runs.length < c.runs)
        return checks;
    const anyMatched = f.runs.some((r) => Object.keys(r.outputs.digests).length > 0);
    if (!anyMatched) {
        checks.push({
            id: 'replay/outputs',
            status: 'failed',
            message: `the outputs globs matched nothing (${c.outputs.join(', ')} in ${c.workingDirectory || 'the repository root'}) in any of ${plural(f.runs.length, 'run')}`,
            remediation: `check that the command writes its outputs there, or fix checks.replay-determinism.outputs in ${SETTINGS_HINT} (globs are relative to working_directory)`
        });
        return checks;
    }
    const ok = f.runs.filter((r) => r.exitCode === 0 && !r.timedOut && r.error === undefined);
    if (ok.length < 2) {
        checks.push({
            id: 'replay/identical',
            status: 'failed',
            message: `outputs were not compared: only ${ok.length} of ${plural(f.runs.length, 'run')} succeeded, and a comparison needs two`,
            remediation: 'make the command succeed in a clean copy of the repository (see the failed runs)'
        });
        return checks;
    }
    const cmp = compareOutputs(ok);
    const runsNote = ok.length < f.runs.length ? ` (the ${ok.length} runs that succeeded)` : '';
    let listed = 0;
    for (const d of cmp.differing) {
        if (listed++ >= MAX_LISTED_DIFFERENCES)
            break;
        checks.push({
            id: `replay/differs/${inWs(d.path)}`,
            status: 'failed',
            message: `${inWs(d.path)} differs between runs: ${Object.entries(d.digests)
                .map(([run, digest]) => `${run.replace('-', ' ')} ${digest}`)
                .join(', ')}`,
            location: { file: inWs(d.path) },
            remediation: 'make the build reproducible: derive times from SOURCE_DATE_EPOCH, sort file lists, avoid random ids and absolute paths (see reproducible-builds.org/docs)',
            observed: d.digests
        });
    }
    for (const m of cmp.missing) {
        if (listed++ >= MAX_LISTED_DIFFERENCES)
            break;
        checks.push({
            id: `replay/missing/${inWs(m.path)}`,
            status: 'failed',
            message: `${inWs(m.path)} was written by run ${m.presentIn.join(', ')} but is missing after run ${m.missingIn.join(', ')}`,
            location: { file: inWs(m.path) },
            remediation: 'make the build write the same set of files every time (no output that depends on state left outside the workspace, time or chance)',
            observed: { present_in: m.presentIn, missing_in: m.missingIn }
        });
    }
    const problems = cmp.differing.length + cmp.missing.length;
    const more = problems > MAX_LISTED_DIFFERENCES ? ` (the first ${MAX_LISTED_DIFFERENCES} are listed)` : '';
    checks.push({
        id: 'replay/identical',
        status: problems === 0 ? 'passed' : 'failed',
        message: problems === 0
            ? `${plural(cmp.identical, 'output')} identical across ${plural(ok.length, 'run')}${runsNote}`
            : `${plural(cmp.differing.length, 'output')} differ and ${plural(cmp.missing.length, 'output')} are missing in some run, ${cmp.identical} identical, across ${plural(ok.length, 'run')}${runsNote}${more}`,
        ...(problems > 0
            ? {
                remediation: 'fix the outputs listed as differing or missing; rerun `gonogo check replay-determinism` locally to confirm'
            }
            : {}),
        observed: {
            identical: cmp.identical,
            differing: cmp.differing.length,
            missing: cmp.missing.length
        }
    });
    return checks;
}
function judgeRun(r, command, timeout, epochNote) {
    const id = `replay/run-${r.run}`;
    const tail = r.stderrTail.trim();
    const stderr = tail ? `; stderr ends with: ${tail.slice(-500)}` : '';
    const observed = {
        exit_code: r.exitCode,
        signal: r.signal,
        timed_out: r.timedOut,
        outputs: Object.keys(r.outputs.digests).length
    };
    if (r.error !== undefined) {
        return {
            id,
            status: 'unverified',
            message: `run ${r.run}: /bin/sh could not be started: ${r.error}`,
            remediation: 'run the gate on a runner with a POSIX shell at /bin/sh (ubuntu or macos)',
            unlock: '/bin/sh',
            observed
        };
    }
    if (r.timedOut) {
        return {
            id,
            status: 'failed',
            message: `run ${r.run}: \`${command}\` timed out after ${timeout} s and its process group was killed${stderr}`,
            remediation: 'raise checks.replay-determinism.timeout_seconds, or make the build finish without network waits or prompts',
            observed
        };
    }
    if (r.exitCode !== 0) {
        const how = r.exitCode === null ? `was killed by ${r.signal ?? 'a signal'}` : `exited ${r.exitCode}`;
        return {
            id,
            status: 'failed',
            message: `run ${r.run}: \`${command}\` ${how} in a fresh copy of the workspace${stderr}`,
            remediation: 'make the command succeed from a clean checkout (TZ=UTC, LC_ALL=C, SOURCE_DATE_EPOCH set); it must not rely on files outside the repository',
            observed
        };
    }
    return {
        id,
        status: 'passed',
        message: `run ${r.run}: \`${command}\` exited 0${epochNote}; ${plural(observed.outputs, 'output')} hashed`,
        observed
    };
}

;// CONCATENATED MODULE: ./src/checks/replay-determinism/run.ts



const CONTROL = 'replay-determinism';
/** Runs the declared build several times in fresh copies and compares the outputs' hashes. */
const runReplayDeterminism = async (ctx) => {
    const facts = await gatherReplay({
        facts: ctx.facts,
        settings: ctx.settings,
        effectiveTime: ctx.effectiveTime,
        log: ctx.log
    });
    return (0,report/* makeReport */.d)({
        control: CONTROL,
        subject: ctx.subject,
        generatedAt: new Date(ctx.effectiveTime).toISOString(),
        generator: CONTROL,
        checks: judgeReplay(facts),
        facts: reportFacts(facts)
    });
};
/** What the report records of the replay: the settings used, each run, the comparison's size. */
function reportFacts(f) {
    if (f.config === undefined)
        return undefined;
    const c = f.config;
    const ok = f.runs.filter((r) => r.exitCode === 0 && !r.timedOut && r.error === undefined);
    const cmp = ok.length >= 2 ? compareOutputs(ok) : undefined;
    return {
        command: c.command,
        working_directory: c.workingDirectory || '.',
        outputs: c.outputs,
        runs: c.runs,
        timeout_seconds: c.timeoutSeconds,
        ...(f.sourceDateEpoch ? { source_date_epoch: f.sourceDateEpoch } : {}),
        ...(f.copy
            ? {
                copy: {
                    files: f.copy.files,
                    links: f.copy.links,
                    bytes: f.copy.bytes,
                    skipped: f.copy.skippedCount,
                    git: f.copy.git
                }
            }
            : {}),
        results: f.runs.map((r) => ({
            run: r.run,
            exit_code: r.exitCode,
            signal: r.signal,
            timed_out: r.timedOut,
            outputs: Object.keys(r.outputs.digests).length
        })),
        ...(cmp
            ? {
                compared: {
                    identical: cmp.identical,
                    differing: cmp.differing.length,
                    missing: cmp.missing.length
                }
            }
            : {})
    };
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
