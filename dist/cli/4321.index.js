export const id = 4321;
export const ids = [4321];
export const modules = {

/***/ 4321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ effectiveTimeOption),
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/builtin-names.ts
var builtin_names = __webpack_require__(5293);
// EXTERNAL MODULE: ./src/core/contracts.ts
var contracts = __webpack_require__(3348);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/org.ts
var org = __webpack_require__(1405);
// EXTERNAL MODULE: ./src/core/time.ts
var time = __webpack_require__(2334);
// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __webpack_require__(8198);
// EXTERNAL MODULE: ./src/io/git.ts
var git = __webpack_require__(7500);
// EXTERNAL MODULE: ./src/cli/migrate-usage.ts
var migrate_usage = __webpack_require__(6825);
// EXTERNAL MODULE: ./src/render/cli-findings.ts
var cli_findings = __webpack_require__(6133);
;// CONCATENATED MODULE: ./src/cli/promote-usage.ts
/** The promote/rollback/history part of `gonogo --help` (kept apart: main loads promote lazily). */
const PROMOTE_USAGE = `Options for promote, rollback and history (records kept in a local folder):
  --environment NAME        the target environment, declared under environments in the policy
  --bundle PATH             promote: the bundle folder or zip; rollback: the bundle of the
                            record rolled back to, when it is no longer where it was promoted from
  --reason TEXT             rollback: why (required; it goes into the record)
  --state DIR               the records (default .gonogo/state, relative to the workspace)
  --output DIR              where promotion-NAME.json goes (default gonogo-reports)
  --allow-unverified-reviewers
                            rehearse an environment with reviewers locally: the record says
                            they were not verified (GitHub's approvals exist only in Actions)
  --allow-unreplayable      promote a bundle that records no inputs (made before bundles could
                            be replayed); the record says it was not replayed
  --config FILE, --workspace DIR, --effective-time TIME, --signing-key-env NAME   as for gate
  --json                    history: the records as JSON
`;

;// CONCATENATED MODULE: ./src/cli/main.ts













const EXIT = { go: 0, noGo: 1, usage: 2 };
/**
 * The `gonogo check NAME` line of the usage text, naming every built-in from BUILTIN_NAMES (so
 * the text cannot fall behind the registry), wrapped greedily at 100 columns with continuation
 * lines indented to the description column (33).
 */
const CHECK_USAGE = (() => {
    const words = `run one built-in check (${builtin_names/* BUILTIN_NAMES */.V.join(', ')})`.split(' ');
    const lines = [];
    let line = '  gonogo check NAME [options]   ';
    for (const word of words) {
        if (line.length + 1 + word.length > 100 && line.trim() !== '') {
            lines.push(line);
            line = ' '.repeat(32);
        }
        line += ` ${word}`;
    }
    return [...lines, line].join('\n');
})();
const USAGE = `gonogo ${contracts/* GENERATOR_VERSION */.RO}: release governance as code

Usage:
  gonogo gate [options]          decide go / conditional-go / no-go from the policy and reports
  gonogo verify-rules [options]  compare branch protection and rulesets with the policy
  gonogo check-names [options]   list every check name the workflows can produce
${CHECK_USAGE}
  gonogo bundle create [options] assemble an evidence bundle (manifest, reports, summary)
  gonogo bundle verify PATH      verify a bundle folder or its downloaded zip
  gonogo promote [options]       promote a bundle into an environment (records in --state)
  gonogo rollback [options]      promote the environment's previous bundle again
  gonogo history [options]       an environment's promotion records and their hash chain
  gonogo org plan|verify|merge   verify every repository of an organisation (sharded; see
                                 gonogo org --help)
  gonogo migrate [options]       write .github/gonogo.yml from the older governance scripts'
                                 policy, exceptions and reports
  gonogo init [options]          write a starter .github/gonogo.yml from the repository's
                                 workflows, reports and rules; print the workflow jobs to add
  gonogo incident status         the open incident on the default branch and what lifts the
                                 merge freeze (exit 0 none open, 1 open)

Options for gate:
  --config FILE             policy file, relative to the workspace (default .github/gonogo.yml)
  --reports DIR             folder of reports, relative to the workspace (default gonogo-reports)
  --output DIR              where executive-summary.json and .md go (default gonogo-out)
  --workspace DIR           repository root (default: the current directory)
  --sha SHA                 the commit being gated; reports about another commit are stale
                            (default: $GITHUB_SHA, else not checked)
  --effective-time TIME     RFC 3339 time the decision is made at (default: now)
  --profile NAME            use this profile instead of select_profile
  --event NAME              event for select_profile (default: $GITHUB_EVENT_NAME or local)
  --branch NAME             branch for select_profile (default: the checked-out branch)
  --quiet                   print only the decision

Options for verify-rules (token from $GITHUB_TOKEN, API from $GITHUB_API_URL):
  --repo OWNER/NAME         the repository (default: $GITHUB_REPOSITORY)
  --branch NAME             a branch name or glob; repeat for more (default: the default branch)
  --config FILE             policy file (default .github/gonogo.yml)
  --output DIR              where branch-protection.json and required-checks.json go
                            (default gonogo-reports)
  --workspace DIR, --sha SHA, --effective-time TIME   as for gate

Options for check NAME (settings from checks.NAME in the policy file):
  --config FILE, --workspace DIR, --sha SHA, --effective-time TIME   as for gate
  --output DIR              where NAME.json goes (default gonogo-reports)
  --base-ref REF            base for comparisons (policy-bundle revision bumps)
  --repo OWNER/NAME         for ci-trend (default: $GITHUB_REPOSITORY; token from $GITHUB_TOKEN)
  --format text|json|github text: one line per finding (file:line rule: message), the first 50,
                            then a summary line; coloured on a terminal unless NO_COLOR is set;
                            json: one document (schemas/cli-findings.schema.json); github:
                            workflow commands, so findings become annotations in a workflow

Options for check-names:
  --workspace DIR           repository root (default: the current directory)
  --json                    {"checks": [...], "unresolved": [{"workflow", "job", "reason"}]}

Options for bundle create:
  --reports DIR             folder of reports, relative to the workspace (required)
  --output DIR              the bundle folder to create (required; replaced if it holds a bundle)
  --summary DIR             folder gonogo gate --output wrote: its summary, built-in reports and
                            every file the decision read (evidence/) go into the bundle
  --workspace DIR, --sha SHA   as for gate (the sha defaults to $GITHUB_SHA, else HEAD)
  --effective-time TIME     creation time when $SOURCE_DATE_EPOCH is not set (default: now)
  --signing-key-env NAME    sign the digest with HMAC-SHA256 using the key in $NAME
  --release-tag TAG         the tag being released (lineage.json starts after the previous one)

Options for bundle verify:
  --replay                  also decide again from the bundle's policy and evidence alone and
                            compare with its executive-summary.json byte for byte
  --signing-key-env NAME    also check signature.json against the key in $NAME

${PROMOTE_USAGE}
${migrate_usage/* MIGRATE_USAGE */.U}
Options for init (writes a starter policy from what the repository has):
  --output FILE             the policy to write (default .github/gonogo.yml)
  --force                   replace --output when it exists
  --repo OWNER/NAME         read the default branch's rules (default: $GITHUB_REPOSITORY;
                            token from $GITHUB_TOKEN; without one, branches: is left to fill in)
  --workspace DIR           as for gate
  --effective-time TIME     as for migrate (used when it hands over to migrate)
Options for incident status (token from $GITHUB_TOKEN, needs issues: read):
  --repo OWNER/NAME         the repository (default: $GITHUB_REPOSITORY)
  --config FILE, --workspace DIR   as for gate (the policy's incidents: settings)
  --format text|json        text (default) or the incident records as JSON
Exit codes: gate: 0 go or conditional-go, 1 no-go; verify-rules: 0 every check passed, 1 any
failed or unverified; check: 0 passed, 1 failed or unverified; check-names: 0, or 1 when some names cannot be resolved; bundle verify: 0 valid, 1 invalid; promote/rollback: 0 recorded, 1 refused; history: 0 chain
intact, 1 broken; migrate, init: 0 written; all: 2 usage
or configuration error.
`;
const GATE_OPTIONS = {
    config: { type: 'string', default: '.github/gonogo.yml' },
    reports: { type: 'string', default: 'gonogo-reports' },
    output: { type: 'string', default: 'gonogo-out' },
    workspace: { type: 'string' },
    sha: { type: 'string' },
    'effective-time': { type: 'string' },
    profile: { type: 'string' },
    event: { type: 'string' },
    branch: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false }
};
/**
 * The `gonogo` command line; returns the exit code. A run starts with no secret but the token
 * in $GITHUB_TOKEN / $GH_TOKEN (and a signing key once --signing-key-env names it), and every
 * line it prints, like every file it writes, has them masked (src/core/secrets.ts).
 */
async function main(argv, rawIo) {
    (0,secrets/* clearSecrets */.lL)();
    (0,secrets/* registerSecret */.cl)(rawIo.env.GITHUB_TOKEN);
    (0,secrets/* registerSecret */.cl)(rawIo.env.GH_TOKEN);
    // No line gonogo prints (report text, file names, messages) can act as a workflow command when
    // the CLI runs in a workflow; only `check --format github` writes commands, on purpose.
    const io = {
        ...rawIo,
        out: (s) => rawIo.out(noCommands(terminalSafe((0,secrets/* scrubSecrets */.Zg)(s)))),
        err: (s) => rawIo.err(noCommands(terminalSafe((0,secrets/* scrubSecrets */.Zg)(s)))),
        outCommands: (s) => rawIo.out(terminalSafe((0,secrets/* scrubSecrets */.Zg)(s))),
        ...(rawIo.outStyled ? { outStyled: (s) => rawIo.outStyled?.((0,secrets/* scrubSecrets */.Zg)(s)) } : {})
    };
    // No operating system passes a NUL inside an argument; a caller in-process could, and no file
    // API accepts one.
    const nul = argv.findIndex((a) => a.includes('\0'));
    if (nul >= 0) {
        io.err(`gonogo: argument ${nul + 1} (${JSON.stringify(argv[nul])}) contains a NUL character\n`);
        return EXIT.usage;
    }
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
        io.out(USAGE);
        return command === undefined ? EXIT.usage : 0;
    }
    if (command === '--version' || command === '-v') {
        io.out(`${contracts/* GENERATOR_VERSION */.RO}\n`);
        return 0;
    }
    try {
        if (command === 'gate')
            return await gate(rest, io);
        if (command === 'verify-rules')
            return await verifyRules(rest, io);
        if (command === 'check-names')
            return await checkNames(rest, io);
        if (command === 'check')
            return await check(rest, io);
        if (command === 'bundle')
            return await bundle(rest, io);
        if (command === 'migrate')
            return await (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(6161), __webpack_require__.e(2645), __webpack_require__.e(2088), __webpack_require__.e(5125), __webpack_require__.e(6946), __webpack_require__.e(8992)]).then(__webpack_require__.bind(__webpack_require__, 4515))).migrateCommand(rest, io);
        if (command === 'org')
            return await (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3857)]).then(__webpack_require__.bind(__webpack_require__, 3857))).orgCommand(rest, io);
        if (command === 'init')
            return await (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(2657), __webpack_require__.e(6161), __webpack_require__.e(2645), __webpack_require__.e(2088), __webpack_require__.e(5125), __webpack_require__.e(897), __webpack_require__.e(2040), __webpack_require__.e(99), __webpack_require__.e(6946), __webpack_require__.e(4544)]).then(__webpack_require__.bind(__webpack_require__, 364))).initCommand(rest, io);
        if (command === 'incident')
            return await (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(6161), __webpack_require__.e(2645), __webpack_require__.e(2088), __webpack_require__.e(5125), __webpack_require__.e(1476)]).then(__webpack_require__.bind(__webpack_require__, 8106))).incidentCommand(rest, io);
        if (command === 'promote' || command === 'rollback' || command === 'history') {
            const p = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(6102), __webpack_require__.e(6161), __webpack_require__.e(2645), __webpack_require__.e(2088), __webpack_require__.e(7627), __webpack_require__.e(7480), __webpack_require__.e(5862), __webpack_require__.e(9566)]).then(__webpack_require__.bind(__webpack_require__, 9566));
            if (command === 'history')
                return await p.historyCommand(rest, io, (n) => keyFromEnv(io.env, n));
            return await p.promoteCommand(command === 'promote' ? 'promotion' : 'rollback', rest, io, (n) => keyFromEnv(io.env, n));
        }
        throw new errors/* ConfigurationError */.j1(`unknown command '${command}'; run gonogo --help`);
    }
    catch (e) {
        if (e instanceof errors/* ConfigurationError */.j1 || isArgError(e)) {
            io.err(`gonogo: ${(0,errors/* errorMessage */.gJ)(e)}\n`);
            return EXIT.usage;
        }
        // A path the user named that the file system refused (a file where a folder must be, a link
        // loop, a name too long…): the path and the reason, not a bug report.
        const fsProblem = (0,errors/* fileSystemProblem */.Xp)(e);
        if (fsProblem !== undefined) {
            io.err(`gonogo: ${fsProblem}\n`);
            return EXIT.usage;
        }
        io.err(`gonogo: unexpected error: ${(0,errors/* errorMessage */.gJ)(e)}\n`);
        return EXIT.usage;
    }
}
/** Each line made unable to act as a workflow command (render/cli-findings.ts notCommand). */
function noCommands(s) {
    return s.includes('::') || s.includes('##[') ? s.split('\n').map(cli_findings.notCommand).join('\n') : s;
}
/** node:util parseArgs's errors (unknown option, missing value…); duck-typed, as their realm may differ. */
function isArgError(e) {
    return (typeof e === 'object' &&
        e !== null &&
        String(e.code).startsWith('ERR_PARSE_ARGS'));
}
/**
 * Text for a terminal: C0 control characters (from a path, a report, a policy) other than line
 * feed and tab are shown as escapes such as `\x1b`, so none can move the cursor, recolour or
 * rewrite what was printed. Unchanged when there is none; JSON output never holds one raw
 * (JSON.stringify escapes them), so it stays valid JSON.
 */
