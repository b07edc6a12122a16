export const id = 8667;
export const ids = [8667,2886,7903,9389];
export const modules = {

/***/ 6538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ loadBuiltin)
/* harmony export */ });
/* unused harmony export BUILTIN_REGISTRY */
const BUILTIN_REGISTRY = {
    'policy-bundle': async () => (await __webpack_require__.e(/* import() */ 6922).then(__webpack_require__.bind(__webpack_require__, 6922))).runPolicyBundle,
    'policy-freshness': async () => (await Promise.all(/* import() */[__webpack_require__.e(2657), __webpack_require__.e(897), __webpack_require__.e(2040), __webpack_require__.e(9539)]).then(__webpack_require__.bind(__webpack_require__, 9539))).runPolicyFreshness,
    'workflow-lint': async () => (await Promise.all(/* import() */[__webpack_require__.e(2657), __webpack_require__.e(4240), __webpack_require__.e(897), __webpack_require__.e(1325)]).then(__webpack_require__.bind(__webpack_require__, 1325))).runWorkflowLint,
    'replay-determinism': async () => (await __webpack_require__.e(/* import() */ 4674).then(__webpack_require__.bind(__webpack_require__, 4674))).runReplayDeterminism,
    'provenance-coverage': async () => (await __webpack_require__.e(/* import() */ 675).then(__webpack_require__.bind(__webpack_require__, 675))).runProvenanceCoverage,
    'ci-trend': async () => (await __webpack_require__.e(/* import() */ 2228).then(__webpack_require__.bind(__webpack_require__, 2228))).runCiTrend,
    'rollback-drill': async () => (await __webpack_require__.e(/* import() */ 8951).then(__webpack_require__.bind(__webpack_require__, 8951))).runRollbackDrill,
    incidents: async () => (await Promise.all(/* import() */[__webpack_require__.e(5125), __webpack_require__.e(5496)]).then(__webpack_require__.bind(__webpack_require__, 5496))).runIncidents
};
/** The import of the check loaded last (see loadBuiltin). */
let loading = Promise.resolve();
/**
 * The check named `name`, its module loaded on demand so the gate pays start-up only for the
 * checks it runs. `name` is a {@link BuiltinName} (callers validate user input first with
 * `isBuiltinName`); a failed import rejects with the module loader's error.
 */
async function loadBuiltin(name) {
    // Loaded one after another (the checks still run together): two checks' modules share the
    // workflow model, and a module graph is linked once, not by two imports racing (Jest's VM
    // modules refuse the second: "can not be resolved on module … that is not linked").
    const load = loading.then(() => BUILTIN_REGISTRY[name]());
    loading = load.catch(() => undefined);
    return load;
}


/***/ }),

/***/ 9389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ DEPLOYMENTS_READ_UNLOCK),
/* harmony export */   Eo: () => (/* binding */ MAX_SKIPPED_LISTED),
/* harmony export */   M6: () => (/* binding */ ACTIONS_READ_UNLOCK),
/* harmony export */   MV: () => (/* binding */ MAX_OUTPUTS),
/* harmony export */   Ps: () => (/* binding */ ISSUES_READ_UNLOCK),
/* harmony export */   _f: () => (/* binding */ DEPLOYMENTS_READ_PERMISSION),
/* harmony export */   g1: () => (/* binding */ STDERR_TAIL_BYTES),
/* harmony export */   ol: () => (/* binding */ ISSUES_READ_PERMISSION),
/* harmony export */   w2: () => (/* binding */ TOOL_MAX_OUTPUT_BYTES)
/* harmony export */ });
/**
 * Child processes and the Actions API, as built-in checks use them (see core/facts.ts).
 *
 * Implemented over the real machine by io/processes.ts (with io/replay-sandbox.ts) and over the
 * REST API by github/actions-history.ts; scripted in memory by __tests__/support/facts-runtime.ts.
 * No operation here throws for a failure of the outside world: a missing interpreter, a time-out,
 * an unreadable copy or an API error is a value the check judges. Times are milliseconds unless a
 * name says seconds; paths handed back are opaque strings the check only passes on or scrubs.
 *
 * Where the line is: the facts run things and read what they left (exit status, bounded output,
 * file digests, API records); the checks decide what to run, with which pinned environment, and
 * what the observations mean.
 */
