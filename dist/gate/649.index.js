export const id = 649;
export const ids = [649];
export const modules = {

/***/ 9649:
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
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/checks/replay-determinism/copy-workspace.ts



const MAX_SKIPPED_LISTED = 100;
const COPY_CONCURRENCY = 32;
/**
 * Copies the workspace into `dest` without ever leaving it: a symbolic link is recreated (as a
 * relative link inside the copy) only when it resolves inside the workspace; a link that leads
 * out, a FIFO, a socket or a device is skipped and listed. File modes and modification times are
 * kept; on copy-on-write file systems files are reflinked.
 */
async function copyWorkspace(root, dest, opts) {
    const realRoot = await (0,promises_.realpath)(root);
    const facts = {
        files: 0,
        bytes: 0,
        links: 0,
        skipped: [],
        skippedCount: 0,
        git: 'absent'
    };
    const skipped = [];
    const skip = (e) => {
        skipped.push(e);
    };
    const files = [];
    const links = [];
    const walk = async (rel) => {
        const srcDir = external_node_path_default().join(realRoot, rel);
        const dstDir = external_node_path_default().join(dest, rel);
        await (0,promises_.mkdir)(dstDir, { recursive: true });
        let entries;
        try {
            entries = await (0,promises_.readdir)(srcDir, { withFileTypes: true });
        }
        catch (e) {
            skip({ path: rel || '.', reason: 'unreadable', detail: code(e) });
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
            const src = external_node_path_default().join(srcDir, e.name);
            const dst = external_node_path_default().join(dstDir, e.name);
            if (rel === '' && e.name === '.git') {
                if (!e.isDirectory()) {
                    facts.git = 'link-file';
                    continue;
                }
                if (!opts.copyGit) {
                    facts.git = 'excluded';
                    continue;
                }
                facts.git = 'copied';
            }
            if (e.isDirectory()) {
                await walk(childRel);
            }
            else if (e.isFile()) {
                try {
                    const st = await (0,promises_.lstat)(src);
                    files.push({ src, dst, rel: childRel, size: st.size, atime: st.atime, mtime: st.mtime });
                }
                catch (err) {
                    skip({ path: childRel, reason: 'unreadable', detail: code(err) });
                }
            }
            else if (e.isSymbolicLink()) {
                const target = await linkInside(realRoot, src);
                if (target === undefined) {
                    let raw = '';
                    try {
                        raw = await (0,promises_.readlink)(src);
                    }
                    catch {
                        raw = '?';
                    }
                    skip({
                        path: childRel,
                        reason: 'link-out',
                        detail: `symbolic link to ${raw} leads outside the workspace`
                    });
                }
                else {
                    links.push({
                        dst,
                        target: external_node_path_default().relative(external_node_path_default().dirname(dst), external_node_path_default().join(dest, target)) || '.'
                    });
                }
            }
            else {
                skip({
                    path: childRel,
                    reason: 'special-file',
                    detail: 'not a regular file, folder or link (a FIFO, socket or device)'
                });
            }
        }
    };
    await walk('');
    let next = 0;
    const worker = async () => {
        while (next < files.length) {
            const f = files[next++];
            if (f === undefined)
                return;
            try {
                await (0,promises_.copyFile)(f.src, f.dst, external_node_fs_.constants.COPYFILE_FICLONE);
                await (0,promises_.utimes)(f.dst, f.atime, f.mtime);
                facts.files++;
                facts.bytes += f.size;
            }
            catch (err) {
                skip({ path: f.rel, reason: 'unreadable', detail: code(err) });
            }
        }
    };
    await Promise.all(Array.from({ length: COPY_CONCURRENCY }, () => worker()));
    for (const l of links) {
        await (0,promises_.symlink)(l.target, l.dst);
        facts.links++;
    }
    skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    facts.skipped = skipped.slice(0, MAX_SKIPPED_LISTED);
    facts.skippedCount = skipped.length;
    return facts;
}
/**
 * Where a link leads, relative to the workspace, when it stays inside; undefined when it leads
 * out. A dangling link is judged by its text alone.
 */
async function linkInside(realRoot, linkPath) {
    let resolved;
    try {
        resolved = await (0,promises_.realpath)(linkPath);
    }
    catch {
        try {
            resolved = external_node_path_default().resolve(external_node_path_default().dirname(linkPath), await (0,promises_.readlink)(linkPath));
        }
        catch {
            return undefined;
        }
    }
    const rel = external_node_path_default().relative(realRoot, resolved);
    if (rel === '..' || rel.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(rel))
        return undefined;
    return rel;
}
function code(e) {
    return `cannot be read (${e.code ?? 'error'})`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/checks/replay-determinism/hash-outputs.ts





const MAX_OUTPUTS = 100_000;
const SKIP_DIRS = new Set(['.git', 'node_modules']);
/**
 * Hashes every file under `dir` that matches one of `globs` (dot files included). The walk
 * starts at each glob's fixed prefix, skips `.git` and `node_modules` below it, and never
 * follows a symbolic link: a link output is compared by its target text.
 */
async function hashOutputs(dir, globs) {
    const isMatch = picomatch_default()([...globs], { dot: true });
    const matched = new Set();
    let truncated = false;
    const special = [];
    let realDir;
    try {
        realDir = await (0,promises_.realpath)(dir);
    }
    catch {
        // The build removed or renamed its own working folder: nothing to hash, which fails the check.
        return {
            digests: {},
            truncated: false,
            unreadable: [{ path: '.', detail: 'the working folder is gone after the run' }]
        };
    }
    const bases = [
        ...new Set(globs.map((g) => {
            const scan = picomatch_default().scan(g);
            return scan.isGlob ? scan.base : g;
        }))
    ].sort();
    const walk = async (rel) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(external_node_path_default().join(dir, rel), { withFileTypes: true });
        }
        catch {
            // A base that is a file (a glob without wildcards) or does not exist.
            if (rel !== '' && isMatch(rel))
                matched.add(rel);
            return;
        }
        for (const e of entries) {
            if (truncated)
                return;
            const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
            if (e.isDirectory()) {
                if (!SKIP_DIRS.has(e.name))
                    await walk(childRel);
            }
            else if (isMatch(childRel)) {
                if (!e.isFile() && !e.isSymbolicLink()) {
                    special.push({ path: childRel, detail: 'not a regular file (a FIFO, socket or device)' });
                    continue;
                }
                if (matched.size >= MAX_OUTPUTS) {
                    truncated = true;
                    return;
                }
                matched.add(childRel);
            }
        }
    };
    for (const b of bases) {
        const rel = b === '.' ? '' : b.replace(/\/+$/, '');
        if (rel !== '' && !(await staysInside(realDir, external_node_path_default().join(dir, rel)))) {
            special.push({
                path: rel,
                detail: 'a symbolic link that leads outside the working directory'
            });
            continue;
        }
        await walk(rel);
    }
    const digests = {};
    const unreadable = [...special];
    for (const rel of [...matched].sort()) {
        const r = await digestOf(external_node_path_default().join(dir, rel));
        if (r.ok)
            digests[rel] = r.digest;
        else if (r.detail !== 'missing')
            unreadable.push({ path: rel, detail: r.detail });
    }
    unreadable.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { digests, unreadable, truncated };
}
/** False when `abs` exists but resolves outside `realDir` (through a link the command made). */
async function staysInside(realDir, abs) {
    try {
        const rel = external_node_path_default().relative(realDir, await (0,promises_.realpath)(abs));
        return rel !== '..' && !rel.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(rel);
    }
    catch {
        return true;
    }
}
async function digestOf(abs) {
    try {
        const st = await (0,promises_.lstat)(abs);
        if (st.isSymbolicLink())
            return { ok: true, digest: `link:${await (0,promises_.readlink)(abs)}` };
        if (!st.isFile())
            return { ok: false, detail: 'not a regular file' };
    }
    catch (e) {
        const c = e.code;
        if (c === 'ENOENT')
            return { ok: false, detail: 'missing' };
        return { ok: false, detail: `cannot be read (${c ?? 'error'})` };
    }
    return new Promise((resolve) => {
        const h = (0,external_node_crypto_.createHash)('sha256');
        const s = (0,external_node_fs_.createReadStream)(abs);
        s.on('data', (chunk) => h.update(chunk));
        s.on('error', (e) => resolve({ ok: false, detail: `cannot be read (${e.code ?? 'error'})` }));
        s.on('end', () => resolve({ ok: true, digest: `sha256:${h.digest('hex')}` }));
    });
}