function terminalSafe(s) {
    return s.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b-\u001f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
async function gate(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: GATE_OPTIONS,
        allowPositionals: false,
        strict: true
    });
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    const workspace = external_node_path_default().resolve(io.cwd, values.workspace ?? '.');
    const sha = values.sha ?? io.env.GITHUB_SHA ?? '';
    if (sha && !contracts/* SHA_PATTERN */.yw.test(sha)) {
        throw new errors/* ConfigurationError */.j1(`--sha must be a full commit SHA (40 hex characters), got '${sha}'`);
    }
    // `git rev-parse` runs while the gate reads the policy (runGate awaits it for the profile).
    const branch = values.branch ?? (0,git/* currentBranch */.e)(workspace);
    // Each command loads only its own code (the workflow model is not needed to gate, and back).
    const { runGate } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(9800), __webpack_require__.e(6161), __webpack_require__.e(2645), __webpack_require__.e(2088), __webpack_require__.e(5125), __webpack_require__.e(7627), __webpack_require__.e(8667), __webpack_require__.e(7480), __webpack_require__.e(8124), __webpack_require__.e(2751)]).then(__webpack_require__.bind(__webpack_require__, 8124));
    const result = await runGate({
        workspace,
        config: inWorkspace(workspace, values.config),
        reports: values.reports,
        output: external_node_path_default().resolve(io.cwd, values.output),
        effectiveTime: effectiveTimeOption(values['effective-time']),
        sha,
        repository: io.env.GITHUB_REPOSITORY ?? '',
        ref: io.env.GITHUB_REF ?? '',
        event: values.event ?? io.env.GITHUB_EVENT_NAME ?? 'local',
        branch,
        ...(values.profile ? { profile: values.profile } : {}),
        ...githubFromEnv(io.env),
        log: (m) => io.err(`gonogo: ${m}\n`)
    });
    const s = result.summary;
    io.out(`${s.decision} (profile ${s.profile.name}: ${s.counts.high} high of max ${s.profile.max_high}, ${s.counts.medium} medium of max ${s.profile.max_medium}, ${s.counts.low} waived)\n`);
    if (!values.quiet) {
        for (const b of s.blockers)
            io.out(`  [${b.severity}] ${b.control} (${b.kind}${b.class ? `, ${b.class}` : ''}): ${b.reason}\n`);
        for (const w of s.warnings)
            io.out(`  [warning] ${w.control}: ${w.message}\n`);
        for (const c of s.claims?.claims ?? [])
            io.out(`  [claim] ${c.id} (tier ${c.tier}): ${c.grade} ${c.level} ${c.title}\n`);
        if (s.claims && s.claims.unclaimed_controls.length > 0)
            io.out(`  controls no claim names: ${s.claims.unclaimed_controls.join(', ')}\n`);
        if (!sha)
            io.out('  note: no --sha given, so report staleness was not checked\n');
        io.out(`  summary: ${result.summaryPath}\n  markdown: ${result.markdownPath}\n`);
    }
    return s.decision === 'no-go' ? EXIT.noGo : EXIT.go;
}
const VERIFY_OPTIONS = {
    repo: { type: 'string' },
    branch: { type: 'string', multiple: true },
    config: { type: 'string', default: '.github/gonogo.yml' },
    output: { type: 'string', default: 'gonogo-reports' },
    workspace: { type: 'string' },
    sha: { type: 'string' },
    'effective-time': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false }
};
async function verifyRules(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: VERIFY_OPTIONS,
        allowPositionals: false,
        strict: true
    });
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    const full = values.repo ?? io.env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = ownerRepo(full, values.repo !== undefined ? '--repo' : '--repo (or GITHUB_REPOSITORY)');
    shaOption(values.sha);
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? '';
    if (!token)
        throw new errors/* ConfigurationError */.j1('set GITHUB_TOKEN (or GH_TOKEN) to a token that can read the repository');
    const workspace = external_node_path_default().resolve(io.cwd, values.workspace ?? '.');
    const sha = values.sha ?? io.env.GITHUB_SHA ?? (await (0,git/* headSha */.x)(workspace));
    // Loaded on demand: the gate command does not pay for the GitHub client at start-up.
    const { runVerify } = await Promise.all(/* import() */[__webpack_require__.e(1351), __webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(2657), __webpack_require__.e(6161), __webpack_require__.e(2645), __webpack_require__.e(6720), __webpack_require__.e(2088), __webpack_require__.e(897), __webpack_require__.e(2040), __webpack_require__.e(99), __webpack_require__.e(8324), __webpack_require__.e(1826)]).then(__webpack_require__.bind(__webpack_require__, 4629));
    const r = await runVerify({
        workspace,
        config: inWorkspace(workspace, values.config),
        output: external_node_path_default().resolve(io.cwd, values.output),
        owner,
        repo,
        branches: (values.branch ?? [])
            .flatMap((b) => b.split(','))
            .map((b) => b.trim())
            .filter(Boolean),
        sha,
        ref: io.env.GITHUB_REF ?? '',
        token,
        apiUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com',
        effectiveTime: effectiveTimeOption(values['effective-time']),
        log: (m) => io.err(`gonogo: ${m}\n`)
    });
    for (const rep of [r.branchProtection, r.requiredChecks]) {
        io.out(`${rep.control}: ${rep.status} (${rep.summary.passed ?? 0} passed, ${rep.summary.failed ?? 0} failed, ${rep.summary.unverified ?? 0} unverified)\n`);
        for (const c of rep.checks.filter((x) => x.status !== 'passed'))
            io.out(`  [${c.status}] ${c.id}: ${c.message}${c.unlock ? ` (unlock: ${c.unlock})` : ''}\n`);
    }
    io.out(`  API requests: ${r.requests}\n  reports: ${r.paths.join(', ')}\n`);
    return r.branchProtection.status === 'passed' && r.requiredChecks.status === 'passed' ? 0 : 1;
}
async function checkNames(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            workspace: { type: 'string' },
            json: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false }
        },
        allowPositionals: false,
        strict: true
    });
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    // One import at a time: module graphs that share modules are linked in turn.
    const { Workspace } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(2645)]).then(__webpack_require__.bind(__webpack_require__, 2645));
    const { localResolver, readWorkflows } = await __webpack_require__.e(/* import() */ 2886).then(__webpack_require__.bind(__webpack_require__, 2886));
    const { deriveCheckNames } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2657), __webpack_require__.e(897), __webpack_require__.e(2040), __webpack_require__.e(7903)]).then(__webpack_require__.bind(__webpack_require__, 2040));
    const ws = await Workspace.open(external_node_path_default().resolve(io.cwd, values.workspace ?? '.'));
    const workflows = await readWorkflows(ws);
    if (workflows.length === 0)
        io.err(`gonogo: no workflow files in ${external_node_path_default().join(ws.root, '.github', 'workflows')}\n`);
    const names = deriveCheckNames(workflows, { resolveLocal: localResolver(workflows) });
    const unique = [...new Set(names.checks.map((c) => c.name))].sort();
    if (values.json) {
        io.out(`${JSON.stringify({ checks: unique, unresolved: names.unresolved.map((u) => ({ workflow: u.workflow, job: u.job, reason: u.reason })) }, null, 2)}\n`);
    }
    else {
        for (const n of unique)
            io.out(`${n}\n`);
        for (const u of names.unresolved)
            io.err(`unresolved: ${u.workflow}${u.job ? ` job ${u.job}` : ''}: ${u.reason}\n`);
    }
    return names.unresolved.length > 0 ? 1 : 0;
}
async function check(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            config: { type: 'string', default: '.github/gonogo.yml' },
            output: { type: 'string', default: 'gonogo-reports' },
            workspace: { type: 'string' },
            sha: { type: 'string' },
            'effective-time': { type: 'string' },
            'base-ref': { type: 'string' },
            repo: { type: 'string' },
            format: { type: 'string', default: 'text' },
            help: { type: 'boolean', short: 'h', default: false }
        },
        allowPositionals: true,
        strict: true
    });
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    const [name, ...extra] = positionals;
    if (!name || extra.length > 0)
        throw new errors/* ConfigurationError */.j1('usage: gonogo check NAME [options]; run gonogo --help');
    const render = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6133));
    const format = values.format;
    if (!render.isOutputFormat(format))
        throw new errors/* ConfigurationError */.j1(`--format must be one of ${render.OUTPUT_FORMATS.join(', ')}, got ${JSON.stringify(format)}`);
    shaOption(values.sha);
    const workspace = external_node_path_default().resolve(io.cwd, values.workspace ?? '.');
    const full = values.repo ?? io.env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = values.repo !== undefined ? ownerRepo(values.repo) : full.split('/');
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? '';
    const { runCheck } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(6161), __webpack_require__.e(2645), __webpack_require__.e(2088), __webpack_require__.e(7627), __webpack_require__.e(8667), __webpack_require__.e(7480), __webpack_require__.e(6333)]).then(__webpack_require__.bind(__webpack_require__, 6434));
    const r = await runCheck({
        name,
        workspace,
        config: inWorkspace(workspace, values.config),
        output: external_node_path_default().resolve(io.cwd, values.output),
        effectiveTime: effectiveTimeOption(values['effective-time']),
        subject: {
            repository: full,
            // Without a commit (no git, or none yet): git's null id, so the report stays valid.
            sha: values.sha ?? io.env.GITHUB_SHA ?? ((await (0,git/* headSha */.x)(workspace)) || '0'.repeat(40)),
            ref: io.env.GITHUB_REF ?? ''
        },
        ...(token && owner && repo
            ? {
                github: { token, apiUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com', owner, repo }
            }
            : {}),
        ...(values['base-ref'] ? { baseRef: values['base-ref'] } : {}),
        log: (m) => io.err(`gonogo: ${m}\n`)
    });
    // Colour needs a terminal and a writer that keeps the renderer's own escape sequences (io.out
    // shows every control character as text): `isTTY` and `outStyled` of the Io (secrets masked).
    const colour = io.outStyled !== undefined &&
        render.colourWanted({ format, isTTY: io.isTTY === true, env: io.env });
    const text = render.renderFindings(r.report, { format, reportPath: r.path, colour });
    if (colour && io.outStyled)
        io.outStyled(text);
    else if (format === 'github' && io.outCommands)
        io.outCommands(text);
    else
        io.out(text);
    return r.report.status === 'passed' ? 0 : 1;
}
async function bundle(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            reports: { type: 'string' },
            output: { type: 'string' },
            summary: { type: 'string' },
            workspace: { type: 'string' },
            sha: { type: 'string' },
            'effective-time': { type: 'string' },
            'signing-key-env': { type: 'string' },
            'release-tag': { type: 'string' },
            replay: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false }
        },
        allowPositionals: true,
        strict: true
    });
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    const [sub, ...more] = positionals;
    const signingKey = keyFromEnv(io.env, values['signing-key-env']);
    if (values.replay && sub !== 'verify')
        throw new errors/* ConfigurationError */.j1('--replay is an option of gonogo bundle verify');
    if (sub === 'verify') {
        const [target, ...extra] = more;
        if (!target || extra.length > 0)
            throw new errors/* ConfigurationError */.j1('usage: gonogo bundle verify PATH [--replay] [--signing-key-env NAME]');
        const abs = external_node_path_default().resolve(io.cwd, target);
        if (!(0,external_node_fs_.existsSync)(abs))
            throw new errors/* ConfigurationError */.j1(`${target}: no such bundle folder or zip`);
        // Never open a FIFO or device: reading a named pipe would block forever.
        const st = (0,external_node_fs_.statSync)(abs);
        if (!st.isDirectory() && !st.isFile())
            throw new errors/* ConfigurationError */.j1(`${target}: not a bundle folder or zip file (a FIFO or device?)`);
        if (values.replay) {
            const { replayCommand } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(9800), __webpack_require__.e(6102), __webpack_require__.e(6161), __webpack_require__.e(2645), __webpack_require__.e(2088), __webpack_require__.e(5125), __webpack_require__.e(7627), __webpack_require__.e(8667), __webpack_require__.e(7480), __webpack_require__.e(8124), __webpack_require__.e(5862), __webpack_require__.e(7919)]).then(__webpack_require__.bind(__webpack_require__, 7919));
            return replayCommand(abs, target, signingKey, io);
        }
        // Loaded on demand, like every command but gate.
        const { verifyBundle } = await Promise.all(/* import() */[__webpack_require__.e(6102), __webpack_require__.e(6161), __webpack_require__.e(7627), __webpack_require__.e(5862), __webpack_require__.e(2145)]).then(__webpack_require__.bind(__webpack_require__, 5862));
        const r = await verifyBundle(abs, signingKey !== undefined ? { signingKey } : {});
        if (r.ok) {
            io.out(`valid: ${r.manifest?.bundle_id ?? target} ${r.digest ?? ''} (${r.manifest?.files.length ?? 0} files${signingKey !== undefined ? ', signature checked' : ''})\n`);
            return 0;
        }
        io.out(`invalid: ${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}\n`);
        for (const p of r.problems)
            io.out(`  ${p.file !== undefined ? `${p.file}: ` : ''}${p.message}\n`);
        io.out(`  bundle: ${target}\n`);
        return 1;
    }
    if (sub !== 'create' || more.length > 0)
        throw new errors/* ConfigurationError */.j1('usage: gonogo bundle create|verify …; run gonogo --help');
    if (!values.reports || !values.output)
        throw new errors/* ConfigurationError */.j1('gonogo bundle create needs --reports DIR and --output DIR');
    const workspace = external_node_path_default().resolve(io.cwd, values.workspace ?? '.');
    const { bundleCreationTime } = await __webpack_require__.e(/* import() */ 7985).then(__webpack_require__.bind(__webpack_require__, 7985));
    if (values['effective-time'] !== undefined)
        effectiveTimeOption(values['effective-time']);
    const createdAt = bundleCreationTime(io.env.SOURCE_DATE_EPOCH, values['effective-time'], Date.now);
    const sha = values.sha ?? io.env.GITHUB_SHA ?? (await (0,git/* headSha */.x)(workspace));
    if (!contracts/* SHA_PATTERN */.yw.test(sha))
        throw new errors/* ConfigurationError */.j1(sha
            ? `--sha must be a full commit SHA (40 hex characters), got '${sha}'`
            : 'no commit to bundle: pass --sha, set GITHUB_SHA, or run inside a git repository');
    if (values.summary) {
        const dir = external_node_path_default().resolve(io.cwd, values.summary);
        if (![contracts/* SUMMARY_JSON */.qJ, contracts/* SUMMARY_MD */.Hr].some((f) => (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, f))))
            throw new errors/* ConfigurationError */.j1(`${values.summary}: no executive-summary.json or .md there; run gonogo gate --output first`);
    }
    const refType = io.env.GITHUB_REF_TYPE;
    const tag = values['release-tag'] ?? (refType === 'tag' ? io.env.GITHUB_REF_NAME : undefined);
    // The action's bundle step without the job graph: lineage.json from git (previous release tag →
    // commits) and, with a token, the pull requests through the API.
    const { runBundle } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(6161), __webpack_require__.e(2645), __webpack_require__.e(7627), __webpack_require__.e(7215)]).then(__webpack_require__.bind(__webpack_require__, 354));
    const r = await runBundle({
        workspace,
        reports: inWorkspace(workspace, values.reports),
        ...(values.summary ? { summaryDir: external_node_path_default().resolve(io.cwd, values.summary) } : {}),
        output: external_node_path_default().resolve(io.cwd, values.output),
        subject: {
            repository: io.env.GITHUB_REPOSITORY ?? '',
            sha,
            ref: io.env.GITHUB_REF ?? '',
            ...(tag ? { tag } : {})
        },
        env: io.env,
        needs: '',
        requiredJobs: [],
        ...(tag ? { releaseTag: tag } : {}),
        createdAt,
        ...(signingKey !== undefined ? { signingKey } : {}),
        ...githubFromEnv(io.env)
    });
    io.out(`bundle ${r.bundleId}\n  digest: ${r.digest}\n  files: ${r.files}${r.signed ? ' (signed)' : ''}\n  path: ${r.path}\n`);
    for (const p of r.lineageProblems)
        io.out(`  lineage: ${p.message}\n`);
    io.out(r.evidence === null
        ? '  evidence: none (no executive summary with recorded inputs: pass --summary DIR from gonogo gate to make the bundle replayable)\n'
        : `  evidence: ${r.evidence} files the decision read (replay: gonogo bundle verify ${r.path} --replay)\n`);
    return 0;
}
/** The signing key from the variable --signing-key-env names; an unset or empty one is a mistake. */
function keyFromEnv(env, name) {
    if (name === undefined)
        return undefined;
    const key = env[name];
    if (!key)
        throw new errors/* ConfigurationError */.j1(`--signing-key-env ${name}: the environment variable is not set`);
    (0,secrets/* registerSecret */.cl)(key);
    return key;
}
/** GitHub access for built-in checks from the environment (GITHUB_TOKEN, GITHUB_REPOSITORY). */
function githubFromEnv(env) {
    const token = env.GITHUB_TOKEN ?? env.GH_TOKEN ?? '';
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    return token && owner && repo
        ? { github: { token, apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com', owner, repo } }
        : {};
}
/** An absolute --config inside the workspace is taken as the relative path it is. */
function inWorkspace(workspace, file) {
    return external_node_path_default().isAbsolute(file) ? external_node_path_default().relative(workspace, file) : file;
}
/**
 * --effective-time as epoch milliseconds: now when the option is absent; an RFC 3339 time
 * otherwise (an empty value is an error, never "now").
 */
function effectiveTimeOption(value) {
    return value === undefined ? Date.now() : (0,time/* parseEffectiveTime */.cD)(value);
}
/**
 * --repo (or $GITHUB_REPOSITORY) split into owner and name; anything that is not OWNER/NAME as
 * GitHub allows it (core/org.ts isRepositoryName) is a usage error.
 */
function ownerRepo(full, what = '--repo') {
    if (!(0,org/* isRepositoryName */.en)(full))
        throw new errors/* ConfigurationError */.j1(`${what} must be OWNER/NAME, got '${full}'`);
    const [owner = '', repo = ''] = full.split('/');
    return [owner, repo];
}
/** A --sha given must be a full commit SHA. */
function shaOption(sha) {
    if (sha !== undefined && !contracts/* SHA_PATTERN */.yw.test(sha))
        throw new errors/* ConfigurationError */.j1(`--sha must be a full commit SHA (40 hex characters), got ${JSON.stringify(sha)}`);
}


/***/ }),