/** Bytes of stdout (and, separately, stderr) a tool may write before it is killed: 4 MiB. */
const TOOL_MAX_OUTPUT_BYTES = 4 * 1024 * 1024;
/** Skipped entries listed one by one in {@link CopyFacts.skipped}. */
const MAX_SKIPPED_LISTED = 100;
/** Bytes of standard error kept in {@link CommandOutcome.stderrTail}. */
const STDERR_TAIL_BYTES = 4096;
/** Output files hashed per run, at most. */
const MAX_OUTPUTS = 100_000;
// ------------------------------------------------------------------------------------------------
// The Actions API (ci-trend)
/** The unlock for Actions API answers a token may not read. */
const ACTIONS_READ_UNLOCK = 'a token with "actions: read" (add `permissions: { actions: read }` to the job)';
// ------------------------------------------------------------------------------------------------
// Promotion history (rollback-drill)
/** The permission that reads GitHub deployments, as messages name it. */
const DEPLOYMENTS_READ_PERMISSION = 'deployments: read';
/** The unlock for a deployment history a token may not read. */
const DEPLOYMENTS_READ_UNLOCK = `a token with "${DEPLOYMENTS_READ_PERMISSION}" (add \`permissions: { deployments: read }\` to the job)`;
// ------------------------------------------------------------------------------------------------
// Incident history (the incidents built-in, issue 18)
/** The permission that reads the incident issues, as messages name it. */
const ISSUES_READ_PERMISSION = 'issues: read';
/** The unlock for incident issues a token may not read. */
const ISSUES_READ_UNLOCK = `a token with "${ISSUES_READ_PERMISSION}" (add \`permissions: { issues: read }\` to the job)`;


/***/ }),

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

/***/ 3476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ createCheckFacts)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/io/atomic-write.ts
var atomic_write = __webpack_require__(7869);
;// CONCATENATED MODULE: ./src/io/git-history.ts

/**
 * The git commands the built-in checks run in the workspace (the {@link GitHistory} facts), each
 * with a time limit. Every failure comes back as a value (`ok: false` with why), never as an
 * exception.
 */
const GIT_TIMEOUT_MS = 60_000;
const MAX_GIT_OUTPUT = 64 * 1024 * 1024;
const env = () => ({
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C'
});
function git(cwd, args, timeoutMs = GIT_TIMEOUT_MS) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, timeout: timeoutMs, maxBuffer: MAX_GIT_OUTPUT, env: env(), encoding: 'utf8' }, (err, stdout, stderr) => {
            if (!err)
                return resolve({ ok: true, stdout });
            const e = err;
            if (e.code === 'ENOENT')
                return resolve({ ok: false, reason: 'no-git', message: 'git is not on PATH' });
            if (e.killed || e.signal === 'SIGTERM')
                return resolve({
                    ok: false,
                    reason: 'timeout',
                    message: `git ${args[0] ?? ''} did not finish within ${Math.round(timeoutMs / 1000)} s`
                });
            const first = stderr.trim().split('\n')[0] ?? '';
            resolve({
                ok: false,
                reason: 'failed',
                message: `git ${args[0] ?? ''} failed${first ? `: ${first.slice(0, 200)}` : ''}`
            });
        });
    });
}
/** Whether the workspace is a git checkout, where it sits in it, and whether history is cut. */
async function repoState(cwd, timeoutMs = GIT_TIMEOUT_MS) {
    const inside = await git(cwd, ['rev-parse', '--is-inside-work-tree', '--show-prefix'], timeoutMs);
    if (!inside.ok) {
        if (inside.reason === 'no-git' || inside.reason === 'timeout')
            return { ok: false, reason: inside.reason, message: inside.message };
        return { ok: false, reason: 'not-a-repo', message: 'the workspace is not a git checkout' };
    }
    const [flag, prefix] = inside.stdout.split('\n');
    if (flag?.trim() !== 'true')
        return { ok: false, reason: 'not-a-repo', message: 'the workspace is not a git work tree' };
    const shallow = await git(cwd, ['rev-parse', '--is-shallow-repository'], timeoutMs);
    return {
        ok: true,
        prefix: (prefix ?? '').trim(),
        // When git cannot say, assume shallow: a shallow boundary is never taken for a real change.
        shallow: !shallow.ok || shallow.stdout.trim() === 'true'
    };
}
/** The first of `candidates` that names a commit, with its id. */
async function resolveCommit(cwd, candidates, timeoutMs = GIT_TIMEOUT_MS) {
    for (const ref of candidates) {
        if (ref.startsWith('-'))
            continue;
        const r = await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], timeoutMs);
        if (r.ok && r.stdout.trim() !== '')
            return { ref, sha: r.stdout.trim() };
    }
    return undefined;
}
/**
 * The contents of `paths` (repository-relative) at `commit`, through one `git cat-file --batch`:
 * a Buffer per path, or undefined where the path did not exist at that commit.
 */