;// CONCATENATED MODULE: ./src/checks/replay-determinism/run-command.ts

const STDERR_TAIL_BYTES = 4096;
/** How long to wait for pipes to close after the process group is gone. */
const DRAIN_MS = 2000;
/**
 * Runs `command` with `/bin/sh -c` in its own process group. On timeout the whole group is killed
 * (SIGKILL); after a normal exit, whatever the command left running in its group is killed too,
 * so nothing keeps writing outputs while they are hashed.
 */
function runCommand(o) {
    return new Promise((resolve) => {
        let tail = Buffer.alloc(0);
        let timedOut = false;
        let settled = false;
        const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', o.command], {
            cwd: o.cwd,
            env: o.env,
            detached: true,
            stdio: ['ignore', 'ignore', 'pipe']
        });
        const killGroup = () => {
            if (child.pid === undefined)
                return;
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                // The group is already gone.
            }
        };
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup();
        }, o.timeoutMs);
        child.stderr?.on('data', (chunk) => {
            tail = Buffer.concat([tail, chunk]);
            if (tail.length > STDERR_TAIL_BYTES * 2)
                tail = tail.subarray(tail.length - STDERR_TAIL_BYTES);
        });
        const finish = (r) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            const t = tail.subarray(Math.max(0, tail.length - STDERR_TAIL_BYTES)).toString('utf8');
            resolve({ ...r, timedOut, stderrTail: t });
        };
        child.on('error', (e) => {
            finish({ exitCode: null, signal: null, error: e.message });
        });
        child.on('exit', (code, signal) => {
            killGroup();
            // A grandchild that left the group may still hold stderr open: do not wait for it forever.
            const drain = setTimeout(() => {
                child.stderr?.destroy();
                finish({ exitCode: code, signal });
            }, DRAIN_MS);
            child.on('close', () => {
                clearTimeout(drain);
                finish({ exitCode: code, signal });
            });
        });
    });
}

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