/***/ 6825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ MIGRATE_USAGE)
/* harmony export */ });
/** The migrate part of `gonogo --help` (kept apart: main loads migrate lazily). */
const MIGRATE_USAGE = `Options for migrate (writes a gonogo policy from the older governance scripts' files):
  --policy FILE             the older gate policy (default .github/release_gate_policy.json)
  --exceptions FILE         the older exceptions (default .github/release_exceptions.json; none
                            is fine when it does not exist)
  --artifacts DIR           the folder of older reports, one control per report
                            (default artifacts)
  --output FILE             the policy to write (default .github/gonogo.yml)
  --force                   replace --output when it exists
  --workspace DIR           as for gate
  --effective-time TIME     when to call a waiver expired in the notes (default: now)
`;


/***/ }),

/***/ 5293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ BUILTIN_NAMES),
/* harmony export */   n: () => (/* binding */ isBuiltinName)
/* harmony export */ });
/**
 * The built-in checks a control can name as `source: { builtin: <name> }` and configure under
 * `checks.<name>` in `.github/gonogo.yml`. The one list of names: `checks/registry.ts` must have an
 * entry for each (the compiler checks it), and `__tests__/builtin-registry.test.ts` keeps the
 * schema (`schemas/gonogo.schema.json`), the README table and the CLI usage text equal to it.
 * Lives in `core/` because the policy types (`core/policy.ts`) need the names and core imports no
 * check.
 */
const BUILTIN_NAMES = [
    'policy-bundle',
    'policy-freshness',
    'workflow-lint',
    'replay-determinism',
    'provenance-coverage',
    'ci-trend',
    'rollback-drill',
    'incidents'
];
/** True when `name` is a built-in check's name (exact, case-sensitive). */
function isBuiltinName(name) {
    return BUILTIN_NAMES.includes(name);
}


/***/ }),

/***/ 484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ stableStringify),
/* harmony export */   e: () => (/* binding */ stableStringifyBytes)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * JSON with object keys sorted at every depth, so output never depends on insertion order.
 * `indent` 0 gives the compact form; undefined values are dropped as JSON.stringify does.
 */
function stableStringify(value, indent = 2) {
    return JSON.stringify(sortKeys(value), null, indent);
}
/** Arrays with at least this many items are written apart by {@link stableStringifyBytes}. */
const PART_ITEMS = 256;
/**
 * `stableStringify(value, indent) + suffix` as UTF-8 bytes, byte for byte, written in parts: each
 * array of at least PART_ITEMS items (an executive summary's file lists) is serialized on its
 * own and spliced in at its indentation. V8 builds a whole JSON text as two-byte characters once
 * one character outside Latin-1 appears in it (the `…` of a message), which doubles the text's
 * memory and slows writing and UTF-8 encoding; apart, the large ASCII lists stay one-byte. Each
 * part is marked in the skeleton by a random token; if the skeleton's own text held the token
 * (it never does in practice), the text is written whole instead. Pure apart from the token.
 */
function stableStringifyBytes(value, indent = 2, suffix = '', 
/** The part marker (a test passes one that occurs in `value`). */
token = `gonogo-part-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}-`) {
    const sorted = sortKeys(value);
    const parts = [];
    const skeleton = `${JSON.stringify(markParts(sorted, parts, token), null, indent)}${suffix}`;
    if (parts.length === 0)
        return Buffer.from(skeleton);
    const out = [];
    let last = 0;
    let next = 0;
    for (const m of skeleton.matchAll(new RegExp(`"${token}(\\d+)"`, 'g'))) {
        if (next === parts.length || Number(m[1]) !== next)
            break;
        out.push(Buffer.from(skeleton.slice(last, m.index)));
        // The part's lines take the indentation of the line it stands on.
        const lineStart = skeleton.lastIndexOf('\n', m.index) + 1;
        let i = lineStart;
        while (skeleton.charCodeAt(i) === 0x20)
            i++;
        const body = JSON.stringify(parts[next], null, indent);
        out.push(Buffer.from(i > lineStart ? body.replaceAll('\n', `\n${' '.repeat(i - lineStart)}`) : body));
        last = m.index + m[0].length;
        next++;
    }
    if (next !== parts.length || skeleton.includes(token, last))
        return Buffer.from(`${JSON.stringify(sorted, null, indent)}${suffix}`);
    out.push(Buffer.from(skeleton.slice(last)));
    return Buffer.concat(out);
}
/**
 * A copy of `sorted` (sortKeys' output: plain objects without a `__proto__` key, arrays,
 * primitives) in which every array of at least PART_ITEMS items is `token` and its index in
 * `parts`, where it is pushed. The copy is the small rest of the value; the parts are shared.
 */
function markParts(sorted, parts, token) {
    if (Array.isArray(sorted)) {
        if (sorted.length < PART_ITEMS)
            return sorted.map((v) => markParts(v, parts, token));
        parts.push(sorted);
        return `${token}${parts.length - 1}`;
    }
    if (sorted === null || typeof sorted !== 'object')
        return sorted;
    const out = {};
    for (const [k, v] of Object.entries(sorted))
        out[k] = markParts(v, parts, token);
    return out;
}
/**
 * `value` with the keys of every object in sorted order (UTF-16 code unit order, as
 * `Array.prototype.sort` compares), undefined members dropped. What needs no change is returned
 * as it is, not copied: a plain object whose own keys are already in that order and whose values
 * need no change, an array whose items need none (an executive summary's 10,000-entry file lists
 * are mostly such). JSON.stringify writes both exactly as it writes a sorted copy.
 */
function sortKeys(value) {
    if (Array.isArray(value)) {
        let out;
        for (let i = 0; i < value.length; i++) {
            const v = value[i];
            const s = sortKeys(v);
            if (out === undefined && s !== v)
                out = value.slice(0, i);
            if (out !== undefined)
                out.push(s);
        }
        return out ?? value;
    }
    if (value === null || typeof value !== 'object')
        return value;
    const o = value;
    const keys = Object.keys(o);
    if (!inOrder(o, keys)) {
        const out = {};
        for (const k of keys.sort()) {
            const v = o[k];
            if (v !== undefined)
                out[k] = sortKeys(v);
        }
        return out;
    }
    for (let i = 0; i < keys.length; i++) {
        const v = o[keys[i]];
        const s = v === undefined ? undefined : sortKeys(v);
        if (v !== undefined && s === v)
            continue;
        // The first member that changes (or is dropped): copy, keeping what was already checked.
        const out = {};
        for (let j = 0; j < i; j++)
            out[keys[j]] = o[keys[j]];
        if (s !== undefined)
            out[keys[i]] = s;
        for (let j = i + 1; j < keys.length; j++) {
            const w = o[keys[j]];
            if (w !== undefined)
                out[keys[j]] = sortKeys(w);
        }
        return out;
    }
    return o;
}
/**
 * Whether `o` may be written as it is: a plain object (prototype Object.prototype or null: a
 * Date or another class keeps its own JSON form only through the copy, as before) whose own keys
 * are already sorted, none of them `__proto__` (a copy cannot hold that key as its own).
 */
function inOrder(o, keys) {
    const proto = Object.getPrototypeOf(o);
    if (proto !== Object.prototype && proto !== null)
        return false;
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (k === '__proto__' || (i > 0 && keys[i - 1] > k))
            return false;
    }
    return true;
}


/***/ }),

/***/ 3348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ SUMMARY_MD),
/* harmony export */   RO: () => (/* binding */ GENERATOR_VERSION),
/* harmony export */   _j: () => (/* binding */ REPORT_CONTRACT),
/* harmony export */   qJ: () => (/* binding */ SUMMARY_JSON),
/* harmony export */   qt: () => (/* binding */ SUMMARY_CONTRACT),
/* harmony export */   yM: () => (/* binding */ GENERATOR_NAME),
/* harmony export */   yw: () => (/* binding */ SHA_PATTERN)
/* harmony export */ });
/* unused harmony exports COMMENT_MARKER_PREFIX, commentMarker */
/** Contract identifiers written into every document gonogo produces. */
const REPORT_CONTRACT = 'gonogo.report/v1';
const SUMMARY_CONTRACT = 'gonogo.executive-summary/v1';
/** A full commit id: SHA-1 (40 hex) or SHA-256 (64 hex), lower case as git prints it. */
const SHA_PATTERN = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** The gate's executive summary files (also at the root of a bundle). */
const SUMMARY_JSON = 'executive-summary.json';
const SUMMARY_MD = 'executive-summary.md';
const GENERATOR_NAME = 'gonogo';
const GENERATOR_VERSION = '1.0.0';
/** Hidden marker that identifies gonogo's sticky PR comment. */
const COMMENT_MARKER_PREFIX = '<!-- gonogo:gate';
function commentMarker(key) {
    return `${COMMENT_MARKER_PREFIX}:${key} -->`;
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xp: () => (/* binding */ fileSystemProblem),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/**
 * A mistake the user can fix (policy file, inputs, arguments), kept apart from bugs: it is shown
 * as its message alone, never with a stack, and the CLI exits with 2.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
/**
 * The message of anything thrown: an error's `message` (also for errors made in another realm,
 * such as Node's own errors seen from a vm context, where `instanceof Error` is false), else its
 * text. Never a stack.
 */
function errorMessage(e) {
    if (e instanceof Error)
        return e.message;
    if (typeof e === 'object' &&
        e !== null &&
        typeof e.message === 'string')
        return e.message;
    return String(e);
}
/** What the system error codes a file operation can end in mean, in words. */
const FS_REASONS = {
    ENOENT: 'no such file or folder',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EISDIR: 'is a folder, not a file',
    EEXIST: 'already exists',
    ENOTEMPTY: 'folder is not empty',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ELOOP: 'too many symbolic links (a link loop?)',
    ENAMETOOLONG: 'name too long',
    ENOSPC: 'no space left on the device',
    EROFS: 'read-only file system',
    EXDEV: 'cannot be moved across file systems',
    EBUSY: 'busy',
    EMFILE: 'too many open files',
    ENXIO: 'no such device (a FIFO or socket?)',
    EINVAL: 'invalid argument'
};
/**
 * A file-system error (Node's `ErrnoException`: `code` such as ENOTDIR, `path`, maybe `dest`) as a
 * message naming the path and the reason, e.g. `out/summary.json: a part of the path is a file,
 * not a folder (ENOTDIR)`; undefined for anything else. Node documents the codes under "Common
 * system errors" (https://nodejs.org/api/errors.html#common-system-errors).
 */
function fileSystemProblem(e) {
    if (typeof e !== 'object' || e === null)
        return undefined;
    const { code, path, dest, syscall } = e;
    if (typeof code !== 'string' || !/^E[A-Z0-9]+$/.test(code))
        return undefined;
    if (typeof path !== 'string' && typeof syscall !== 'string')
        return undefined;
    const where = typeof path === 'string'
        ? typeof dest === 'string'
            ? `${path} → ${dest}`
            : path
        : `${String(syscall)}`;
    // mkdir -p ends in EEXIST when a part of the path is a file.
    const reason = code === 'EEXIST' && syscall === 'mkdir'
        ? 'is a file, not a folder'
        : (FS_REASONS[code] ?? 'file-system error');
    return `${where}: ${reason} (${code})`;
}


/***/ }),