function readAtCommit(cwd, commit, paths, timeoutMs = GIT_TIMEOUT_MS) {
    return new Promise((resolve) => {
        const files = new Map();
        const wanted = paths.filter((p) => !p.includes('\n'));
        if (wanted.length === 0)
            return resolve({ ok: true, files });
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], { cwd, env: env() });
        const chunks = [];
        let size = 0;
        let settled = false;
        const finish = (r) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve(r);
        };
        const timer = setTimeout(() => {
            child.kill();
            finish({
                ok: false,
                message: `git cat-file did not finish within ${Math.round(timeoutMs / 1000)} s`
            });
        }, timeoutMs);
        child.on('error', (e) => finish({
            ok: false,
            message: e.code === 'ENOENT' ? 'git is not on PATH' : `git cat-file: ${e.message}`
        }));
        child.stdout.on('data', (d) => {
            size += d.length;
            if (size > MAX_GIT_OUTPUT * 4) {
                child.kill();
                finish({ ok: false, message: 'git cat-file output is too large' });
                return;
            }
            chunks.push(d);
        });
        child.stdin.on('error', () => {
            /* the child died; its exit is reported */
        });
        child.on('close', (code) => {
            if (code !== 0)
                return finish({ ok: false, message: `git cat-file exited with ${code}` });
            const out = Buffer.concat(chunks);
            let pos = 0;
            for (const p of wanted) {
                const nl = out.indexOf(10, pos);
                if (nl < 0)
                    return finish({ ok: false, message: 'git cat-file output ended early' });
                const header = out.subarray(pos, nl).toString('utf8');
                pos = nl + 1;
                const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
                if (!m) {
                    files.set(p, undefined);
                    continue;
                }
                const n = Number(m[2]);
                files.set(p, m[1] === 'blob' ? out.subarray(pos, pos + n) : undefined);
                pos += n + 1;
            }
            finish({ ok: true, files });
        });
        child.stdin.end(wanted.map((p) => `${commit}:${p}\n`).join(''));
    });
}
/**
 * The {@link GitHistory} facts over the git checkout at `cwd` (the workspace root): `git rev-parse`,
 * `merge-base`, `diff --name-status --no-renames --relative -z`, `cat-file --batch` and
 * `log -1 --format=%cI%x00%H%x00%P`, each within its time limit (default {@link GIT_TIMEOUT_MS}).
 */
function createGitHistory(cwd) {
    return {
        state: (timeoutMs = GIT_TIMEOUT_MS) => repoState(cwd, timeoutMs),
        resolveCommit: (candidates, timeoutMs = GIT_TIMEOUT_MS) => resolveCommit(cwd, candidates, timeoutMs),
        mergeBase: async (a, b, timeoutMs = GIT_TIMEOUT_MS) => {
            const r = await git(cwd, ['merge-base', a, b], timeoutMs);
            return r.ok ? { ok: true, sha: r.stdout.trim() } : r;
        },
        changedFiles: async (base, head, pathspec, timeoutMs = GIT_TIMEOUT_MS) => {
            const r = await git(cwd, ['diff', '--name-status', '--no-renames', '--relative', '-z', base, head, '--', pathspec], timeoutMs);
            if (!r.ok)
                return r;
            const changes = [];
            const parts = r.stdout.split('\0');
            for (let i = 0; i + 1 < parts.length; i += 2) {
                const st = parts[i] ?? '';
                const file = parts[i + 1] ?? '';
                changes.push({
                    file,
                    status: st.startsWith('A') ? 'added' : st.startsWith('D') ? 'deleted' : 'modified'
                });
            }
            return { ok: true, changes };
        },
        readAt: (commit, paths, timeoutMs = GIT_TIMEOUT_MS) => readAtCommit(cwd, commit, paths, timeoutMs),
        lastCommit: async (p, timeoutMs = GIT_TIMEOUT_MS) => {
            const r = await git(cwd, ['log', '-1', '--format=%cI%x00%H%x00%P', '--', p], timeoutMs);
            if (!r.ok)
                return r;
            const [date, sha, parents] = r.stdout.trim().split('\0');
            if (!date || !sha)
                return { ok: true };
            return {
                ok: true,
                commit: {
                    date,
                    sha,
                    parents: (parents ?? '')
                        .trim()
                        .split(' ')
                        .filter((x) => x !== '')
                }
            };
        }
    };
}

// EXTERNAL MODULE: ./src/io/workflows.ts
var workflows = __webpack_require__(2886);
// EXTERNAL MODULE: ./src/io/workspace.ts
var workspace = __webpack_require__(2645);
;// CONCATENATED MODULE: ./src/io/repo-facts.ts









/** Files up to this size are hashed from one read; larger ones are streamed. */
const WHOLE_READ_BYTES = 8 * 1024 * 1024;
/** The most `opa test` output kept (bytes). */
const MAX_OPA_OUTPUT = 256 * 1024 * 1024;
/**
 * The repository facts over a confined workspace (files) and git (history). Every path goes
 * through `Workspace` (`relative`, `confine`, `readText`, `glob`): this is the one place the
 * built-in checks' paths are confined to the checkout.
 */