const execFileP = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const GIT_TIMEOUT_MS = 10_000;
/** Variables through which a step writes to the workflow; a replay must not touch them. */
const WORKFLOW_FILE_VARIABLES = [
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STEP_SUMMARY',
    'GITHUB_STATE'
];
/**
 * Replays the command: for each run, a fresh copy of the workspace at the same temporary path
 * (so absolute paths embedded by a build agree between runs), the command with a pinned
 * environment and a timeout, the outputs hashed, the copy removed.
 */
async function gatherReplay(o) {
    const resolved = resolveSettings(o.settings);
    if (!resolved.ok)
        return { problems: resolved.problems, runs: [] };
    const config = resolved.config;
    const wdProblem = await checkWorkingDirectory(o.ws, config.workingDirectory);
    if (wdProblem)
        return { problems: [wdProblem], config, runs: [] };
    const sourceDateEpoch = await pickSourceDateEpoch(o.ws.root, config, o.effectiveTime);
    // The command comes from the repository (a PR can change it): it gets no credentials. Tokens,
    // action inputs and the runner's internal channels are removed; `env:` in the settings can
    // still pass what a build really needs.
    const env = {
        ...withoutSecrets(process.env),
        TZ: 'UTC',
        LC_ALL: 'C',
        ...config.env
    };
    for (const k of WORKFLOW_FILE_VARIABLES)
        delete env[k];
    env.SOURCE_DATE_EPOCH = String(sourceDateEpoch.value);
    const facts = { problems: [], config, sourceDateEpoch, runs: [] };
    let base;
    try {
        base = await (0,promises_.mkdtemp)(external_node_path_default().join(o.tempRoot ?? process.env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), 'gonogo-replay-'));
    }
    catch (e) {
        facts.setupError = `cannot create a temporary folder: ${e.message}`;
        return facts;
    }
    try {
        const copyDir = external_node_path_default().join(base, 'workspace');
        for (let run = 1; run <= config.runs; run++) {
            o.log(`replay-determinism: run ${run} of ${config.runs}: ${config.command}`);
            let copy;
            try {
                copy = await copyWorkspace(o.ws.root, copyDir, { copyGit: config.copyGit });
            }
            catch (e) {
                facts.setupError = `cannot copy the workspace: ${e.message.split(base).join('<tmp>')}`;
                return facts;
            }
            facts.copy ??= copy;
            const cwd = external_node_path_default().join(copyDir, config.workingDirectory);
            const outcome = await runCommand({
                command: config.command,
                cwd,
                env,
                timeoutMs: config.timeoutSeconds * 1000
            });
            const outputs = await hashOutputs(cwd, config.outputs);
            // The temp path differs on every run: keep it out of the report (determinism).
            const scrub = (t) => t.split(copyDir).join('<copy>').split(base).join('<tmp>');
            facts.runs.push({ run, ...outcome, stderrTail: scrub(outcome.stderrTail), outputs });
            await removeTree(copyDir);
            if (await exists(copyDir)) {
                facts.setupError = `cannot remove the copy of run ${run}, so the next run would not start fresh`;
                return facts;
            }
        }
    }
    finally {
        await removeTree(base);
    }
    return facts;
}
async function checkWorkingDirectory(ws, wd) {
    if (wd === '')
        return undefined;
    const problem = (why) => ({
        id: 'replay/configuration/working_directory',
        message: `working_directory ${wd} ${why}`,
        remediation: 'set checks.replay-determinism.working_directory to a folder of the repository (relative to its root)'
    });
    try {
        const realRoot = await (0,promises_.realpath)(ws.root);
        const real = await (0,promises_.realpath)(external_node_path_default().join(ws.root, wd));
        const rel = external_node_path_default().relative(realRoot, real);
        if (rel === '..' || rel.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(rel))
            return problem('is a symbolic link that leads outside the workspace');
        if (!(await (0,promises_.stat)(real)).isDirectory())
            return problem('is not a folder');
    }
    catch {
        return problem('does not exist in the workspace');
    }
    return undefined;
}
async function pickSourceDateEpoch(root, config, effectiveTime) {
    if (config.sourceDateEpoch !== undefined)
        return { value: config.sourceDateEpoch, from: 'settings' };
    try {
        const { stdout } = await execFileP('git', ['log', '-1', '--format=%ct', 'HEAD'], {
            cwd: root,
            timeout: GIT_TIMEOUT_MS
        });
        const t = Number(stdout.trim());
        if (Number.isInteger(t) && t >= 0 && stdout.trim() !== '')
            return { value: t, from: 'git-head' };
    }
    catch {
        // Not a git repository, or git is missing: fall back to the effective time.
    }
    return { value: Math.floor(effectiveTime / 1000), from: 'effective-time' };
}
/** Removes a folder a build wrote, even where it left read-only folders behind. */
async function removeTree(dir) {
    try {
        await (0,promises_.rm)(dir, { recursive: true, force: true, maxRetries: 2 });
        return;
    }
    catch {
        await makeWritable(dir);
    }
    await (0,promises_.rm)(dir, { recursive: true, force: true, maxRetries: 2 }).catch(() => undefined);
}
async function makeWritable(dir) {
    try {
        await (0,promises_.chmod)(dir, 0o700);
        for (const e of await (0,promises_.readdir)(dir, { withFileTypes: true }))
            if (e.isDirectory())
                await makeWritable(external_node_path_default().join(dir, e.name));
    }
    catch {
        // Best effort.
    }
}
async function exists(p) {
    try {
        await (0,promises_.stat)(p);
        return true;
    }
    catch {
        return false;
    }
}
const SECRET_NAMES = /^(INPUT_|ACTIONS_)|TOKEN|SECRET|PASSWORD|PRIVATE_KEY|CREDENTIAL/i;
/** The environment minus anything that looks like a credential or an action input. */
function withoutSecrets(env) {
    return Object.fromEntries(Object.entries(env).filter(([k]) => !SECRET_NAMES.test(k)));
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
        ws: ctx.ws,
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