/***/ 1875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iq: () => (/* binding */ compileNameGlobs),
/* harmony export */   zm: () => (/* binding */ nameGlobProblem)
/* harmony export */ });
/* unused harmony exports MAX_NAME_GLOB_LENGTH, matchesNameGlob */
/**
 * Repository name globs matched in linear time (issue 19, organisation scale). Repository names
 * are chosen by anyone who may create a repository in the organisation, and the globs that are
 * matched against them (`org.overrides[].repositories` of the policy, the plan's `include` and
 * `exclude`) were compiled by picomatch into backtracking regular expressions: `*-*-*-*-*-*-x`
 * took half a second against one 100-character name `a-a-a-…`, `*a*a*a*a*a*a*b` against 100 `a`
 * did not finish in a minute, and a plan or shard would hang on one such name. Here a glob is
 * parsed into a small automaton and run as a Thompson NFA (Thompson 1968; Cox, "Regular
 * Expression Matching Can Be Simple And Fast", 2007): every name character is looked at once per
 * automaton state, so a match costs at most (name length + 1) × (glob length + 1) steps whatever
 * the glob, and nothing backtracks.
 *
 * The language, a subset of picomatch's that it matches exactly as picomatch does with
 * `{ nocase: true, dot: true }` (the options used before; `__tests__/name-glob.test.ts` compares
 * the two):
 * - letters, digits, `.`, `_` and `-` match themselves, letters without case (ASCII folding, as
 *   GitHub compares repository names);
 * - `*` any run of characters, empty included (a leading `.` too); `?` any one character;
 * - `[...]` one character of a class of those characters and ranges `a-z` (without case; a `-`
 *   first or last, or right after a range, is itself);
 * - `{a,b,…}` one of the alternatives, each a glob itself (nesting allowed, an alternative may be
 *   empty: `svc-1{,0}`).
 * Everything else is refused when the glob is loaded, naming why ({@link nameGlobProblem}):
 * another character (a name holds only letters, digits, `.`, `_` and `-`: `/`, `!`, `(`, `\` …),
 * an unbalanced or nested `[`, an empty `[]`, a range that runs backwards, a `{…}` without `,`
 * (picomatch reads it literally), a range `{1..3}` (write `[1-3]` or `{1,2,3}`), a `,` outside
 * braces, or more than {@link MAX_NAME_GLOB_LENGTH} characters. The names `.` and `..`, which no
 * repository can have, match no glob.
 */
/** Longest glob accepted: a repository name has at most 100 characters. */
const MAX_NAME_GLOB_LENGTH = 100;
const NAME_CHAR = /^[A-Za-z0-9_.-]$/;
const GLOB_CHAR = /^[A-Za-z0-9_.*?[\]{},-]$/;
/** ASCII upper-case letters folded to lower case; every other code as is. */
function fold(code) {
    return code >= 65 && code <= 90 ? code + 32 : code;
}
/** The other case of an ASCII letter, else the code itself. */
function otherCase(code) {
    if (code >= 65 && code <= 90)
        return code + 32;
    if (code >= 97 && code <= 122)
        return code - 32;
    return code;
}
/**
 * Why a repository name glob cannot be used, or undefined (the rules at the top of this module).
 * The message names the character and its position (1-based) when one is to blame.
 */
function nameGlobProblem(glob) {
    const parsed = parse(glob);
    return 'error' in parsed ? parsed.error : undefined;
}
/**
 * A matcher for any of `globs` (a name matches when one of them does), compiled once; each call
 * takes time linear in the name's length times the globs' total length.
 *
 * @throws RangeError naming the first glob {@link nameGlobProblem} refuses and why
 */
function compileNameGlobs(globs) {
    const starts = [];
    const states = [{ kind: 'match' }];
    for (const glob of globs) {
        const parsed = parse(glob);
        if ('error' in parsed)
            throw new RangeError(`${JSON.stringify(glob.slice(0, 120))} is not a usable repository name glob: ${parsed.error}`);
        starts.push(build(states, parsed.nodes, 0));
    }
    const start = states.length;
    states.push({ kind: 'fork', outs: starts });
    return (name) => run(states, start, name);
}
/** Does `name` match `glob`? Convenience for one glob; see {@link compileNameGlobs}. */
function matchesNameGlob(glob, name) {
    return compileNameGlobs([glob])(name);
}
/** Parses a glob, or says why it cannot be used. */
function parse(glob) {
    if (glob.length === 0)
        return { error: 'an empty glob matches no name' };
    if (glob.length > MAX_NAME_GLOB_LENGTH)
        return {
            error: `longer than ${MAX_NAME_GLOB_LENGTH} characters (a repository name has at most 100)`
        };
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (!GLOB_CHAR.test(c))
            return {
                error: `${JSON.stringify(c)} at character ${i + 1}: a repository name holds only letters, digits, '.', '_' and '-', and a glob adds * ? [ ] { } ,`
            };
    }
    // The balance checks first, with the messages the policy loader has always given.
    let square = 0;
    const curly = [];
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '[') {
            if (square > 0)
                return { error: "a '[' inside a [...] class" };
            square++;
        }
        else if (c === ']') {
            if (square === 0)
                return { error: "a ']' without its '['" };
            square--;
        }
        else if (square > 0)
            continue;
        else if (c === '{')
            curly.push(i);
        else if (c === '}') {
            if (curly.pop() === undefined)
                return { error: "a '}' without its '{'" };
        }
        else if (c === '.' && glob[i + 1] === '.' && curly.length > 0) {
            const open = curly.at(-1);
            const close = glob.indexOf('}', i);
            return {
                error: `a range '${glob.slice(open, close + 1)}' at character ${open + 1}: ranges in braces are not supported; write a class such as [1-3] or the alternatives {1,2,3}`
            };
        }
    }
    if (square > 0)
        return { error: "a '[' without its ']'" };
    if (curly.length > 0)
        return { error: "a '{' without its '}'" };
    const p = { glob, i: 0 };
    const seq = parseSeq(p, 0);
    if ('error' in seq)
        return seq;
    if (p.i < glob.length)
        return { error: `${JSON.stringify(glob[p.i])} at character ${p.i + 1}` };
    return { nodes: seq.nodes };
}
/** A sequence up to the end, or (inside braces, depth > 0) up to its `,` or `}`. */
function parseSeq(p, depth) {
    const nodes = [];
    const g = p.glob;
    while (p.i < g.length) {
        const c = g[p.i];
        if (c === ',' || c === '}') {
            if (depth > 0)
                break;
            return {
                error: `a ',' outside {…} at character ${p.i + 1}: a repository name holds no ','; give each glob as its own entry`
            };
        }
        if (c === '*') {
            // `**` is `*` for a name (it holds no '/').
            if (nodes.at(-1)?.t !== 'star')
                nodes.push({ t: 'star' });
            p.i++;
        }
        else if (c === '?') {
            nodes.push({ t: 'any' });
            p.i++;
        }
        else if (c === '[') {
            const cls = parseClass(p);
            if ('error' in cls)
                return cls;
            nodes.push(cls.node);
        }
        else if (c === '{') {
            const alt = parseAlt(p, depth);
            if ('error' in alt)
                return alt;
            nodes.push(alt.node);
        }
        else {
            nodes.push({ t: 'lit', code: fold(c.charCodeAt(0)) });
            p.i++;
        }
    }
    return { nodes };
}
/** `[...]` at p.i: its ranges (a single character is a range of one). */
function parseClass(p) {
    const g = p.glob;
    const open = p.i;
    const close = g.indexOf(']', open + 1);
    const body = g.slice(open + 1, close);
    if (body.length === 0)
        return { error: "an empty '[]' class" };
    const ranges = [];
    for (let k = 0; k < body.length;) {
        const c = body[k];
        if (!NAME_CHAR.test(c))
            return {
                error: `${JSON.stringify(c)} inside a [...] class at character ${open + 2 + k}: a class holds letters, digits, '.', '_', '-' and ranges such as a-z`
            };
        const to = body[k + 2];
        if (body[k + 1] === '-' && to !== undefined) {
            if (!NAME_CHAR.test(to))
                return {
                    error: `${JSON.stringify(to)} inside a [...] class at character ${open + 4 + k}: a class holds letters, digits, '.', '_', '-' and ranges such as a-z`
                };
            const lo = c.charCodeAt(0);
            const hi = to.charCodeAt(0);
            if (lo > hi)
                return {
                    error: `the range '${c}-${to}' at character ${open + 2 + k} runs backwards (it would match nothing); write '${to}-${c}'`
                };
            ranges.push([lo, hi]);
            k += 3;
        }
        else {
            ranges.push([c.charCodeAt(0), c.charCodeAt(0)]);
            k++;
        }
    }
    p.i = close + 1;
    return { node: { t: 'class', ranges } };
}
/** `{a,b,…}` at p.i: its alternatives. */
function parseAlt(p, depth) {
    const g = p.glob;
    const open = p.i;
    p.i++;
    const options = [];
    for (;;) {
        const seq = parseSeq(p, depth + 1);
        if ('error' in seq)
            return seq;
        options.push(seq.nodes);
        const c = g[p.i];
        p.i++;
        if (c === '}')
            break;
        // c is ',' (the balance check guarantees a '}' follows)
    }
    if (options.length < 2)
        return {
            error: `'${g.slice(open, p.i)}' at character ${open + 1} has no ',' (picomatch reads it as the text itself); write alternatives such as {a,b}, or drop the braces`
        };
    return { node: { t: 'alt', options } };
}
/** Adds the states of `nodes` before state `next`; returns the first state's index. */
function build(states, nodes, next) {
    let at = next;
    for (let k = nodes.length - 1; k >= 0; k--) {
        const n = nodes[k];
        if (n.t === 'alt') {
            const outs = n.options.map((o) => build(states, o, at));
            states.push({ kind: 'fork', outs });
            at = states.length - 1;
        }
        else if (n.t === 'star') {
            const fork = { kind: 'fork', outs: [] };
            states.push(fork);
            const forkAt = states.length - 1;
            states.push({ kind: 'char', test: () => true, out: forkAt });
            fork.outs.push(states.length - 1, at);
            at = forkAt;
        }
        else {
            states.push({ kind: 'char', test: testOf(n), out: at });
            at = states.length - 1;
        }
    }
    return at;
}
function testOf(n) {
    if (n.t === 'any')
        return () => true;
    if (n.t === 'lit') {
        const want = n.code;
        return (code) => fold(code) === want;
    }
    const ranges = n.ranges;
    const inRange = (code) => ranges.some(([lo, hi]) => code >= lo && code <= hi);
    // As a regular expression's class with the `i` flag: the character or its other case.
    return (code) => inRange(code) || inRange(otherCase(code));
}
/** Runs the automaton over `name`: the set of live states, one step per character. */
function run(states, start, name) {
    if (name === '.' || name === '..' || name.length === 0)
        return false;
    const seen = new Int32Array(states.length).fill(-1);
    let current = [];
    const add = (list, s, step) => {
        const stack = [s];
        while (stack.length > 0) {
            const x = stack.pop();
            if (seen[x] === step)
                continue;
            seen[x] = step;
            const st = states[x];
            if (st.kind === 'fork')
                for (let k = st.outs.length - 1; k >= 0; k--)
                    stack.push(st.outs[k]);
            else
                list.push(x);
        }
    };
    add(current, start, 0);
    for (let i = 0; i < name.length; i++) {
        const code = name.charCodeAt(i);
        const next = [];
        for (const x of current) {
            const st = states[x];
            if (st.kind === 'char' && st.test(code))
                add(next, st.out, i + 1);
        }
        if (next.length === 0)
            return false;
        current = next;
    }
    return current.some((x) => states[x]?.kind === 'match');
}


/***/ }),

/***/ 1405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gb: () => (/* binding */ planDigest),
/* harmony export */   Gy: () => (/* binding */ checkPlan),
/* harmony export */   Jl: () => (/* binding */ costsFromReport),
/* harmony export */   Ok: () => (/* binding */ ORG_CONTROLS),
/* harmony export */   Pt: () => (/* binding */ planText),
/* harmony export */   Qt: () => (/* binding */ isOrganisationName),
/* harmony export */   Qy: () => (/* binding */ mostFailing),
/* harmony export */   Ue: () => (/* binding */ DEFAULT_REPO_REQUESTS),
/* harmony export */   _b: () => (/* binding */ orgSarif),
/* harmony export */   bO: () => (/* binding */ mergeOrg),
/* harmony export */   di: () => (/* binding */ MAX_PLAN_BYTES),
/* harmony export */   ed: () => (/* binding */ isPlanDigest),
/* harmony export */   en: () => (/* binding */ isRepositoryName),
/* harmony export */   hH: () => (/* binding */ MAX_SHARDS),
/* harmony export */   i9: () => (/* binding */ selectRepos),
/* harmony export */   j$: () => (/* binding */ isPlanBranchName),
/* harmony export */   tF: () => (/* binding */ planShards),
/* harmony export */   tP: () => (/* binding */ sealPlan)
/* harmony export */ });
/* unused harmony exports MAX_REPO_REQUESTS, ACTIONS_OUTPUT_MAX_BYTES, outputBytes, shardRefs, checkShardRef, shardOfPlan, settingOf, SARIF_MAX_RESULTS, ORG_SARIF_MAX_RULES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(484);
/* harmony import */ var _name_glob_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1875);
/**
 * Organisation scale (issue 19), the pure half: which repositories a plan covers, how they are
 * split into shards of balanced expected request cost, and how the shards' verify-rules reports
 * merge into one organisation report (table repository × setting, totals, worst first), its
 * Markdown and a SARIF log for code scanning. No I/O: the listing, the per-shard verification and
 * the artifacts live in io/ and github/.
 */