function createRepoFacts(ws) {
    return { files: workspaceFiles(ws), git: createGitHistory(ws.root) };
}
/** {@link RepoFiles} over `ws`. */
function workspaceFiles(ws) {
    const kind = async (p) => {
        const rel = ws.relative(p);
        if (rel === undefined || external_node_path_default().isAbsolute(p))
            return { kind: 'outside' };
        const abs = await ws.confine(rel);
        if (abs === undefined)
            return { kind: 'link-out', rel };
        try {
            const st = await (0,promises_.stat)(abs);
            return { kind: st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other', rel };
        }
        catch {
            return { kind: 'missing', rel };
        }
    };
    return {
        relative: (p) => ws.relative(p),
        kind,
        readText: (p, maxBytes, limitName) => ws.readText(p, maxBytes, limitName),
        hasFile: (p) => ws.hasFile(p),
        glob: async (pattern, limit) => {
            try {
                return { ok: true, ...(await ws.glob(pattern, limit)) };
            }
            catch (e) {
                if (e instanceof workspace/* PathEscapeError */.ZU)
                    return { ok: false, message: e.message };
                throw e;
            }
        },
        workflows: async () => {
            const limits = { maxBytes: workflows/* MAX_WORKFLOW_BYTES */.lp, maxFiles: workflows/* MAX_WORKFLOW_FILES */.z };
            let listed;
            try {
                listed = await (0,workflows/* listWorkflows */.Dl)(ws);
            }
            catch {
                return { ok: false, ...limits };
            }
            const files = await (0,workflows/* readWorkflowFiles */.BV)(ws, listed.paths);
            return { ok: true, files, truncated: listed.truncated, ...limits };
        },
        hash: async (p) => {
            const k = await kind(p);
            return hashFile(ws, k);
        },
        writeOutput: (p, content) => writeOutput(ws, p, content),
        opaTest: (dir, opts) => opaTest(ws.root, dir, opts)
    };
}
async function hashFile(ws, k) {
    if (k.kind === 'outside' || k.kind === 'link-out')
        return { ok: false, error: 'is a symbolic link that leads outside the workspace' };
    if (k.kind === 'missing')
        return { ok: false, error: 'is a dangling symbolic link or was removed while being read' };
    const abs = external_node_path_default().join(ws.root, k.rel);
    let handle;
    try {
        handle = await (0,promises_.open)(abs, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (e) {
        return {
            ok: false,
            error: `cannot be opened (${e.code ?? 'error'})`
        };
    }
    try {
        const st = await handle.stat();
        if (!st.isFile())
            return { ok: false, error: 'is not a regular file' };
        if (st.size <= WHOLE_READ_BYTES) {
            const buf = await handle.readFile();
            return { ok: true, sha256: (0,external_node_crypto_.createHash)('sha256').update(buf).digest('hex'), size: buf.length };
        }
        const h = (0,external_node_crypto_.createHash)('sha256');
        let size = 0;
        for await (const chunk of handle.createReadStream({ autoClose: false })) {
            h.update(chunk);
            size += chunk.length;
        }
        return { ok: true, sha256: h.digest('hex'), size };
    }
    catch (e) {
        return { ok: false, error: `cannot be read (${e.code ?? 'error'})` };
    }
    finally {
        await handle.close();
    }
}
/** The output file's folder must stay inside (the nearest existing one resolves inside). */
async function writeOutput(ws, p, content) {
    const rel = ws.relative(p);
    if (rel === undefined || external_node_path_default().isAbsolute(p) || rel === '')
        return { ok: false, reason: 'outside' };
    const dir = external_node_path_default().posix.dirname(rel);
    if ((await ws.confine(dir)) === undefined)
        return { ok: false, reason: 'link-out', rel };
    const abs = external_node_path_default().join(ws.root, rel);
    try {
        await (0,atomic_write/* writeAllOrNothing */.P)(external_node_path_default().dirname(abs), [{ name: external_node_path_default().basename(abs), content }]);
    }
    catch (e) {
        return {
            ok: false,
            reason: 'failed',
            rel,
            code: e.code ?? e.message
        };
    }
    return { ok: true, rel };
}
/*
 * `opa test` is a command run over the repository's files. It lives here until the Processes
 * facts (core/facts-runtime.ts) offer a general command runner; then it can move there.
 */
function opaTest(cwd, dir, { opa, timeoutMs }) {
    const seconds = Math.round(timeoutMs / 1000);
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(opa, ['test', '--coverage', '--format=json', dir.startsWith('-') ? `./${dir}` : dir], { cwd, timeout: timeoutMs, maxBuffer: MAX_OPA_OUTPUT, encoding: 'utf8' }, (err, stdout, stderr) => {
            const e = err;
            if (e?.code === 'ENOENT')
                return resolve({ kind: 'missing' });
            if (e && (e.killed || e.signal === 'SIGTERM'))
                return resolve({ kind: 'timeout', seconds });
            const exitCode = e ? (typeof e.code === 'number' ? e.code : 1) : 0;
            resolve({ kind: 'ran', exitCode, stdout, stderr });
        });
    });
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/core/facts-runtime.ts
var facts_runtime = __webpack_require__(9389);
;// CONCATENATED MODULE: ./src/io/processes.ts
/**
 * The one place built-in checks' child processes are started: interpreters over text
 * (workflow-lint), the repository's build command in a process group (replay-determinism, through
 * io/replay-sandbox.ts) and the git read a replay needs. Implements `Processes` of
 * core/facts-runtime.ts.
 */





/** How long to wait for pipes to close after the process group is gone. */
const DRAIN_MS = 2000;
/** `git log` for the head commit time. */
const processes_GIT_TIMEOUT_MS = 10_000;
const SECRET_NAMES = /^(INPUT_|ACTIONS_)|TOKEN|SECRET|PASSWORD|PRIVATE_KEY|CREDENTIAL/i;
/** The environment minus anything that looks like a credential or an action input. */
function withoutSecrets(env) {
    return Object.fromEntries(Object.entries(env).filter(([k]) => !SECRET_NAMES.test(k)));
}
/**
 * Runs `command` with `/bin/sh -c` in its own process group. On timeout the whole group is killed
 * (SIGKILL); after a normal exit, whatever the command left running in its group is killed too,
 * so nothing keeps writing outputs while they are hashed. stdin and stdout are ignored; the last
 * {@link STDERR_TAIL_BYTES} bytes of stderr are kept. Never rejects.
 */
function runShellCommand(o) {
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
            if (tail.length > facts_runtime/* STDERR_TAIL_BYTES */.g1 * 2)
                tail = tail.subarray(tail.length - facts_runtime/* STDERR_TAIL_BYTES */.g1);
        });
        const finish = (r) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            const t = tail.subarray(Math.max(0, tail.length - facts_runtime/* STDERR_TAIL_BYTES */.g1)).toString('utf8');
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
/**
 * Runs a tool (no shell) from the OS temporary folder, never from the workspace: a PR could
 * otherwise plant `json.py` (Python puts the working directory on sys.path) and run code inside
 * the gate. Credentials and action inputs are removed from its environment. Never rejects.
 */
function runTool(command, args, o) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(command, [...args], {
            timeout: o.timeoutMs,
            killSignal: 'SIGKILL',
            maxBuffer: facts_runtime/* TOOL_MAX_OUTPUT_BYTES */.w2,
            encoding: 'utf8',
            cwd: external_node_os_default().tmpdir(),
            env: withoutSecrets(process.env)
        }, (error, stdout, stderr) => {
            const e = error;
            const exitCode = e ? (typeof e.code === 'number' ? e.code : null) : 0;
            const run = { exitCode, stdout, stderr };
            if (e) {
                if (e.code === 'ENOENT' || e.code === 'EACCES')
                    run.failure = { kind: 'missing' };
                else if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
                    run.failure = { kind: 'output-limit' };
                else if (e.killed)
                    run.failure = { kind: 'timeout' };
                else if (typeof e.code === 'string')
                    run.failure = { kind: 'failed', message: e.message };
            }
            resolve(run);
        });
    });
}
/** A private folder under the OS temporary folder for a tool's input files. */
async function openToolScratch() {
    let dir;
    try {
        dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'gonogo-workflow-lint-'));
    }
    catch (e) {
        return { error: `cannot create a temporary folder (${errno(e)})` };
    }
    return {
        write: async (name, text) => {
            if (name.includes('/') || name.includes('\\') || name === '' || name.startsWith('.'))
                return { error: `cannot write ${name} (not a plain file name)` };
            const file = external_node_path_default().join(dir, name);
            try {
                await (0,promises_.writeFile)(file, text, 'utf8');
                return { path: file };
            }
            catch (e) {
                return { error: `cannot write ${name} (${errno(e)})` };
            }
        },
        dispose: () => (0,promises_.rm)(dir, { recursive: true, force: true }).catch(() => undefined)
    };
}
/** `git log -1 --format=%ct HEAD` in `root`: seconds, or undefined (no git, no repository). */
async function headCommitTime(root) {
    const r = await new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['log', '-1', '--format=%ct', 'HEAD'], { cwd: root, timeout: processes_GIT_TIMEOUT_MS, encoding: 'utf8' }, (error, stdout) => resolve({ ok: error === null, stdout }));
    });
    if (!r.ok)
        return undefined;
    const text = r.stdout.trim();
    const t = Number(text);
    return Number.isInteger(t) && t >= 0 && text !== '' ? t : undefined;
}
function errno(e) {
    return e.code ?? (e instanceof Error ? e.message : 'error');
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/promotion.ts
var promotion = __webpack_require__(9918);
// EXTERNAL MODULE: ./src/io/local-state.ts
var local_state = __webpack_require__(995);
;// CONCATENATED MODULE: ./src/io/promotion-history.ts
/**
 * The promotion-history fact of `CheckFacts` (core/facts-runtime.ts `PromotionHistory`), over the
 * existing promotion stores: the CLI's state folder through `LocalStateStore` (io/local-state.ts),
 * confined to the workspace, with each record file's modification time as its completion; GitHub
 * deployments (io/deployment-history.ts, loaded on first use) with their `created_at` and their
 * first `success` status's `created_at`.
 */






/**
 * The promotion history readable from `ws` (the state folder) and, when `github` is given, from
 * the repository's deployments. Every answer is a value: a folder outside the workspace, an
 * unreadable folder or an API error is `ok: false` with what to do.
 */
function createPromotionHistory(ws, github) {
    let client;
    const sources = github ? ['deployments', 'local'] : ['local'];
    return {
        sources,
        read: async (q) => {
            if (!promotion/* ENVIRONMENT_NAME */.YR.test(q.environment)) {
                return {
                    ok: false,
                    source: q.source,
                    describe: q.source === 'local' ? q.folder : 'deployments',
                    reason: `'${q.environment}' is not an environment name`,
                    unlock: 'name environments as GitHub does (letters, digits, ., _ and -)'
                };
            }
            if (q.source === 'local')
                return readLocal(ws, q.folder, q.environment);
            if (!github) {
                return {
                    ok: false,
                    source: 'deployments',
                    describe: 'deployments',
                    reason: 'no GitHub token, so the deployments could not be read',
                    unlock: `${facts_runtime/* DEPLOYMENTS_READ_UNLOCK */.$5}; locally, set GITHUB_TOKEN and GITHUB_REPOSITORY`,
                    permission: 'deployments: read'
                };
            }
            try {
                const m = await Promise.all(/* import() */[__webpack_require__.e(1351), __webpack_require__.e(6720), __webpack_require__.e(5465)]).then(__webpack_require__.bind(__webpack_require__, 972));
                client ??= Promise.resolve(m.deploymentClient(github));
                return await m.readDeploymentHistory(await client, github, q.environment);
            }
            catch (e) {
                return {
                    ok: false,
                    source: 'deployments',
                    describe: `deployments of ${github.owner}/${github.repo}`,
                    reason: `the GitHub client could not be started (${(0,errors/* errorMessage */.gJ)(e)})`,
                    unlock: 're-run the job; if it persists, report it'
                };
            }
        }
    };
}
/**
 * The records of `environment` under the workspace folder `folder`, as `LocalStateStore` reads
 * them. The folder and the environment's folder must stay inside the workspace (links
 * included); a record file that is not a regular file (a symbolic link) breaks the history there.
 */
async function readLocal(ws, folder, environment) {
    const describe = ws.relative(folder) ?? folder;
    const fail = (reason, unlock) => ({
        ok: false,
        source: 'local',
        describe,
        reason,
        unlock
    });
    const root = await ws.confine(folder);
    const envDir = await ws.confine(`${describe}/${environment}`);
    if (root === undefined || envDir === undefined) {
        return fail(`${describe}/${environment} is outside the workspace (or a link leads out of it)`, 'point checks.rollback-drill.state at the state folder inside the repository');
    }
    let chain;
    try {
        chain = await new local_state/* LocalStateStore */.M(root, describe).history(environment);
    }
    catch (e) {
        // The store names absolute paths; reports name workspace paths (the same on every machine).
        return fail((0,errors/* errorMessage */.gJ)(e).split(root).join(describe), `make ${describe}/${environment} readable to the gate`);
    }
    const entries = [];
    for (const entry of chain) {
        const name = external_node_path_default().posix.basename(entry.where);
        let completedAt;
        let record = entry.record;
        try {
            const st = await (0,promises_.lstat)(external_node_path_default().join(envDir, name));
            if (st.isFile())
                completedAt = Math.trunc(st.mtimeMs);
            else
                record = { unreadable: 'not a regular file (a symbolic link?)' };
        }
        catch (e) {
            record = { unreadable: `cannot be read (${e.code ?? 'error'})` };
        }
        entries.push({
            where: entry.where,
            record,
            ...(completedAt !== undefined ? { completedAt } : {})
        });
    }
    return { ok: true, source: 'local', describe, entries };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/io/output-hashes.ts
/** Digests of a replay's outputs (moved from checks/replay-determinism). */






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
                if (matched.size >= facts_runtime/* MAX_OUTPUTS */.MV) {
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

;// CONCATENATED MODULE: ./src/io/workspace-copy.ts
/** Copies the workspace for a replay without ever leaving it (moved from checks/replay-determinism). */




/** Files copied at once. */
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
    facts.skipped = skipped.slice(0, facts_runtime/* MAX_SKIPPED_LISTED */.Eo);
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

;// CONCATENATED MODULE: ./src/io/replay-sandbox.ts
/**
 * A disposable copy of the workspace for replaying the repository's build (replay-determinism):
 * one private temporary folder, the copy always at `<tmp>/workspace`, the command run there in
 * its own process group, outputs hashed, the copy removed. Implements `ReplaySandbox` of
 * core/facts-runtime.ts.
 */





/** Variables through which a step writes to the workflow; a replay must not touch them. */
const WORKFLOW_FILE_VARIABLES = [
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STEP_SUMMARY',
    'GITHUB_STATE'
];
/**
 * Creates the sandbox under `tempRoot` for the workspace at `root`; `error` when the temporary
 * folder cannot be made (`cannot create a temporary folder: <message>`).
 */
async function openReplaySandbox(o) {
    let base;
    try {
        base = await (0,promises_.mkdtemp)(external_node_path_default().join(o.tempRoot, 'gonogo-replay-'));
    }
    catch (e) {
        return { error: `cannot create a temporary folder: ${e.message}` };
    }
    const copyDir = external_node_path_default().join(base, 'workspace');
    // The temp path differs on every run: keep it out of the report (determinism).
    const scrub = (t) => t.split(copyDir).join('<copy>').split(base).join('<tmp>');
    return {
        copyWorkspace: async ({ copyGit }) => {
            try {
                return { ok: true, copy: await copyWorkspace(o.root, copyDir, { copyGit }) };
            }
            catch (e) {
                return { ok: false, error: e.message.split(base).join('<tmp>') };
            }
        },
        run: async (r) => {
            // The command comes from the repository (a PR can change it): it gets no credentials.
            // Tokens, action inputs and the runner's internal channels are removed; `env` can still
            // pass what a build really needs.
            const env = { ...withoutSecrets(process.env), ...r.env };
            for (const k of WORKFLOW_FILE_VARIABLES)
                delete env[k];
            const outcome = await runShellCommand({
                command: r.command,
                cwd: external_node_path_default().join(copyDir, r.workingDirectory),
                env,
                timeoutMs: r.timeoutMs
            });
            return { ...outcome, stderrTail: scrub(outcome.stderrTail) };
        },
        hashOutputs: (workingDirectory, globs) => hashOutputs(external_node_path_default().join(copyDir, workingDirectory), globs),
        removeCopy: async () => {
            await removeTree(copyDir);
            return !(await exists(copyDir));
        },
        dispose: () => removeTree(base)
    };
}
/** Removes a folder a build wrote, even where it left read-only folders behind. Never throws. */
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

;// CONCATENATED MODULE: ./src/io/runtime-facts.ts





/**
 * The real processes for a workspace: tools run from the OS temporary folder (io/processes.ts),
 * replays in copies under `tempRoot` (default `$RUNNER_TEMP`, else the OS temporary folder; see
 * io/replay-sandbox.ts), HEAD's commit time from git in the workspace.
 */
function createProcesses(ws, o = {}) {
    return {
        runTool: runTool,
        toolScratch: openToolScratch,
        openReplay: () => openReplaySandbox({
            root: ws.root,
            tempRoot: o.tempRoot ?? process.env.RUNNER_TEMP ?? external_node_os_default().tmpdir()
        }),
        headCommitTime: () => headCommitTime(ws.root)
    };
}
/**
 * Processes run in (a copy of) the workspace; the Actions history (github/actions-history.ts)
 * when GitHub is reachable, i.e. when `github` is given; the promotion history
 * (io/promotion-history.ts): the workspace's state folder, and the deployments with `github`;
 * the incident history (github/incidents.ts) with `github`.
 */
function createRuntimeFacts(ws, github) {
    return {
        processes: createProcesses(ws),
        ...(github ? { actions: lazyActionsHistory(github), incidents: lazyIncidents(github) } : {}),
        promotions: createPromotionHistory(ws, github)
    };
}
/**
 * The incident issues and releases (github/incidents.ts), with the GitHub client loaded only
 * when the incidents check first reads them.
 */
function lazyIncidents(github) {
    return {
        read: async (q) => {
            try {
                const [m, c] = await Promise.all([
                    Promise.all(/* import() */[__webpack_require__.e(1351), __webpack_require__.e(6720), __webpack_require__.e(5125), __webpack_require__.e(2969), __webpack_require__.e(3576)]).then(__webpack_require__.bind(__webpack_require__, 128)),
                    Promise.all(/* import() */[__webpack_require__.e(1351), __webpack_require__.e(6720), __webpack_require__.e(426)]).then(__webpack_require__.bind(__webpack_require__, 6720))
                ]);
                const client = () => Promise.resolve(c.createClient(github.token, {
                    baseUrl: github.apiUrl,
                    ...(github.timeoutMs !== undefined ? { timeoutMs: github.timeoutMs } : {}),
                    ...(github.deadline
                        ? { deadline: github.deadline }
                        : github.deadlineMs !== undefined
                            ? { deadlineMs: github.deadlineMs }
                            : {})
                }));
                return await m.createIncidentHistory(github, client).read(q);
            }
            catch (e) {
                // Only loading can throw here (the reader itself answers every API error).
                return {
                    ok: false,
                    reason: `the GitHub client could not be loaded: ${e instanceof Error ? e.message : String(e)}`,
                    unlock: 'reinstall gonogo',
                    permission: facts_runtime/* ISSUES_READ_PERMISSION */.ol
                };
            }
        }
    };
}
/**
 * The Actions history, with the GitHub client (Octokit and its plugins, about 30 ms to load)
 * loaded only when a reader first asks something: most gates run no check that reads the API.
 */
function lazyActionsHistory(github) {
    return {
        open: (o) => {
            let reader;
            const real = () => (reader ??= Promise.all(/* import() */[__webpack_require__.e(1351), __webpack_require__.e(6720), __webpack_require__.e(7678)]).then(__webpack_require__.bind(__webpack_require__, 8733)).then((m) => m.createActionsHistory(github).open(o)));
            let loaded;
            return {
                get requests() {
                    return loaded?.requests ?? 0;
                },
                defaultBranch: async () => (loaded = await real()).defaultBranch(),
                workflowRuns: async (q) => (loaded = await real()).workflowRuns(q)
            };
        }
    };
}

;// CONCATENATED MODULE: ./src/io/check-facts.ts


/** The facts a built-in check receives, over the real workspace, git, processes and API. */
function createCheckFacts(ws, github) {
    return { ...createRepoFacts(ws), ...createRuntimeFacts(ws, github) };
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

/***/ 7789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   o3: () => (/* binding */ safeLink)
/* harmony export */ });
/* unused harmony export capLength */
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8198);
/**
 * Text from reports and policy files is untrusted (a pull request can change both). Everything
 * rendered into Markdown goes through here: HTML and Markdown syntax escaped, @mentions and
 * #references neutralised, line breaks flattened, lengths capped. Registered secrets
 * (core/secrets.ts) are replaced before anything else, so no escaped or cut form survives.
 */

const MD_SPECIAL = /[\\`*_{}[\]<>#!|~&]/g;
const ZWSP = '\u200b';
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
function escapeText(text, max = 300) {
    // Secrets first: escaping (`ghp_…` → `ghp\_…`) or capping would hide them from a later scrub.
    let s = capLength((0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubSecrets */ .Zg)(text).replace(CONTROL, ''), max);
    s = s.replace(/\r?\n|\r/g, ' ');
    // "@user" and "#123" would notify or cross-link: each is broken with a zero-width space.
    s = s.replace(MD_SPECIAL, (c) => c === '&'
        ? '&amp;'
        : c === '<'
            ? '&lt;'
            : c === '>'
                ? '&gt;'
                : c === '#'
                    ? `\\#${ZWSP}`
                    : `\\${c}`);
    s = s.replace(/@/g, `@${ZWSP}`);
    // Bare URLs and www. autolinks would render as links.
    s = s.replace(/:\/\//g, `:${ZWSP}//`).replace(/www\./gi, (w) => `${w.slice(0, 3)}${ZWSP}.`);
    return s;
}
/**
 * Inline code: backticks cannot break out, and `|` is escaped because GitHub splits table cells
 * on it even inside a code span. Length capped.
 */
function code(text, max = 120) {
    const s = capLength((0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubSecrets */ .Zg)(text).replace(/[\r\n]+/g, ' '), max).replace(/`/g, "'");
    return `\`${s.replace(/@/g, `@${ZWSP}`).replace(/\|/g, '\\|')}\``;
}
function capLength(text, max) {
    const chars = [...text];
    return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
/**
 * A link only when the target is a relative repository path or an https URL; anything else
 * (javascript:, data:, http:) is shown as text.
 */
function safeLink(label, target, blobBase) {
    const t = target.trim();
    if (/^https:\/\/[^\s<>()\\`"']+$/.test(t)) {
        const href = safeHref(t);
        if (href)
            return `[${escapeText(label, 80)}](${href})`;
    }
    if (blobBase &&
        /^(?![a-z][a-z0-9+.-]*:)(?!\/\/)[\w./-]+$/i.test(t) &&
        !t.split('/').includes('..')) {
        return `[${escapeText(label, 80)}](${blobBase}/${t
            .replace(/^\.?\//, '')
            .split('/')
            .map(encodeURIComponent)
            .join('/')})`;
    }
    return code(t, 120);
}
/** The URL as the WHATWG parser normalises it, with parentheses percent-encoded; never decoded. */
function safeHref(t) {
    try {
        const u = new URL(t);
        if (u.protocol !== 'https:' || u.username || u.password)
            return undefined;
        return u.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
    }
    catch {
        return undefined;
    }
}


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