/**
 * An organisation login as GitHub allows it: letters, digits and single hyphens, not at either
 * end, at most 39 characters.
 */
function isOrganisationName(s) {
    return /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/.test(s);
}
/**
 * OWNER/NAME as GitHub allows it (the owner: letters, digits and `-`, not first, at most 39;
 * the name: letters, digits, `-`, `_`, `.`, at most 100
 * characters and neither `.` nor `..`): a name that is safe as a folder name under a shard's
 * output (no path can climb out of it) and as Markdown code.
 */
function isRepositoryName(full) {
    const m = /^([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9_.-]{1,100})$/.exec(full);
    return m !== null && m[2] !== '.' && m[2] !== '..';
}
/** Longest default branch name a plan may carry (git allows longer; GitHub's refs are bounded). */
const MAX_BRANCH_NAME_LENGTH = 255;
/**
 * A default branch name a plan may carry, as the API is asked with it: not empty, at most
 * {@link MAX_BRANCH_NAME_LENGTH} characters, no control character (C0 or DEL).
 */
function isPlanBranchName(b) {
    if (typeof b !== 'string' || b.length === 0 || b.length > MAX_BRANCH_NAME_LENGTH)
        return false;
    for (let i = 0; i < b.length; i++) {
        const c = b.charCodeAt(i);
        if (c <= 0x1f || c === 0x7f)
            return false;
    }
    return true;
}
/**
 * The requests one repository's verify-rules is expected to cost when no earlier run measured it:
 * the repository, the default branch's classic protection and its rules
 * (GET /repos/{o}/{r}/rules/branches/{branch}), the rulesets list, the workflows listing and a few
 * workflow files (for the check names). A measured figure from the previous organisation report
 * (`requests` of its row) replaces it in {@link planShards}.
 */
const DEFAULT_REPO_REQUESTS = 9;
/**
 * The most requests one repository may be planned at: 15,000, the largest primary rate limit an
 * installation token gets in an hour (GitHub Enterprise Cloud; 12,500 elsewhere, 5,000 for
 * GITHUB_TOKEN — docs: "Rate limits for the REST API", primary rate limit for GitHub App
 * installations). A repository measured above it could not be verified within one hour's budget
 * whatever the sharding, so a larger figure says nothing more; bounding it keeps every shard's
 * cost a finite whole number (at most 15,000 × the repositories, far below 2^53 even at 100,000
 * repositories), so the plan file holds the number, never `null` for an Infinity.
 */
const MAX_REPO_REQUESTS = 15_000;
/**
 * A measured cost as a plan uses it: a finite number above 0 rounded up and capped at
 * {@link MAX_REPO_REQUESTS}; anything else (NaN, ±Infinity, 0, negative, not a number) is not a
 * measurement and gives undefined.
 */
function planCost(c) {
    if (typeof c !== 'number' || !Number.isFinite(c) || c <= 0)
        return undefined;
    return Math.min(Math.ceil(c), MAX_REPO_REQUESTS);
}
/**
 * The repositories a plan covers, sorted by full name (case-insensitive, then exact): archived
 * ones left out unless `includeArchived`, then topics, visibility, include and exclude globs.
 * The globs are matched in linear time (core/name-glob.ts), so no repository name makes the plan
 * hang.
 *
 * @throws RangeError naming an include or exclude glob outside core/name-glob.ts's language
 */
function selectRepos(repos, f = {}) {
    const include = f.include?.length ? (0,_name_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .compileNameGlobs */ .iq)(f.include) : null;
    const exclude = f.exclude?.length ? (0,_name_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .compileNameGlobs */ .iq)(f.exclude) : null;
    const topics = f.topics?.length ? new Set(f.topics.map((t) => t.toLowerCase())) : null;
    const visibility = f.visibility?.length ? new Set(f.visibility) : null;
    const seen = new Set();
    const out = [];
    for (const r of repos) {
        const key = r.full_name.toLowerCase();
        if (seen.has(key))
            continue;
        seen.add(key);
        const name = r.full_name.split('/')[1] ?? r.full_name;
        if (r.archived && !f.includeArchived)
            continue;
        if (topics && !r.topics.some((t) => topics.has(t.toLowerCase())))
            continue;
        if (visibility && !visibility.has(r.visibility))
            continue;
        if (include && !include(name))
            continue;
        if (exclude && exclude(name))
            continue;
        out.push(r);
    }
    return out.sort((a, b) => byName(a.full_name, b.full_name));
}
/**
 * Splits repositories into `count` shards of balanced expected cost, deterministically: the same
 * list gives the same shards whatever its order. Longest-processing-time-first (Graham 1969):
 * repositories by cost, highest first (ties by name), each to the shard with the least cost so
 * far (ties: the lowest index); no shard is more than one repository's cost above the lightest.
 * Fewer repositories than shards gives fewer shards (no empty matrix job). Each shard carries
 * its repositories' default branches from the listing (`default_branches`; a name that
 * {@link isPlanBranchName} refuses is left out, so that repository's shard reads it). A
 * repository listed twice (names compare case-insensitively, as GitHub's do) is planned once.
 *
 * @param count shards wanted, 1–256 (GitHub's matrix limit is 256 jobs)
 * @param costs requests each repository took in an earlier run (OWNER/NAME → requests), taken
 *   through {@link planCost} (rounded up, at most {@link MAX_REPO_REQUESTS}); others, and figures
 *   that are not finite numbers above 0, cost {@link DEFAULT_REPO_REQUESTS}
 * @param organisation when given, every repository must be of it (owner compared
 *   case-insensitively), as {@link checkPlan} will require of the plan
 * @throws RangeError for a count outside 1–256, or a repository that is not OWNER/NAME or not of
 *   `organisation` (naming it): a plan its own reader would refuse is never made
 */
function planShards(repos, count, costs = new Map(), organisation) {
    if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS)
        throw new RangeError(`shards must be a whole number from 1 to ${MAX_SHARDS} (a matrix runs at most ${MAX_SHARDS} jobs), got ${count}`);
    for (const r of repos) {
        if (!isRepositoryName(r.full_name))
            throw new RangeError(`${JSON.stringify(r.full_name.slice(0, 200))} is not an OWNER/NAME repository name`);
        if (organisation !== undefined &&
            r.full_name.split('/')[0]?.toLowerCase() !== organisation.toLowerCase())
            throw new RangeError(`${r.full_name} is not a repository of ${organisation}`);
    }
    const costOf = (name) => planCost(costs.get(name)) ?? DEFAULT_REPO_REQUESTS;
    const seen = new Set();
    const unique = [...repos]
        .sort((a, b) => byName(a.full_name, b.full_name))
        .filter((r) => {
        const key = r.full_name.toLowerCase();
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    const items = unique
        .map((r) => ({ name: r.full_name, cost: costOf(r.full_name), branch: r.default_branch }))
        .sort((a, b) => b.cost - a.cost || byName(a.name, b.name));
    const n = Math.min(count, items.length);
    const shards = Array.from({ length: n }, (_, index) => ({ index, repositories: [], cost: 0, default_branches: {} }));
    for (const it of items) {
        let best = shards[0];
        for (const s of shards)
            if (s.cost < best.cost)
                best = s;
        best.repositories.push(it.name);
        best.cost += it.cost;
        if (isPlanBranchName(it.branch))
            best.default_branches[it.name] = it.branch;
    }
    for (const s of shards)
        s.repositories.sort(byName);
    return shards;
}
/**
 * Largest plan file read (mode shard/merge, `gonogo org merge`): about 65 bytes a repository with
 * its default branch, so 20,000 repositories are about 1.3 MB and 100,000 under 7 MiB.
 */
const MAX_PLAN_BYTES = 64 * 1024 * 1024;
/**
 * A plan read back (a file, an action input): the contract, a valid organisation name, at most
 * 256 shards with distinct whole indexes 0–255, and repositories that are valid OWNER/NAMEs of
 * that organisation, each in one shard only; a shard's `default_branches`, when present, an
 * object whose keys are among that shard's repositories and whose values are branch names
 * ({@link isPlanBranchName}: not empty, at most 255 characters, no control character). Returns
 * the plan (shards by index, their repositories sorted, `default_branches` kept as given) or what
 * is wrong with it, naming the field; never throws.
 */
function checkPlan(doc) {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        return { error: 'not a JSON object' };
    const p = doc;
    if (p.contract !== 'gonogo.org-plan/v1')
        return { error: `contract is ${JSON.stringify(p.contract)}, not "gonogo.org-plan/v1"` };
    if (typeof p.organisation !== 'string' || !isOrganisationName(p.organisation))
        return { error: 'organisation is not an organisation name' };
    const org = p.organisation.toLowerCase();
    if (!Array.isArray(p.shards) || p.shards.length > 256)
        return { error: 'shards is not a list of at most 256 shards' };
    const indexes = new Set();
    const seen = new Set();
    const shards = [];
    for (const [i, raw] of p.shards.entries()) {
        const s = raw;
        if (typeof s !== 'object' || s === null)
            return { error: `shards[${i}] is not an object` };
        if (!Number.isInteger(s.index) || s.index < 0 || s.index > 255)
            return { error: `shards[${i}].index is not a whole number from 0 to 255` };
        const index = s.index;
        if (indexes.has(index))
            return { error: `shards[${i}].index ${index} appears twice` };
        indexes.add(index);
        if (!Array.isArray(s.repositories))
            return { error: `shards[${i}].repositories is not a list` };
        for (const r of s.repositories) {
            if (typeof r !== 'string' || !isRepositoryName(r))
                return { error: `shards[${i}].repositories holds ${JSON.stringify(r)}, not OWNER/NAME` };
            if (r.split('/')[0]?.toLowerCase() !== org)
                return {
                    error: `shards[${i}].repositories holds ${r}, not a repository of ${p.organisation}`
                };
            if (seen.has(r.toLowerCase()))
                return { error: `${r} is in more than one shard` };
            seen.add(r.toLowerCase());
        }
        const cost = typeof s.cost === 'number' && Number.isFinite(s.cost) && s.cost >= 0 ? s.cost : 0;
        const repositories = [...s.repositories].sort(byName);
        const shard = { index, repositories, cost };
        if (s.default_branches !== undefined) {
            const branches = checkDefaultBranches(s.default_branches, repositories, `shards[${i}]`);
            if ('error' in branches)
                return branches;
            shard.default_branches = branches.map;
        }
        shards.push(shard);
    }
    return {
        plan: {
            contract: 'gonogo.org-plan/v1',
            organisation: p.organisation,
            shards: shards.sort((a, b) => a.index - b.index)
        }
    };
}
/**
 * A shard's `default_branches` read back: an object whose keys are repositories of the shard
 * (exactly as listed) and whose values are {@link isPlanBranchName}s; the error names the field.
 */
function checkDefaultBranches(v, repositories, at) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return { error: `${at}.default_branches is not an object (OWNER/NAME → branch)` };
    const members = new Set(repositories);
    const map = {};
    for (const [repo, branch] of Object.entries(v)) {
        if (!members.has(repo))
            return {
                error: `${at}.default_branches names ${JSON.stringify(repo.slice(0, 200))}, not a repository of ${at}`
            };
        if (!isPlanBranchName(branch))
            return {
                error: `${at}.default_branches[${JSON.stringify(repo)}] is not a branch name (a string of 1 to ${MAX_BRANCH_NAME_LENGTH} characters without control characters)`
            };
        map[repo] = branch;
    }
    return { map };
}
/** A matrix generates at most this many jobs per workflow run (docs: "Running variations of jobs in a workflow", matrix limits). */
const MAX_SHARDS = 256;
/**
 * A job output may hold at most 1 MB, its size approximated in UTF-16 (docs: "Passing information
 * between jobs", output limitations). The plan job's outputs must stay under it whatever the
 * organisation's size, so they never carry repository names.
 */
const ACTIONS_OUTPUT_MAX_BYTES = 1_000_000;
/** The size GitHub counts for an output: its UTF-16 code units, two bytes each. */
function outputBytes(value) {
    return value.length * 2;
}
/**
 * The plan file's text: canonical JSON (keys sorted, core/canonical-json.ts) and a newline. The
 * same plan always gives the same bytes, which {@link planDigest} hashes.
 */
function planText(plan) {
    return `${(0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stableStringify */ .J)(plan)}\n`;
}
/**
 * `sha256:<hex>` of {@link planText} of the plan as {@link checkPlan} returns it (shards by index,
 * repositories sorted), so a plan file reformatted in transit keeps its digest and a plan with
 * one repository more or less does not.
 */
function planDigest(plan) {
    return digestOf(planText(plan));
}
/** `sha256:<hex>` of a plan file's text. */
function digestOf(text) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex')}`;
}
/** A plan digest as {@link planDigest} writes it: `sha256:` and 64 lower-case hex digits. */
function isPlanDigest(v) {
    return typeof v === 'string' && /^sha256:[0-9a-f]{64}$/.test(v);
}
/**
 * A plan as it will be written, read back before it is: {@link planText} parsed and checked by
 * {@link checkPlan} (what `mode: shard` and `mode: merge` do with the file), and written again,
 * must give the same bytes. Returns the plan as read back, the exact text to write and the
 * `sha256:` digest of that text (so the digest printed and given to the shards is the file's),
 * or what is wrong: the reader's refusal, or the field that does not read back as written
 * (a cost of Infinity is written `null` and read back 0, which would change the digest).
 * Never throws.
 */
function sealPlan(plan) {
    for (const sh of plan.shards)
        if (!Number.isSafeInteger(sh.cost) || sh.cost < 0)
            return {
                error: `shard ${sh.index} costs ${String(sh.cost)} requests, not a whole number the plan file can hold (JSON writes Infinity and NaN as null); check the --costs report`
            };
    let text;
    let doc;
    try {
        text = planText(plan);
        doc = JSON.parse(text);
    }
    catch (e) {
        return { error: `the plan cannot be written as JSON (${String(e)})` };
    }
    const back = checkPlan(doc);
    if ('error' in back)
        return { error: `the plan would be refused when read back: ${back.error}` };
    const again = planText(back.plan);
    if (again !== text) {
        const at = [...text].findIndex((c, i) => again[i] !== c);
        return {
            error: `the plan does not read back as written (first difference at character ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 40))}); a shard cost or name is not what the plan file can hold`
        };
    }
    return {
        plan: back.plan,
        text,
        digest: digestOf(text)
    };
}
/** The plan job's `shards` output: one {@link ShardRef} per shard, by index. */
function shardRefs(plan) {
    const digest = planDigest(plan);
    return [...plan.shards]
        .sort((a, b) => a.index - b.index)
        .map((s) => ({ index: s.index, count: plan.shards.length, plan: digest }));
}
/**
 * A shard descriptor read back (the `shard` input, `${{ toJSON(matrix.shard) }}`): exactly
 * `index`, `count` (1–{@link MAX_SHARDS}) and `plan` (a sha256 digest), `index` below `count`.
 * Returns it or what is wrong with it; never throws.
 */
function checkShardRef(doc) {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        return { error: 'not a JSON object' };
    const d = doc;
    if (Object.hasOwn(d, 'repositories'))
        return {
            error: 'it carries a repository list: a shard of an older plan; plan again with this version (its shards output names index, count and plan only, the repositories travel in the gonogo-org-plan artifact)'
        };
    const extra = Object.keys(d).filter((k) => !['index', 'count', 'plan'].includes(k));
    if (extra.length > 0)
        return { error: `unknown key ${JSON.stringify(extra[0])}` };
    if (!Number.isInteger(d.count) || d.count < 1 || d.count > MAX_SHARDS)
        return { error: `count is not a whole number from 1 to ${MAX_SHARDS}` };
    const count = d.count;
    if (!Number.isInteger(d.index) || d.index < 0 || d.index >= count)
        return { error: `index is not a whole number from 0 to ${count - 1}` };
    if (!isPlanDigest(d.plan))
        return { error: 'plan is not a sha256:<64 hex digits> plan digest' };
    return { ref: { index: d.index, count, plan: d.plan } };
}
/**
 * The shard a descriptor names, taken from the plan file it must belong to: the plan's digest
 * must be the descriptor's and its shard count the descriptor's count (a plan file of another
 * run, or edited, is refused: fail closed rather than verify other repositories than planned).
 */
function shardOfPlan(plan, ref) {
    const digest = planDigest(plan);
    if (digest !== ref.plan)
        return {
            error: `the plan file is not the plan this shard belongs to (its digest is ${digest}, the shard names ${ref.plan}): download the gonogo-org-plan artifact of this workflow run`
        };
    if (plan.shards.length !== ref.count)
        return {
            error: `the plan has ${plan.shards.length} shards, the shard says ${ref.count}`
        };
    const shard = plan.shards.find((s) => s.index === ref.index);
    if (!shard)
        return { error: `the plan has no shard ${ref.index}` };
    return { shard };
}
/**
 * Measured costs for {@link planShards} from a previous org-report.json: OWNER/NAME → the
 * requests its verification took (`requests` of its row): a whole number above 0, capped at
 * {@link MAX_REPO_REQUESTS} (the most one hour's installation budget allows; a report edited to
 * say `1e308` plans that repository at 15,000, never at Infinity). A row whose repository is not
 * OWNER/NAME, a figure that is not a finite whole number above 0, anything else in the
 * document, or a document that is not a report, gives no cost (the default is used).
 */
function costsFromReport(doc) {
    const out = new Map();
    const rows = doc?.repositories;
    if (!Array.isArray(rows))
        return out;
    for (const row of rows) {
        const r = row;
        if (typeof r?.repository === 'string' &&
            isRepositoryName(r.repository) &&
            typeof r.requests === 'number' &&
            Number.isInteger(r.requests) &&
            r.requests > 0)
            out.set(r.repository, Math.min(r.requests, MAX_REPO_REQUESTS));
    }
    return out;
}
/**
 * The reports verify-rules writes for every repository: a repository missing one of them is not
 * fully verified (an artifact with a file removed or replaced must not pass).
 */
const ORG_CONTROLS = ['branch-protection', 'required-checks'];
/**
 * The setting a check is about: its id without the branch prefix and detail (`main/min-approvals`
 * → `min-approvals`, `main/required-check:ci/test` → `required-check`,
 * `release/v2/min-approvals` → `min-approvals`), prefixed by the report's control
 * (`branch-protection`, `required-checks`) so the two reports never mix. Check ids are
 * `<branch>/<setting>[:<detail>]`; a branch name may hold `/` but never `:` (git-check-ref-format),
 * and setting names hold neither, so the setting is what lies between the last `/` before the
 * first `:` and that `:`.
 */
function settingOf(control, check) {
    const colon = check.id.indexOf(':');
    const head = colon >= 0 ? check.id.slice(0, colon) : check.id;
    return `${control}:${head.slice(head.lastIndexOf('/') + 1)}`;
}
/**
 * One organisation report from the plan and what each shard left: a repository whose shard is
 * missing, or that its shard did not report, is `unverified` with the reason — never passed.
 * Deterministic for the same inputs (`generatedAt` is the only time in it).
 */
function mergeOrg(o) {
    const byIndex = new Map(o.results.map((r) => [r.index, r]));
    const rows = [];
    const settings = new Set();
    const shards = [];
    for (const shard of o.plan) {
        const result = byIndex.get(shard.index);
        const missing = result?.reports === undefined;
        shards.push({
            index: shard.index,
            repositories: shard.repositories.length,
            status: missing ? 'missing' : 'reported',
            why: missing ? (result?.why ?? 'the shard left no artifact (it failed or never ran)') : null
        });
        for (const repo of shard.repositories) {
            const reports = result?.reports?.get(repo);
            const measured = result?.requests?.get(repo);
            const requests = measured !== undefined && Number.isInteger(measured) && measured >= 0 ? measured : null;
            const overrides = missing ? [] : [...(result.overrides?.get(repo) ?? [])];
            if (missing || reports === undefined || reports.length === 0) {
                rows.push({
                    repository: repo,
                    status: 'unverified',
                    settings: {},
                    failed: 0,
                    unverified: 1,
                    reason: missing
                        ? `shard ${shard.index}: ${result?.why ?? 'the shard left no artifact (it failed or never ran)'}`
                        : `shard ${shard.index} did not report this repository`,
                    requests,
                    overrides
                });
                continue;
            }
            const per = new Map();
            // A report of another repository, or a control missing, proves nothing for this one.
            for (const control of ORG_CONTROLS)
                if (!reports.some((r) => r.control === control && r.subject.repository === repo))
                    per.set(`${control}:(not reported)`, ['unverified']);
            for (const r of reports) {
                if (r.subject.repository !== repo)
                    continue;
                if (r.checks.length === 0)
                    per.set(`${r.control}:(no checks)`, ['unverified']);
                for (const c of r.checks) {
                    const s = settingOf(r.control, c);
                    per.set(s, [...(per.get(s) ?? []), c.status]);
                }
            }
            const cells = {};
            for (const s of [...per.keys()].sort(byName)) {
                cells[s] = worstOf(per.get(s) ?? []);
                settings.add(s);
            }
            const values = Object.values(cells);
            rows.push({
                repository: repo,
                status: worstOf([
                    ...values,
                    ...reports.filter((r) => r.subject.repository === repo).map((r) => r.status)
                ]),
                settings: cells,
                failed: values.filter((v) => v === 'failed').length,
                unverified: values.filter((v) => v === 'unverified').length,
                reason: null,
                requests,
                overrides
            });
        }
    }
    const rank = { failed: 0, unverified: 1, passed: 2 };
    rows.sort((a, b) => rank[a.status] - rank[b.status] ||
        b.failed - a.failed ||
        b.unverified - a.unverified ||
        byName(a.repository, b.repository));
    return {
        contract: 'gonogo.org-report/v1',
        organisation: o.organisation,
        generated_at: o.generatedAt,
        settings: [...settings].sort(byName),
        repositories: rows,
        totals: {
            repositories: rows.length,
            passed: rows.filter((r) => r.status === 'passed').length,
            failed: rows.filter((r) => r.status === 'failed').length,
            unverified: rows.filter((r) => r.status === 'unverified').length
        },
        shards: shards.sort((a, b) => a.index - b.index)
    };
}
/**
 * Code scanning's hard limits on an uploaded SARIF file (docs: "SARIF support for code scanning",
 * upload limits; "SARIF results exceed limit"): a file of more than 20 runs, a run of more than
 * 25,000 results or more than 25,000 rules is rejected as a whole. orgSarif writes one run and
 * stays within the other two. This is the results limit.
 */
const SARIF_MAX_RESULTS = 25_000;
/** Code scanning rejects a run of more rules than this (docs: "SARIF results exceed limit"). */
const SARIF_MAX_RULES = 25_000;
/**
 * Rules (settings) one organisation SARIF run holds at most: well under code scanning's
 * {@link SARIF_MAX_RULES}. verify-rules reports a few dozen settings (the policy keys of
 * action-ruleset-verify/README.md "The policy" and the read failures), so 500 is never reached
 * by real reports; a forged shard report inventing 20,000 check ids would otherwise make 20,000
 * rules with their descriptions (about 20 MB, over the 10 MB a gzip-compressed upload may hold,
 * docs: "SARIF file is too large"). The settings kept are those with the most failed, then
 * unverified results; the others' results are left out and counted.
 */
const ORG_SARIF_MAX_RULES = 500;
/** Where the policy keys and the organisation report are documented (README sections). */
const POLICY_DOC = 'action-ruleset-verify/README.md, section "The policy"';
const ORG_DOC = 'README.md, section "Organisation scale"';
/**
 * What each setting gonogo reports means and how it is fixed: setting name (the part of a check
 * id {@link settingOf} keeps) → [meaning, fix, policy key under `branches.<branch>` or null].
 */
const SETTING_HELP = {
    'required-check': [
        'A status check the policy declares is required on the branch (by a ruleset or classic protection), from the app the policy names when it names one.',
        "Require the status check in a ruleset on the branch (Settings → Rules → Rulesets → Require status checks to pass), or remove it from the policy's required_checks.",
        'required_checks'
    ],
    'undeclared-required-check': [
        'A status check is required on the branch but not declared in the policy: the policy is the one source of truth for required checks.',
        "Add the check to the branch's required_checks in the policy, or stop requiring it in the ruleset or classic protection.",
        'required_checks'
    ],
    'undeclared-required-checks': [
        'Some source of required checks (rulesets, classic protection) could not be read, so the branch may require checks the policy does not declare.',
        'Give the token read access to the repository administration (rulesets and branch protection), then run again.',
        'required_checks'
    ],
    'min-approvals': [
        'Pull requests into the branch need at least the number of approving reviews the policy asks for.',
        'Raise "Required approvals" in the pull-request rule of a ruleset on the branch (or classic protection).',
        'min_approvals'
    ],
    strict: [
        'Branches must be up to date with the base before merging.',
        'Turn on "Require branches to be up to date before merging" in the status-check rule.',
        'strict'
    ],
    'dismiss-stale-reviews': [
        'Approvals are dismissed when new commits are pushed.',
        'Turn on "Dismiss stale pull request approvals when new commits are pushed".',
        'dismiss_stale_reviews'
    ],
    'require-code-owner-review': [
        'A review from a code owner is required.',
        'Turn on "Require review from Code Owners".',
        'require_code_owner_review'
    ],
    'require-last-push-approval': [
        'The most recent push must be approved by someone other than its author.',
        'Turn on "Require approval of the most recent reviewable push".',
        'require_last_push_approval'
    ],
    'require-conversation-resolution': [
        'All review conversations must be resolved before merging.',
        'Turn on "Require conversation resolution before merging".',
        'require_conversation_resolution'
    ],
    'require-linear-history': [
        'Merge commits cannot be pushed to the branch.',
        'Add the "Require linear history" rule.',
        'require_linear_history'
    ],
    'block-force-pushes': [
        'Force pushes to the branch are blocked.',
        'Add the "Block force pushes" rule.',
        'block_force_pushes'
    ],
    'block-deletions': [
        'The branch cannot be deleted.',
        'Add the "Restrict deletions" rule.',
        'block_deletions'
    ],
    'require-signed-commits': [
        'Commits pushed to the branch must be signed.',
        'Add the "Require signed commits" rule.',
        'require_signed_commits'
    ],
    'bypass-actors': [
        'Only the actors the policy allows can bypass the branch rules.',
        "Remove the other actors from the ruleset's bypass list, or add them to the branch's bypass_allowed in the policy.",
        'bypass_allowed'
    ],
    'required-checks-visible': [
        'The checks required on the branch could be read.',
        'Give the token read access to the repository administration (rulesets and branch protection), then run again.',
        'required_checks'
    ],
    producible: [
        'Every check required on the branch is produced by a workflow of the repository (or by the app the rule pins), so merges do not wait for a check that never comes.',
        'Add or fix the workflow job that reports the check, or pin the check to the app that reports it, or stop requiring it.',
        'required_checks'
    ],
    policy: [
        'The branch has an entry under branches: in the policy (its exact name or a glob).',
        'Add the branch, or a glob that matches it, under branches: in the policy.',
        null
    ],
    exists: [
        'The branch the policy names exists in the repository.',
        'Create the branch, or correct its name in the branches input or the policy.',
        null
    ],
    'default-branch': [
        "The repository's default branch could be read.",
        'Give the token read access to the repository (metadata), then run again.',
        null
    ],
    branches: [
        "The repository's branches could be listed.",
        'Give the token read access to the repository (metadata), then run again.',
        null
    ],
    'api-budget': [
        'The repository was verified: it was not left out because the API rate limit ran out.',
        'Run the shard again after the rate limit resets (GET /rate_limit), or run fewer shards at once: every shard shares one installation budget.',
        null
    ],
    verify: [
        'The repository could be read and verified through the API.',
        "Read the result's message for the endpoint that failed; grant the token access to the repository, or drop it from the plan.",
        null
    ],
    '(not reported)': [
        "The repository's shard wrote this report (branch-protection or required-checks); a repository missing one is not fully verified.",
        "Run the repository's shard again; check that its artifact holds both reports.",
        null
    ],
    '(no checks)': [
        'The report of this repository holds at least one check: a report without checks proves nothing.',
        'Declare the protection wanted for its branches in the policy, then run again.',
        null
    ],
    unverified: [
        "The repository's shard reported it: a repository whose shard failed, or left no artifact, is not verified.",
        "Run the repository's shard again (the merge lists why each shard did not report).",
        null
    ]
};
/**
 * The rule of one setting: `fullDescription` says what the setting means, `help` (text and
 * Markdown) what to do and where the policy key is documented — code scanning shows both on the
 * alert (docs: "SARIF support for code scanning", reportingDescriptor object). Settings gonogo
 * does not know (a report from a newer version, or forged) get a generic text naming the
 * setting, its name capped and kept out of Markdown syntax. Deterministic.
 */
function sarifRule(setting) {
    const colon = setting.indexOf(':');
    const control = colon >= 0 ? setting.slice(0, colon) : '';
    const name = colon >= 0 ? setting.slice(colon + 1) : setting;
    const known = Object.hasOwn(SETTING_HELP, name) ? SETTING_HELP[name] : undefined;
    const shown = [...setting].slice(0, 120).join('');
    const safe = shown.replace(/[`\r\n]/g, "'");
    if (!known) {
        const text = `A check of the ${control || 'organisation'} report that gonogo does not describe (${shown}).`;
        const fix = `Read the result's message and the repository's ${control || 'verify-rules'} report in the shard artifact; the policy keys are in ${POLICY_DOC}, the organisation report in ${ORG_DOC}.`;
        return {
            id: setting,
            shortDescription: { text: `branch rule setting ${shown}` },
            fullDescription: { text },
            help: {
                text: fix,
                markdown: `A check \`${safe}\` that gonogo does not describe.\n\nRead the result's message and the repository's report in the shard artifact; the policy keys are in ${POLICY_DOC}, the organisation report in ${ORG_DOC}.`
            }
        };
    }
    const [meaning, fix, key] = known;
    const where = key
        ? `The policy key is branches.<branch>.${key} in the org policy (${POLICY_DOC}).`
        : `See ${ORG_DOC}.`;
    const whereMd = key
        ? `The policy key is \`branches.<branch>.${key}\` in the org policy (${POLICY_DOC}).`
        : `See ${ORG_DOC}.`;
    return {
        id: setting,
        shortDescription: { text: `branch rule setting ${shown}` },
        fullDescription: { text: meaning },
        help: {
            text: `${fix} ${where}`,
            markdown: `**${control ? `${control}: ` : ''}${name}**: ${meaning}\n\n**To fix:** ${fix}\n\n${whereMd}`
        }
    };
}
/**
 * The org policy's path as code scanning wants an artifact location: relative to the root of the
 * repository the log is uploaded to, `/`-separated, no `./` (docs: "SARIF support for code
 * scanning", physicalLocation.artifactLocation.uri).
 */
function repoRelative(p) {
    const s = p
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/\/{2,}/g, '/');
    return s === '' || s.startsWith('/') || s.split('/').includes('..') ? '.github/gonogo.yml' : s;
}
/**
 * The organisation report as SARIF 2.1.0 for code scanning in the repository that holds the org
 * policy (docs: "SARIF support for code scanning"): one result per repository and setting that is
 * not passed (`error` for failed, `warning` for unverified), each with the required `ruleId`,
 * `message.text` and one location — the policy file, relative to the repository root with
 * `uriBaseId: %SRCROOT%`, line 1 (code scanning needs a file of the repository the log is
 * uploaded to) — the repository as a logical location and in `partialFingerprints`, so the alert
 * follows the repository and setting across runs. Each rule carries `fullDescription` (what the
 * setting means) and `help` (text and Markdown: what to do, and the policy key).
 *
 * Within code scanning's upload limits (docs: "SARIF results exceed limit"): one run (at most
 * 20), at most {@link ORG_SARIF_MAX_RULES} rules (under the documented
 * {@link SARIF_MAX_RULES}; the settings with most failed, then unverified results, ties by name)
 * and at most {@link SARIF_MAX_RESULTS} results, worst repositories first. When anything is left
 * out, `invocations[0].toolExecutionNotifications` says how many results and rules, and the run's
 * `properties` hold the counts (`omittedResults`, `omittedRules`); org-report.json has them all.
 *
 * @param policyPath the org policy's path in the uploading repository, e.g. `.github/gonogo-org.yml`
 */
function orgSarif(r, policyPath, version) {
    const uri = repoRelative(policyPath);
    const entriesOf = (row) => row.reason !== null
        ? [['repository:unverified', 'unverified', row.reason]]
        : Object.entries(row.settings)
            .filter(([, v]) => v !== 'passed')
            .map(([s, v]) => [s, v, `${s} is ${v}`]);
    // Which settings get a rule: most failed, then most unverified results, then by name.
    const tally = new Map();
    for (const row of r.repositories)
        for (const [setting, status] of entriesOf(row)) {
            const t = tally.get(setting) ?? { failed: 0, unverified: 0 };
            t[status === 'failed' ? 'failed' : 'unverified']++;
            tally.set(setting, t);
        }
    const kept = mostFailing(tally, ORG_SARIF_MAX_RULES);
    const omittedRules = tally.size - kept.size;
    const rules = new Map();
    const results = [];
    let omitted = 0;
    for (const row of r.repositories) {
        for (const [setting, status, why] of entriesOf(row)) {
            if (!kept.has(setting) || results.length >= SARIF_MAX_RESULTS) {
                omitted++;
                continue;
            }
            if (!rules.has(setting))
                rules.set(setting, sarifRule(setting));
            results.push({
                ruleId: setting,
                level: status === 'failed' ? 'error' : 'warning',
                message: { text: `${row.repository}: ${why}` },
                locations: [
                    {
                        physicalLocation: {
                            artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                            region: { startLine: 1 }
                        },
                        logicalLocations: [{ name: row.repository, kind: 'module' }]
                    }
                ],
                partialFingerprints: { 'gonogo/repository-setting': `${row.repository}#${setting}` }
            });
        }
    }
    const notes = [];
    if (omittedRules > 0)
        notes.push(`${omittedRules} settings have no rule: this log holds at most ${ORG_SARIF_MAX_RULES} (the most failing; code scanning accepts at most ${SARIF_MAX_RULES} rules per run)`);
    if (omitted > 0)
        notes.push(`${omitted} results left out: code scanning accepts at most ${SARIF_MAX_RESULTS} per run${omittedRules > 0 ? ', and results of settings without a rule are left out' : ''}`);
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'gonogo',
                        version,
                        informationUri: 'https://github.com/acme/gonogo',
                        rules: [...rules.values()].sort((a, b) => byName(a.id, b.id))
                    }
                },
                originalUriBaseIds: {
                    '%SRCROOT%': { description: { text: 'The root of the repository holding the policy.' } }
                },
                ...(notes.length > 0
                    ? {
                        invocations: [
                            {
                                executionSuccessful: true,
                                toolExecutionNotifications: [
                                    {
                                        level: 'warning',
                                        message: { text: `${notes.join('; ')}; org-report.json has them all` }
                                    }
                                ]
                            }
                        ],
                        properties: { omittedResults: omitted, omittedRules }
                    }
                    : {}),
                results
            }
        ]
    };
}
/** failed before unverified before passed; none is unverified (nothing proves it passed). */
function worstOf(statuses) {
    if (statuses.length === 0)
        return 'unverified';
    if (statuses.includes('failed'))
        return 'failed';
    return statuses.includes('unverified') ? 'unverified' : 'passed';
}
/**
 * The `max` settings (at most) with most failed, then most unverified results, ties by name: the
 * ones orgSarif gives a rule and render/org-markdown.ts shows as columns.
 *
 * @param tally setting → its failed and unverified results
 */
function mostFailing(tally, max) {
    return new Set([...tally]
        .sort(([a, x], [b, y]) => y.failed - x.failed || y.unverified - x.unverified || byName(a, b))
        .slice(0, Math.max(0, max))
        .map(([s]) => s));
}
function byName(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 8198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jv: () => (/* binding */ scrubBytes),
/* harmony export */   Zg: () => (/* binding */ scrubSecrets),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   kH: () => (/* binding */ hasSecrets),
/* harmony export */   lL: () => (/* binding */ clearSecrets)
/* harmony export */ });
/* unused harmony exports MASK, MIN_SECRET_LENGTH */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Secrets gonogo was given (the API token, a signing key) and their removal from every text it
 * writes: reports, summaries, comments, check-run output, error messages. The runner masks
 * registered secrets in its logs only (`core.setSecret`, "Masking a value in a log" in GitHub's
 * workflow-commands docs); files, comments and check runs are written as given, so an API error
 * body that echoes the request would otherwise carry the token into them.
 *
 * Like the runner, a multi-line secret is also registered line by line, and each secret is
 * matched as written, URL-encoded, JSON-escaped and Base64-encoded (as in an `Authorization:
 * basic` header). Values shorter than {@link MIN_SECRET_LENGTH} are not registered: replacing them
 * would mangle ordinary text and they are no credential GitHub issues.
 */

/** What a secret is replaced with (the runner's mask). */
const MASK = '***';
/** Shorter values are not treated as secrets. */
const MIN_SECRET_LENGTH = 8;
const secrets = new Set();
let pattern;
/**
 * Registers a secret value (and its lines, and their encodings) to be scrubbed from every text
 * gonogo writes from now on. Empty or short values are ignored.
 */
function registerSecret(value) {
    if (!value)
        return;
    const parts = new Set([value, value.trim()]);
    for (const line of value.split(/\r?\n/))
        parts.add(line.trim());
    let added = false;
    for (const p of parts) {
        if (p.length < MIN_SECRET_LENGTH)
            continue;
        for (const form of encodings(p)) {
            if (form.length >= MIN_SECRET_LENGTH && !secrets.has(form)) {
                secrets.add(form);
                added = true;
            }
        }
    }
    if (added)
        pattern = undefined;
}
/** `text` with every registered secret replaced by {@link MASK}; unchanged when none is found. */
function scrubSecrets(text) {
    if (secrets.size === 0 || text.length === 0)
        return text;
    pattern ??= new RegExp(
    // Longest first, so a secret that contains another is replaced whole.
    [...secrets]
        .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
        .map(escapeRegExp)
        .join('|'), 'g');
    return text.replace(pattern, MASK);
}
/**
 * Bytes with every registered secret replaced, for a file copied as evidence (a report in a
 * bundle). Only valid UTF-8 is scrubbed: a binary file, or text in another encoding (UTF-16), is
 * evidence whose bytes gonogo does not rewrite, so it is returned unchanged (the same Buffer).
 * Returns the same Buffer when nothing was replaced, so the bytes change only when a secret is
 * present.
 */
function scrubBytes(data) {
    if (secrets.size === 0 || data.length === 0 || !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(data))
        return data;
    const text = data.toString('utf8');
    const scrubbed = scrubSecrets(text);
    return scrubbed === text ? data : Buffer.from(scrubbed, 'utf8');
}
/** Whether any secret is registered (writers may skip scrubbing binary data otherwise). */
function hasSecrets() {
    return secrets.size > 0;
}
/** Forgets every registered secret (tests; a new run in the same process). */
function clearSecrets() {
    secrets.clear();
    pattern = undefined;
}
function encodings(s) {
    const json = JSON.stringify(s).slice(1, -1);
    return [
        s,
        encodeURIComponent(s),
        json,
        Buffer.from(s, 'utf8').toString('base64').replace(/=+$/, ''),
        Buffer.from(`x-access-token:${s}`, 'utf8').toString('base64').replace(/=+$/, '')
    ];
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ }),

/***/ 2334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TM: () => (/* binding */ parseRfc3339),
/* harmony export */   cD: () => (/* binding */ parseEffectiveTime),
/* harmony export */   sO: () => (/* binding */ DAY_MS)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/**
 * Parses an RFC 3339 date (`2026-11-21`, meaning its first instant in UTC) or date-time. Unlike
 * Date.parse it refuses impossible calendar values (2026-02-30, 24:00) instead of rolling them over.
 * Returns NaN when the text is not such a time.
 */
function parseRfc3339(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.exec(text);
    if (!m)
        return NaN;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const day = new Date(Date.UTC(y, mo - 1, d));
    if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d)
        return NaN;
    if (m[4] === undefined)
        return day.getTime();
    if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)
        return NaN;
    return Date.parse(text);
}
const DAY_MS = 24 * 60 * 60 * 1000;
/** An `effective-time` input or option: an RFC 3339 time, or a configuration error saying so. */
function parseEffectiveTime(value) {
    const t = parseRfc3339(value);
    if (Number.isNaN(t)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`effective time '${value}' is not an RFC 3339 time such as 2026-11-21T00:00:00Z`);
    }
    return t;
}


/***/ }),

/***/ 7500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ currentBranch),
/* harmony export */   x: () => (/* binding */ headSha)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_contracts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3348);



const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** The checked-out branch of a repository, or '' (detached HEAD, not a repository, no git). */
async function currentBranch(cwd) {
    try {
        const { stdout } = await run('git', ['rev-parse', '--abbrev-ref', 'HEAD'], {
            cwd,
            timeout: 10_000
        });
        const b = stdout.trim();
        return b === 'HEAD' ? '' : b;
    }
    catch {
        return '';
    }
}
/** The commit checked out, or '' when there is none to be had. */
async function headSha(cwd) {
    try {
        const { stdout } = await run('git', ['rev-parse', 'HEAD'], { cwd, timeout: 10_000 });
        return _core_contracts_js__WEBPACK_IMPORTED_MODULE_2__/* .SHA_PATTERN */ .yw.test(stdout.trim()) ? stdout.trim() : '';
    }
    catch {
        return '';
    }
}


/***/ }),

/***/ 6133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ANNOTATIONS_PER_KIND: () => (/* binding */ ANNOTATIONS_PER_KIND),
/* harmony export */   CLI_FINDINGS_CONTRACT: () => (/* binding */ CLI_FINDINGS_CONTRACT),
/* harmony export */   DEFAULT_TEXT_LIMIT: () => (/* binding */ DEFAULT_TEXT_LIMIT),
/* harmony export */   OUTPUT_FORMATS: () => (/* binding */ OUTPUT_FORMATS),
/* harmony export */   colourWanted: () => (/* binding */ colourWanted),
/* harmony export */   countFindings: () => (/* binding */ countFindings),
/* harmony export */   escapeData: () => (/* binding */ escapeData),
/* harmony export */   escapeProperty: () => (/* binding */ escapeProperty),
/* harmony export */   findingsDocument: () => (/* binding */ findingsDocument),
/* harmony export */   findingsOf: () => (/* binding */ findingsOf),
/* harmony export */   isOutputFormat: () => (/* binding */ isOutputFormat),
/* harmony export */   locationText: () => (/* binding */ locationText),
/* harmony export */   notCommand: () => (/* binding */ notCommand),
/* harmony export */   renderFindings: () => (/* binding */ renderFindings),
/* harmony export */   ruleOf: () => (/* binding */ ruleOf),
/* harmony export */   summaryLine: () => (/* binding */ summaryLine),
/* harmony export */   terminalLine: () => (/* binding */ terminalLine),
/* harmony export */   workflowCommand: () => (/* binding */ workflowCommand)
/* harmony export */ });
const CLI_FINDINGS_CONTRACT = 'gonogo.cli-findings/v1';
const OUTPUT_FORMATS = ['text', 'json', 'github'];
/** Findings the text format lists before it cuts the list. */
const DEFAULT_TEXT_LIMIT = 50;
/** Whether a string names an output format. */
function isOutputFormat(s) {
    return OUTPUT_FORMATS.includes(s);
}
/**
 * Whether the text may be coloured: only the `text` format, only on a terminal, never when
 * `NO_COLOR` is set to a non-empty value (https://no-color.org: "when present and not an empty
 * string, prevents the addition of ANSI color"), nor when `TERM` is `dumb`.
 */
function colourWanted(o) {
    if (o.format !== 'text' || !o.isTTY)
        return false;
    if ((o.env.NO_COLOR ?? '') !== '')
        return false;
    return o.env.TERM !== 'dumb';
}
/**
 * The rule a check id names: the id without a `/<file>:<line>[:<column>]` (or `/<file>`) suffix
 * equal to its location, nor the `#n` that tells apart findings at one place (`unpinned-action/ci.yml:14#2`
 * → `unpinned-action`). An id that does not end with its location is its own rule.
 */
function ruleOf(c) {
    if (!c.location)
        return c.id;
    const id = c.id.replace(/#\d+$/, '');
    const { file, line } = c.location;
    const suffixes = [`/${locationText(c.location)}`, `/${file}:${line}`, `/${file}`];
    for (const suffix of suffixes) {
        if (id.endsWith(suffix) && id.length > suffix.length)
            return id.slice(0, -suffix.length);
    }
    return c.id;
}
/** `file:line:column`, `file:line` or `file`. */
function locationText(l) {
    if (l.line === undefined)
        return l.file;
    return `${l.file}:${l.line}${l.column !== undefined ? `:${l.column}` : ''}`;
}
const WARNING_PREFIX = 'warning: ';
/** The findings of a report (every check that is not a plain pass), worst first, then by place. */
function findingsOf(report) {
    const out = [];
    for (const c of report.checks) {
        let status;
        let message = c.message;
        if (c.status === 'failed' || c.status === 'unverified')
            status = c.status;
        else if (c.status === 'passed' && message.startsWith(WARNING_PREFIX)) {
            status = 'warning';
            message = message.slice(WARNING_PREFIX.length);
        }
        else
            continue;
        // A message that repeats its location first (older reports) does not print it twice.
        if (c.location) {
            const loc = `${locationText(c.location)}: `;
            if (message.startsWith(loc))
                message = message.slice(loc.length);
        }
        out.push({
            rule: ruleOf(c),
            id: c.id,
            status,
            ...(c.location ? { location: { ...c.location } } : {}),
            message,
            ...(c.remediation !== undefined ? { remediation: c.remediation } : {}),
            ...(c.unlock !== undefined ? { unlock: c.unlock } : {})
        });
    }
    return out.sort(compareFindings);
}
const RANK = { failed: 0, unverified: 1, warning: 2 };
function compareFindings(a, b) {
    return (RANK[a.status] - RANK[b.status] ||
        cmp(a.location?.file ?? '', b.location?.file ?? '') ||
        (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
        cmp(a.rule, b.rule) ||
        cmp(a.message, b.message) ||
        cmp(a.id, b.id));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Counts of findings by rule (rules in code-point order) and in all. */
function countFindings(findings) {
    const total = { failed: 0, unverified: 0, warning: 0 };
    const by = new Map();
    for (const f of findings) {
        total[f.status]++;
        let c = by.get(f.rule);
        if (!c)
            by.set(f.rule, (c = { failed: 0, unverified: 0, warning: 0 }));
        c[f.status]++;
    }
    const byRule = {};
    for (const rule of [...by.keys()].sort(cmp))
        byRule[rule] = by.get(rule);
    return { total, byRule };
}
/** The output for a report in the chosen format (ends with a line feed). */
function renderFindings(report, o) {
    const findings = findingsOf(report);
    if (o.format === 'json') {
        // JSON.stringify escapes C0 but not DEL and C1 (a C1 CSI can still drive some terminals).
        const json = JSON.stringify(findingsDocument(report, findings, o.reportPath), null, 2);
        return `${json.replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
    }
    if (o.format === 'github')
        return renderGithub(report, findings, o.reportPath);
    return renderText(report, findings, o);
}
/** The `json` format's document. */
function findingsDocument(report, findings, reportPath) {
    const { total, byRule } = countFindings(findings);
    return {
        contract: CLI_FINDINGS_CONTRACT,
        control: report.control,
        status: report.status,
        report: reportPath,
        summary: {
            checks: report.checks.length,
            passed: report.checks.filter((c) => c.status === 'passed').length,
            failed: total.failed,
            unverified: total.unverified,
            warnings: total.warning,
            by_rule: byRule
        },
        findings: [...findings]
    };
}
// ---------------------------------------------------------------------------------------------
// text
const SGR = {
    reset: '\u001b[0m',
    bold: '\u001b[1m',
    dim: '\u001b[2m',
    red: '\u001b[31m',
    green: '\u001b[32m',
    yellow: '\u001b[33m'
};
/**
 * One line of report text for a terminal: line breaks and runs of white space become one space,
 * and every other control character (C0, DEL, C1) is shown as `\xNN`, so nothing from a report
 * can move the cursor, recolour the output or start a workflow command on a line of its own.
 */
function terminalLine(s) {
    return visible(s.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').replace(/\t/g, ' '));
}
/** Control characters (C0 but CR and LF, DEL, C1) shown as `\xNN`. */
function visible(s) {
    return s.replace(
    // eslint-disable-next-line no-control-regex -- showing control characters is the point
    /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
const STATUS_STYLE = {
    failed: 'red',
    unverified: 'yellow',
    warning: 'yellow'
};
function renderText(report, findings, o) {
    const paint = (style, s) => o.colour ? `${SGR[style]}${s}${SGR.reset}` : s;
    const limit = Math.max(0, Math.floor(o.limit ?? DEFAULT_TEXT_LIMIT));
    const s = report.summary;
    const statusStyle = report.status === 'passed' ? 'green' : report.status === 'failed' ? 'red' : 'yellow';
    const lines = [
        `${terminalLine(report.control)}: ${paint(statusStyle, report.status)} (${s.passed ?? 0} passed, ${s.failed ?? 0} failed, ${s.unverified ?? 0} unverified)`
    ];
    for (const f of findings.slice(0, limit)) {
        const where = f.location ? `${paint('bold', terminalLine(locationText(f.location)))} ` : '';
        const tag = f.status === 'failed' ? '' : ` [${f.status}]`;
        const unlock = f.unlock ? ` (unlock: ${terminalLine(f.unlock)})` : '';
        lines.push(`${where}${paint(STATUS_STYLE[f.status], `${terminalLine(f.rule)}${tag}`)}: ${terminalLine(f.message)}${unlock}`);
    }
    const path = terminalLine(o.reportPath);
    if (findings.length > limit)
        lines.push(paint('dim', `and ${findings.length - limit} more (see the report: ${path})`));
    lines.push(`report: ${path}`);
    lines.push(summaryLine(findings, report.checks.length, paint));
    // No line is a workflow command (`::` first, `##[` anywhere) when the CLI runs in a workflow.
    return `${lines.map(notCommand).join('\n')}\n`;
}
/**
 * `summary: 3 failed, 1 unverified, 1 warning in 12 checks — unpinned-action 2 failed, 1
 * warning; script-syntax 1 failed, 1 unverified`, or `summary: no findings in 12 checks`.
 */
function summaryLine(findings, checks, paint = (_, s) => s) {
    const { total, byRule } = countFindings(findings);
    const inChecks = `in ${checks} check${checks === 1 ? '' : 's'}`;
    if (findings.length === 0)
        return `summary: ${paint('green', 'no findings')} ${inChecks}`;
    const parts = (c, coloured) => [
        ['failed', c.failed, 'red'],
        ['unverified', c.unverified, 'yellow'],
        [c.warning === 1 ? 'warning' : 'warnings', c.warning, 'yellow']
    ]
        .filter(([, n]) => n > 0)
        .map(([word, n, style]) => (coloured ? paint(style, `${n} ${word}`) : `${n} ${word}`))
        .join(', ');
    const rules = Object.entries(byRule)
        .map(([rule, c]) => `${terminalLine(rule)} ${parts(c, false)}`)
        .join('; ');
    return `summary: ${parts(total, true)} ${inChecks} — ${rules}`;
}
// ---------------------------------------------------------------------------------------------
// github
/**
 * @actions/core escapeData: `%`, CR, LF. Other control characters are then shown as `\xNN`
 * (the toolkit leaves them; none can end a command, but they could recolour the log).
 */
function escapeData(s) {
    return visible(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}
/** @actions/core escapeProperty: escapeData plus `:` and `,`. */
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * Annotations of one kind (error, warning) GitHub shows per step; the rest of a step's commands
 * stay in the log only (50 per job in all). GitHub community discussion "Annotation limitation"
 * (https://github.com/orgs/community/discussions/26680) and zizmor's GitHub output format
 * (https://github.com/zizmorcore/zizmor/pull/634). Findings are written errors first, so the
 * ones shown are the failures.
 */
const ANNOTATIONS_PER_KIND = 10;
const COMMAND = {
    failed: 'error',
    unverified: 'warning',
    warning: 'warning'
};
/**
 * A workflow command line: `::name k=v,k=v::data`. Properties in the order given; an empty one
 * (undefined, '' or 0) is left out, as the toolkit's Command.toString does, so the line is the
 * toolkit's byte for byte (core.error/warning order their properties title, file, line, col).
 */
function workflowCommand(name, props, data) {
    const kv = props
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    return `::${name}${kv.length > 0 ? ` ${kv.join(',')}` : ''}::${escapeData(data)}`;
}
function renderGithub(report, findings, reportPath) {
    const lines = [];
    for (const f of findings) {
        const title = `${report.control} ${f.rule}${f.status === 'failed' ? '' : ` (${f.status})`}`;
        const body = [
            f.message,
            ...(f.remediation ? [f.remediation] : []),
            ...(f.unlock ? [`unlock: ${f.unlock}`] : [])
        ].join('\n');
        lines.push(workflowCommand(COMMAND[f.status], [
            ['title', title],
            ['file', f.location?.file],
            ['line', f.location?.line],
            ['col', f.location?.column]
        ], body));
    }
    // Plain log lines, never commands: what ran, what GitHub will not show, and the counts.
    const s = report.summary;
    const errors = findings.filter((f) => COMMAND[f.status] === 'error').length;
    const hidden = Math.max(0, errors - ANNOTATIONS_PER_KIND) +
        Math.max(0, findings.length - errors - ANNOTATIONS_PER_KIND);
    const plain = [
        ...(hidden > 0
            ? [
                `and ${hidden} more not shown as annotations (GitHub shows ${ANNOTATIONS_PER_KIND} error and ${ANNOTATIONS_PER_KIND} warning annotations per step; every finding is in this log and the report: ${terminalLine(reportPath)})`
            ]
            : []),
        `${terminalLine(report.control)}: ${report.status} (${s.passed ?? 0} passed, ${s.failed ?? 0} failed, ${s.unverified ?? 0} unverified); report: ${terminalLine(reportPath)}`,
        summaryLine(findings, report.checks.length)
    ];
    return `${[...lines, ...plain.map(notCommand)].join('\n')}\n`;
}
/**
 * A plain line that the Actions runner cannot read as a workflow command. The runner
 * (actions/runner src/Runner.Common/ActionCommand.cs) tries each line of a step's output twice:
 * `TryParseV2` trims leading white space and then looks for `::` at the start, and the older
 * `TryParse` looks for `##[` anywhere in the line. So a leading space is not enough: the `::`
 * that would start the line (after any white space) is written `\x3a:` and every `##[` is
 * written `##\x5b`, the way this module shows other characters a reader must not act on.
 */
function notCommand(line) {
    // .NET's white space includes NEL (U+0085), which JavaScript's \s does not.
    const lead = /^[\s\u0085]*/.exec(line)?.[0] ?? '';
    const start = line.startsWith('::', lead.length)
        ? `${lead}\\x3a${line.slice(lead.length + 1)}`
        : line;
    return start.replace(/##\[/g, '##\\x5b');
}


/***/ })

};
