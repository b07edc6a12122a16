export const id = 4544;
export const ids = [4544];
export const modules = {

/***/ 364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INIT_LIMITS: () => (/* binding */ INIT_LIMITS),
  INIT_USAGE: () => (/* binding */ INIT_USAGE),
  enclosingRepository: () => (/* binding */ enclosingRepository),
  initCommand: () => (/* binding */ initCommand),
  tryIt: () => (/* binding */ tryIt)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/checks/check-names.ts
var check_names = __webpack_require__(2040);
// EXTERNAL MODULE: ./src/checks/branch-protection.ts
var branch_protection = __webpack_require__(1621);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/init-plan.ts
/** The gate's JUnit glob for `test-results/` (README "Sources and how they are read"). */
const JUNIT_GLOB = 'test-results/**/*.xml';
/** The job name (and so the check name) of the gate job printed by init. */
const GATE_JOB = 'gonogo-gate';
/** The job that runs action-ruleset-verify. */
const RULES_JOB = 'gonogo-rules';
/** Where the README's examples take the actions from; a fork or mirror changes it. */
const ACTION_REPO = 'acme/gonogo';
/**
 * The first line of the starter: editors with the YAML language server validate and complete the
 * file against the policy schema (README "The policy file"; the schema at the tag the printed
 * jobs use).
 */
const SCHEMA_MODELINE = `# yaml-language-server: $schema=https://raw.githubusercontent.com/${ACTION_REPO}/v1/schemas/gonogo.schema.json`;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/**
 * A control id for a report file: the file name without `.json` and a trailing `_report`,
 * in kebab case (`policy_bundle_lifecycle_report.json` → `policy-bundle-lifecycle`, as
 * `gonogo migrate` names them), cut to the schema's 64 characters; `report` when nothing is left.
 */
function controlIdForFile(file) {
    const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.json$/i, '');
    const kebab = base
        .replace(/[_\s]+report$/i, '')
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .toLowerCase()
        .replace(/[^a-z0-9.]+/g, '-')
        .replace(/^[^a-z0-9]+|-+$/g, '')
        .slice(0, 64)
        .replace(/-+$/, '');
    return NAME.test(kebab) ? kebab : 'report';
}
/**
 * The `branches.<name>` entry that today's protection already satisfies, so `gonogo
 * verify-rules` starts green: every required check (with its app when one is pinned), the
 * approvals required, every setting that is on, and — only when every bypass list could be
 * read — who can bypass today. `tighten` lists, as YAML lines to add later, what is off.
 * Source: the settings and their meaning in action-ruleset-verify/README.md "The policy".
 */
function branchPolicyFrom(p, bypassVisible) {
    const policy = {};
    const tighten = [];
    policy.required_checks = p.requiredChecks.map((c) => c.integrationId !== undefined ? { context: c.context, app_id: c.integrationId } : c.context);
    const flag = (key, on) => {
        if (on)
            policy[key] = true;
        else
            tighten.push(`${key}: true`);
    };
    flag('strict', p.strict.value);
    if (p.minApprovals.value > 0)
        policy.min_approvals = Math.min(10, p.minApprovals.value);
    else
        tighten.push('min_approvals: 1');
    flag('dismiss_stale_reviews', p.dismissStaleReviews.value);
    flag('require_code_owner_review', p.codeOwnerReview.value);
    flag('require_last_push_approval', p.lastPushApproval.value);
    flag('require_conversation_resolution', p.conversationResolution.value);
    flag('require_linear_history', p.linearHistory.value);
    flag('block_force_pushes', p.forcePushesBlocked.value);
    flag('block_deletions', p.deletionsBlocked.value);
    flag('require_signed_commits', p.signedCommits.value);
    if (bypassVisible) {
        const seen = new Set();
        policy.bypass_allowed = [];
        for (const a of p.bypass) {
            const key = `${a.type}:${a.id ?? ''}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            policy.bypass_allowed.push({
                type: a.type,
                ...(a.id !== undefined ? { id: a.id } : {}),
                ...(a.name !== undefined ? { name: a.name.slice(0, 200) } : {})
            });
        }
    }
    return { policy, tighten };
}
/**
 * The plan: controls for what was found, the `branches:` entry, the policy text and the jobs.
 * - JUnit under `test-results/` → control `tests` (high) reading {@link JUNIT_GLOB};
 * - SARIF files → one control per folder (`<dir>/*.sarif`, medium, as in the README's example);
 * - gonogo reports and the older scripts' reports in `gonogo-reports/` and `artifacts/` → one
 *   control each (high); the older gate's own report and files that are no report are skipped
 *   with a note (README "Coming from the older scripts");
 * - workflows → the built-in `workflow-lint` (medium until it passes);
 * - `branch-protection` and `required-checks` (from the printed rules job) commented out unless
 *   their reports are there already;
 * - nothing found → a `tests` control on {@link JUNIT_GLOB}, missing (no-go) until tests write it.
 */
function planInit(f) {
    const notes = [];
    const controls = [];
    const artifacts = [];
    const ids = new Set();
    const uniqueId = (base) => {
        let id = base;
        for (let n = 2; ids.has(id); n++)
            id = `${base.slice(0, 60)}-${n}`;
        ids.add(id);
        return id;
    };
    const branch = f.defaultBranch ?? 'main';
    for (const r of f.reports) {
        if (r.kind === 'gonogo-report' || r.kind === 'older-report') {
            const id = uniqueId(controlIdForFile(r.path));
            controls.push({
                id,
                source: { report: r.path },
                severity: 'high',
                comment: r.kind === 'gonogo-report'
                    ? `a gonogo report found at ${r.path}`
                    : `a report of the older governance scripts found at ${r.path} (read as the Playbook reads it)`
            });
        }
        else
            notes.push(`${r.path}: not made a control: ${r.why ?? r.kind}`);
    }
    const reportDirs = [...new Set(controls.map((c) => dirOf(sourcePath(c))))].sort();
    for (const d of reportDirs)
        artifacts.push(folderArtifact(d, `the reports in ${d}/`));
    const hasJunit = f.junit.length > 0;
    if (hasJunit) {
        controls.push({
            id: uniqueId('tests'),
            source: { junit: JUNIT_GLOB },
            severity: 'high',
            comment: `JUnit XML found under test-results/ (${count(f.junit.length, 'file')}): at least one test must run and none fail`
        });
        artifacts.push({
            ...folderArtifact('test-results', 'the JUnit XML', 'gonogo-junit'),
            separate: true
        });
    }
    const sarifDirs = [...new Set(f.sarif.map(dirOf))].sort();
    for (const d of sarifDirs) {
        const id = uniqueId(sarifDirs.length === 1 ? 'code-scanning' : `code-scanning-${controlIdForFile(d || 'root')}`);
        const n = f.sarif.filter((s) => dirOf(s) === d).length;
        controls.push({
            id,
            source: { sarif: d ? `${d}/*.sarif` : '*.sarif' },
            severity: 'medium',
            comment: `SARIF found in ${d || 'the repository root'} (${count(n, 'file')}): fails on a result at level error; raise to high once it is clean`
        });
        artifacts.push(d
            ? folderArtifact(d, `the SARIF in ${d}/`)
            : { prefix: 'gonogo-sarif', upload: '*.sarif', restore: '.', what: 'the SARIF in the root' });
    }
    if (f.workflows.length > 0) {
        controls.push({
            id: uniqueId('workflow-lint'),
            source: { builtin: 'workflow-lint' },
            severity: 'medium',
            comment: `the built-in workflow check over ${count(f.workflows.length, 'workflow')} (pinned actions, permissions, script injection, script syntax); raise to high once it passes`
        });
    }
    const have = new Set(f.reports.map((r) => r.path));
    for (const [id, what] of [
        ['branch-protection', 'branch protection and rulesets match branches: below'],
        ['required-checks', 'every required check is produced by some workflow job']
    ]) {
        const file = `gonogo-reports/${id}.json`;
        if (have.has(file))
            continue;
        controls.push({
            id: uniqueId(id),
            source: { report: file },
            severity: 'high',
            comment: `${what} (written by the ${RULES_JOB} job): uncomment once it runs`,
            disabled: true
        });
    }
    if (!artifacts.some((a) => a.restore === 'gonogo-reports'))
        artifacts.push({
            ...folderArtifact('gonogo-reports', 'the reports in gonogo-reports/'),
            rulesOnly: true
        });
    if (!controls.some((c) => !c.disabled)) {
        controls.unshift({
            id: uniqueId('tests'),
            source: { junit: JUNIT_GLOB },
            severity: 'high',
            comment: 'nothing to gate was found: have your test tool write JUnit XML under test-results/ (the gate is no-go while it is missing)'
        });
        artifacts.push({
            ...folderArtifact('test-results', 'the JUnit XML', 'gonogo-junit'),
            separate: true
        });
        notes.push(`no workflows, reports, JUnit or SARIF found: the starter gates on ${JUNIT_GLOB}, which is missing until your tests write it`);
    }
    let branches;
    if ('skipped' in f.rules)
        notes.push(`branches: not written: ${f.rules.skipped}`);
    else {
        const b = branchPolicyFrom(f.rules.protection, f.rules.bypassVisible);
        branches = { name: f.rules.branch, ...b };
        for (const u of f.rules.unreadable)
            notes.push(`${u}; verify-rules reports what depends on it as unverified until a token can read it`);
        if (!f.rules.bypassVisible)
            notes.push('bypass_allowed: not written, since some bypass list could not be read with this token');
    }
    if (f.unresolvedJobs > 0)
        notes.push(`${count(f.unresolvedJobs, 'workflow job')} whose check names cannot be known (run gonogo check-names)`);
    notes.push(...f.truncated);
    if (f.repositoryRoot !== undefined)
        notes.push(`the workspace is a folder inside the git repository ${f.repositoryRoot}, whose workflows, reports and .github/ were not looked at (GitHub reads workflows only at the root): run gonogo init there, or pass --workspace ${f.repositoryRoot}`);
    settlePrefixes(artifacts);
    artifacts.sort((a, b) => (a.prefix < b.prefix ? -1 : a.prefix > b.prefix ? 1 : 0));
    const plan = { controls, artifacts, ...(branches ? { branches } : {}) };
    return {
        ...plan,
        text: renderStarter(f, plan, branch),
        jobs: renderJobs(f, plan, branch),
        notes
    };
}
function sourcePath(c) {
    const s = c.source;
    return s.report ?? s.junit ?? s.sarif ?? '';
}
function dirOf(p) {
    const i = p.lastIndexOf('/');
    return i < 0 ? '' : p.slice(0, i);
}
/**
 * The artifact carrying a folder's files; its prefix names the folder: `gonogo-reports` for
 * `gonogo-reports/` (the rules job's artifact is `gonogo-reports-rules`), else `gonogo-<part>`
 * with every run of characters other than letters, digits, `_` and `.` in the folder's path as
 * one `.` (`test-results/unit` → `gonogo-test.results.unit`), so no prefix holds a second `-`.
 */
function folderArtifact(dir, what, prefix) {
    const part = dir.replace(/[^A-Za-z0-9_.]+/g, '.').replace(/^\.+|\.+$/g, '') || 'folder';
    return {
        prefix: prefix ?? (dir === 'gonogo-reports' ? dir : `gonogo-${part}`),
        upload: `${dir}/`,
        restore: dir,
        what
    };
}
/**
 * Makes the prefixes unique without regard to case (`gonogo-reports` for the SARIF in `reports/`
 * and the reports in `gonogo-reports/`, `gonogo-sarif` for the root's SARIF and `sarif/`): in the
 * order planned, the `gonogo-reports` folder first (the rules job's artifact name depends on it),
 * a prefix already taken gets `.2`, `.3`, ….
 */
function settlePrefixes(artifacts) {
    const taken = new Set();
    const first = (a) => (a.restore === 'gonogo-reports' ? 0 : 1);
    for (const a of [...artifacts].sort((x, y) => first(x) - first(y))) {
        let p = a.prefix;
        for (let n = 2; taken.has(p.toLowerCase()); n++)
            p = `${a.prefix}.${n}`;
        taken.add(p.toLowerCase());
        a.prefix = p;
    }
}
function count(n, what) {
    return `${n} ${what}${n === 1 ? '' : 's'}`;
}
const YAML_WORDS = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;
/** A YAML scalar: plain when it cannot be read as anything but this string, else double-quoted. */
function yamlScalar(s) {
    return /^[A-Za-z_][A-Za-z0-9_./-]*$/.test(s) && !YAML_WORDS.test(s) ? s : JSON.stringify(s);
}
function flowMap(entries) {
    return `{ ${entries.map(([k, v]) => `${k}: ${typeof v === 'string' ? yamlScalar(v) : String(v)}`).join(', ')} }`;
}
function sourceText(c) {
    const [k, v] = Object.entries(c.source)[0];
    return flowMap([[k, v]]);
}
/**
 * A comment wrapped at 98 columns after the given prefix. Control and line-separator characters
 * (a file name may hold a line feed) become `?`, so no text found in the repository can end the
 * comment and write YAML of its own.
 */
function comment(prefix, text) {
    const out = [];
    let line = prefix;
    // eslint-disable-next-line no-control-regex
    for (const word of text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, '?').split(' ')) {
        if (line.length + word.length + 1 > 98 && line.trim() !== '#') {
            out.push(line);
            line = prefix;
        }
        line += ` ${word}`;
    }
    out.push(line);
    return out;
}
function renderStarter(f, plan, branch) {
    const L = [];
    L.push(SCHEMA_MODELINE, '# gonogo policy, written by `gonogo init` from what it found in this repository:', `#   ${count(f.workflows.length, 'workflow')}, ${count(f.junit.length, 'JUnit file')} under test-results/, ${count(f.sarif.length, 'SARIF file')}, ${count(f.reports.length, 'JSON file')} in gonogo-reports/ and artifacts/;`, `#   the rules of ${plan.branches ? `${plan.branches.name}: read from the GitHub API` : 'the default branch: not read'}.`, '# Reference: README "The policy file" (validated against schemas/gonogo.schema.json).', '# Edit it freely; `gonogo gate` reads it, `gonogo verify-rules` reads branches:.', 'version: 1', '', '# How many counted failures (high, medium) each profile tolerates before the decision is no-go.', 'profiles:', `  strict: ${flowMap([
        ['max_high', 0],
        ['max_medium', 0],
        ['description', 'Releases: nothing failed may pass.']
    ])}`, `  transitional: ${flowMap([
        ['max_high', 0],
        ['max_medium', 2],
        ['description', 'Pull requests while controls settle in: up to two medium failures.']
    ])}`, '# The first rule that matches the event and branch chooses the profile; local runs use strict.', 'select_profile:', `  - ${flowMap([
        ['event', 'push'],
        ['branch', branch],
        ['profile', 'strict']
    ])}`, `  - ${flowMap([
        ['event', 'pull_request'],
        ['profile', 'transitional']
    ])}`, '  - { profile: strict }', '', '# What the gate requires. Missing, invalid or stale evidence counts as failed.', 'controls:');
    for (const c of plan.controls) {
        const pre = c.disabled ? '  # ' : '  ';
        L.push(...comment('  #', c.comment));
        L.push(`${pre}- id: ${yamlScalar(c.id)}`);
        L.push(`${pre}  source: ${sourceText(c)}`);
        L.push(`${pre}  severity: ${c.severity}`);
    }
    L.push('');
    if (plan.branches) {
        const { name, policy, tighten } = plan.branches;
        L.push(`# The protection wanted on ${name}, as the rules are today, so \`gonogo verify-rules\` starts`, '# green. Tighten it one setting at a time (and change the rules to match); then add', `# ${GATE_JOB} to required_checks once the gate job is a required status check.`, 'branches:', `  ${yamlScalar(name)}:`);
        const checks = policy.required_checks ?? [];
        L.push(`    required_checks: [${checks
            .map((c) => typeof c === 'string'
            ? yamlScalar(c)
            : flowMap([
                ['context', c.context],
                ['app_id', c.app_id ?? 0]
            ]))
            .join(', ')}]`);
        for (const [k, v] of Object.entries(policy)) {
            if (k === 'required_checks' || k === 'bypass_allowed')
                continue;
            L.push(`    ${k}: ${String(v)}`);
        }
        if (policy.bypass_allowed) {
            if (policy.bypass_allowed.length === 0)
                L.push('    bypass_allowed: [] # nobody can bypass');
            else {
                L.push('    bypass_allowed: # who can bypass today; anyone else is a finding');
                for (const a of policy.bypass_allowed)
                    L.push(`      - ${flowMap([
                        ['type', a.type],
                        ...(a.id !== undefined ? [['id', a.id]] : []),
                        ...(a.name !== undefined ? [['name', a.name]] : [])
                    ])}`);
            }
        }
        if (tighten.length > 0) {
            L.push('    # to tighten later:');
            for (const t of tighten)
                L.push(`    # ${t}`);
        }
    }
    else {
        const suggested = f.checkNames.slice(0, 10);
        L.push('# branches: not written, since the current rules of the default branch were not read', '# (run `gonogo init --force` with GITHUB_TOKEN and --repo OWNER/NAME to fill it in from them).', '# `gonogo verify-rules` needs it; written by hand it looks like this:', '# branches:', `#   ${yamlScalar(branch)}:`, `#     required_checks: [${suggested.map(yamlScalar).join(', ')}] # check names your workflows produce`, '#     min_approvals: 1', '#     block_force_pushes: true', '#     block_deletions: true');
    }
    return `${L.join('\n')}\n`;
}
function renderJobs(f, plan, branch) {
    const L = [];
    const rulesArtifact = 'gonogo-reports-rules';
    L.push('Workflow jobs to add (to the workflow whose jobs write the evidence: artifacts are per run):', '', '1. In each job that writes evidence, upload it (no permission needed; runs when tests fail):');
    const uploads = plan.artifacts.filter((x) => !x.rulesOnly);
    if (uploads.length === 0)
        L.push('     (no evidence was found; when a job writes JUnit XML, SARIF or reports, upload them as', '     actions/upload-artifact@v4 with a name starting gonogo-<folder>-, and download them below)');
    for (const a of uploads)
        L.push(`     - if: always() # ${a.what}`, '       uses: actions/upload-artifact@v4', '       with:', `         name: ${a.prefix}-\${{ github.job }}-\${{ strategy.job-index }}`, `         path: ${yamlScalar(a.upload)}`, '         if-no-files-found: ignore');
    if (uploads.some((a) => !a.separate))
        L.push("     Reports and SARIF of every job are downloaded into one folder: give each job's files", '     names of their own (in a matrix, add the job index), or one replaces another.');
    L.push('', '2. The rules check and the gate, as jobs of the same workflow:', '', `     ${RULES_JOB}:`, '       runs-on: ubuntu-latest', '       permissions: { contents: read }', '       steps:', '         - uses: actions/checkout@v5', `         - uses: ${ACTION_REPO}/action-ruleset-verify@v1`, '           with:', '             output: gonogo-reports', '             token: ${{ secrets.GONOGO_RULES_TOKEN || github.token }}', '         - if: always()', '           uses: actions/upload-artifact@v4', `           with: { name: ${rulesArtifact}, path: gonogo-reports/ }`, `     ${GATE_JOB}:`, `       needs: [${RULES_JOB}] # and every job that uploads evidence`, '       if: always()', '       runs-on: ubuntu-latest', '       permissions: { contents: read, pull-requests: write, checks: write }', '       steps:', '         - uses: actions/checkout@v5');
    for (const a of plan.artifacts)
        L.push('         - uses: actions/download-artifact@v5', a.separate
            ? `           with: { pattern: ${a.prefix}-*, path: ${yamlScalar(a.restore)} } # a folder per artifact: none replaces another's files`
            : `           with: { pattern: ${a.prefix}-*, path: ${yamlScalar(a.restore)}, merge-multiple: true }`);
    L.push(`         - uses: ${ACTION_REPO}/action-gate@v1`, '           with: { reports: gonogo-reports }', '', "Permissions: the upload steps need nothing beyond the job's own token. The rules job needs", 'contents: read (the default token reads rulesets); classic branch protection and bypass lists', 'need a token with "Administration: read" in the GONOGO_RULES_TOKEN secret. The gate needs', 'contents: read, pull-requests: write (its sticky comment) and checks: write (only with', 'check-run: true).', '', `3. Make ${GATE_JOB} a required status check on ${branch} (a ruleset's "Require status checks`, `   to pass"), then add it to branches.${branch}.required_checks in the policy.`);
    if (!plan.branches)
        L.push(`   The ${RULES_JOB} job needs branches: in the policy: fill it in first (see the comment there).`);
    if (f.checkNames.length > 0)
        L.push('', `Check names your workflows produce: ${f.checkNames.slice(0, 20).join(', ')}${f.checkNames.length > 20 ? `, and ${f.checkNames.length - 20} more (gonogo check-names)` : ''}`);
    return `${L.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/core/org.ts
var org = __webpack_require__(1405);
// EXTERNAL MODULE: ./src/core/protection.ts
var protection = __webpack_require__(5524);
// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __webpack_require__(8198);
// EXTERNAL MODULE: ./src/io/atomic-write.ts
var atomic_write = __webpack_require__(7869);
// EXTERNAL MODULE: ./src/io/migrate-files.ts + 3 modules
var migrate_files = __webpack_require__(2115);
// EXTERNAL MODULE: ./src/io/policy-file.ts
var policy_file = __webpack_require__(9707);
// EXTERNAL MODULE: ./src/io/workflows.ts
var workflows = __webpack_require__(2886);
// EXTERNAL MODULE: ./src/workflow/local-uses.ts
var local_uses = __webpack_require__(7903);
// EXTERNAL MODULE: ./src/io/workspace.ts
var workspace = __webpack_require__(2645);
// EXTERNAL MODULE: ./src/migrate/older-files.ts
var older_files = __webpack_require__(2889);
// EXTERNAL MODULE: ./src/cli/main.ts + 1 modules
var main = __webpack_require__(4321);
// EXTERNAL MODULE: ./src/cli/migrate.ts
var migrate = __webpack_require__(4515);
;// CONCATENATED MODULE: ./src/cli/init.ts
/**
 * `gonogo init`: inspects the repository (workflows through the workflow model, reports already
 * present, the older scripts' policy, and with a token the default branch's rules), writes a
 * commented starter `.github/gonogo.yml` (src/core/init-plan.ts) and prints the workflow jobs to
 * add. With the older scripts' policy it hands over to `gonogo migrate`. Never replaces a file
 * without `--force`; exit 0 when written, 2 for a usage or input problem (src/cli/main.ts).
 */


















/** The init part of `gonogo --help` (main.ts's USAGE holds the same lines). */
const INIT_USAGE = `Options for init (writes a starter policy from what the repository has):
  --output FILE             the policy to write (default .github/gonogo.yml)
  --force                   replace --output when it exists
  --repo OWNER/NAME         read the default branch's rules (default: $GITHUB_REPOSITORY;
                            token from $GITHUB_TOKEN; without one, branches: is left to fill in)
  --workspace DIR           as for gate
  --effective-time TIME     as for migrate (used when it hands over to migrate)
`;
/** Bounds of the searches: a repository with more is summarised, not read whole. */
const INIT_LIMITS = {
    reportsPerFolder: 200,
    reportBytes: 5 * 1024 * 1024,
    junitFiles: 1000,
    sarifFiles: 200
};
/** Parses the options, inspects the repository, writes the starter and prints what to add. */
async function initCommand(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            output: { type: 'string' },
            force: { type: 'boolean', default: false },
            repo: { type: 'string' },
            workspace: { type: 'string' },
            'effective-time': { type: 'string' },
            help: { type: 'boolean', short: 'h', default: false }
        },
        allowPositionals: true,
        strict: true
    });
    if (values.help) {
        io.out(INIT_USAGE);
        return 0;
    }
    if (positionals.length > 0)
        throw new errors/* ConfigurationError */.j1(`init takes no arguments, got '${positionals.join(' ')}'; run gonogo init --help`);
    const now = (0,main/* effectiveTimeOption */.c)(values['effective-time']);
    const repoFull = values.repo ?? io.env.GITHUB_REPOSITORY ?? '';
    if (repoFull !== '' && !(0,org/* isRepositoryName */.en)(repoFull))
        throw new errors/* ConfigurationError */.j1(`${values.repo !== undefined ? '--repo' : 'GITHUB_REPOSITORY'} must be OWNER/NAME, got '${repoFull}'`);
    const ws = await workspace.Workspace.open(external_node_path_default().resolve(io.cwd, values.workspace ?? '.'));
    // Relative to the workspace, or absolute inside it (as gate's --config): written relative.
    const output = ws.relative(values.output ?? migrate_files/* MIGRATE_DEFAULTS */.v.output);
    if (output === undefined)
        throw new errors/* ConfigurationError */.j1(`--output ${values.output}: must be a path inside the workspace ${ws.root}`);
    if (output === '')
        throw new errors/* ConfigurationError */.j1(`--output ${JSON.stringify(values.output)}: names the workspace itself; give a file such as ${migrate_files/* MIGRATE_DEFAULTS */.v.output}`);
    const abs = await refuseExisting(ws, output, values.force);
    const findings = await inspect(ws, io, repoFull);
    if (await ws.hasFile(migrate_files/* MIGRATE_DEFAULTS */.v.policy)) {
        io.out(`found ${migrate_files/* MIGRATE_DEFAULTS */.v.policy} (the older governance scripts): handing over to gonogo migrate\n`);
        const r = await (0,migrate_files/* runMigrate */.f)({
            workspace: ws.root,
            output,
            force: values.force,
            now
        });
        io.out(`wrote ${r.output} with gonogo migrate: ${r.policy.controls.length} controls\n`);
        io.out((0,migrate.formatNotes)(r.notes));
        io.out('\nNext: see README "Coming from the older scripts"; branches: for verify-rules is not written by migrate.\n\n');
        io.out(planInit(findings).jobs);
        return 0;
    }
    const plan = planInit(findings);
    const text = (0,secrets/* scrubSecrets */.Zg)(plan.text);
    try {
        // The gate's own loader: what is written is known to load.
        (0,policy_file/* parsePolicy */.ON)(text, output);
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`the starter policy does not validate, so nothing was written (a gonogo bug; please report it):\n${(0,errors/* errorMessage */.gJ)(e)}`);
    }
    try {
        await (0,atomic_write/* writeAllOrNothing */.P)(external_node_path_default().dirname(abs), [{ name: external_node_path_default().basename(abs), content: text }]);
    }
    catch (e) {
        const problem = (0,errors/* fileSystemProblem */.Xp)(e);
        if (problem === undefined)
            throw e;
        const dir = external_node_path_default().posix.dirname(output);
        throw new errors/* ConfigurationError */.j1(`${output} was not written (${problem}); make ${dir === '.' ? 'the workspace' : `${dir}/`} writable or pass --output another path`);
    }
    const active = plan.controls.filter((c) => !c.disabled);
    io.out(`wrote ${output}: ${active.length} control${active.length === 1 ? '' : 's'} (${active.map((c) => c.id).join(', ')})${plan.branches ? `, branches.${plan.branches.name} as the rules are today` : ''}\n`);
    if (plan.notes.length > 0) {
        io.out(`notes (${plan.notes.length}):\n`);
        for (const n of plan.notes)
            io.out(`  - ${n}\n`);
    }
    io.out(`\nTry it: ${tryIt(values.workspace, output)}\n\n`);
    io.out(plan.jobs);
    return 0;
}
/**
 * The gate command that reads what init wrote, run from where init was: `gonogo gate --config
 * FILE`, with `--workspace DIR` as it was given to init (a relative --workspace is relative to
 * the current directory, --config to the workspace); words a POSIX shell would split or expand
 * are single-quoted.
 */
function tryIt(workspace, output) {
    const word = (s) => /^[A-Za-z0-9_./:@%+=,-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
    return `gonogo gate${workspace !== undefined ? ` --workspace ${word(workspace)}` : ''} --config ${word(output)}`;
}
/** The absolute output path; throws when something is there and --force was not given. */
async function refuseExisting(ws, output, force) {
    const abs = await ws.confine(output);
    if (abs === undefined)
        throw new errors/* ConfigurationError */.j1(`--output ${output}: leads outside the workspace through a symbolic link`);
    let kind;
    try {
        const st = await (0,promises_.lstat)(abs);
        kind = st.isFile() || st.isSymbolicLink() ? 'file' : 'other';
    }
    catch {
        kind = undefined;
    }
    if (kind === 'other')
        throw new errors/* ConfigurationError */.j1(`--output ${output}: exists and is not a file; choose another path`);
    if (kind === 'file' && !force)
        throw new errors/* ConfigurationError */.j1(`${output} exists; nothing was written. Pass --force to replace it, or --output another path`);
    return abs;
}
/** Everything init looks at, each search bounded (INIT_LIMITS). */
async function inspect(ws, io, repoFull) {
    const truncated = [];
    const glob = async (pattern, limit) => {
        try {
            const r = await ws.glob(pattern, limit);
            if (r.truncated)
                truncated.push(`${pattern}: more than ${limit} files; only the first ${limit} were looked at`);
            return r.files;
        }
        catch (e) {
            truncated.push(`${pattern}: not searched (${(0,errors/* errorMessage */.gJ)(e)})`);
            return [];
        }
    };
    const listed = await (0,workflows/* listWorkflows */.Dl)(ws);
    if (listed.truncated)
        truncated.push(`.github/workflows: more workflow files than gonogo reads`);
    const workflowFiles = await (0,workflows/* readWorkflowFiles */.BV)(ws, listed.paths);
    const names = (0,check_names.deriveCheckNames)(workflowFiles, { resolveLocal: (0,local_uses/* localResolver */.yT)(workflowFiles) });
    const reports = [];
    for (const dir of ['gonogo-reports', 'artifacts']) {
        for (const file of await glob(`${dir}/*.json`, INIT_LIMITS.reportsPerFolder)) {
            const read = await ws.readText(file, INIT_LIMITS.reportBytes, 'for a report gonogo init reads');
            if (!read.ok) {
                reports.push({ path: file, kind: 'unreadable', why: read.message });
                continue;
            }
            try {
                const info = (0,older_files/* classifyArtifact */.fn)(read.text, file);
                reports.push({ path: file, kind: info.kind, ...(info.why ? { why: info.why } : {}) });
            }
            catch (e) {
                reports.push({ path: file, kind: 'unreadable', why: (0,errors/* errorMessage */.gJ)(e) });
            }
        }
    }
    const junit = await glob('test-results/**/*.xml', INIT_LIMITS.junitFiles);
    const sarif = await glob('**/*.sarif', INIT_LIMITS.sarifFiles);
    const rules = await readRules(io, repoFull);
    return {
        workflows: listed.paths,
        checkNames: [...new Set(names.checks.map((c) => c.name))].sort(),
        unresolvedJobs: names.unresolved.length,
        junit,
        sarif,
        reports,
        ...('branch' in rules ? { defaultBranch: rules.branch } : {}),
        rules,
        truncated,
        ...(await enclosingRepository(ws.root).then((r) => r !== undefined ? { repositoryRoot: r } : {}))
    };
}
/**
 * The root of the git repository a folder lies below (the nearest ancestor holding `.git`, a
 * folder or, in a worktree or submodule, a file), or undefined when the folder is a root itself
 * or in no repository. Read from the file system, without running git.
 */
async function enclosingRepository(root) {
    const has = async (dir) => (0,promises_.lstat)(external_node_path_default().join(dir, '.git')).then(() => true, () => false);
    if (await has(root))
        return undefined;
    for (let dir = external_node_path_default().dirname(root);; dir = external_node_path_default().dirname(dir)) {
        if (await has(dir))
            return dir;
        if (external_node_path_default().dirname(dir) === dir)
            return undefined;
    }
}
/**
 * The default branch's protection from the API (GET /repos/{o}/{r}, the branch's effective rules,
 * rulesets and classic protection: src/github/branch-rules.ts), combined as GitHub enforces it.
 * Without a token or repository, or when nothing could be read, the reason instead.
 */
async function readRules(io, repoFull) {
    try {
        return await readRulesOrThrow(io, repoFull);
    }
    catch (e) {
        // The readers answer failures as values; anything else (a malformed GITHUB_API_URL…) is a
        // note too: the starter is written without branches:, never half-way.
        return { skipped: `the default branch's rules could not be read: ${(0,errors/* errorMessage */.gJ)(e)}` };
    }
}
async function readRulesOrThrow(io, repoFull) {
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? '';
    if (!token)
        return {
            skipped: "no GITHUB_TOKEN (or GH_TOKEN), so the default branch's rules were not read; run init again with one and --force to fill it in"
        };
    if (!repoFull)
        return {
            skipped: "no --repo OWNER/NAME (or GITHUB_REPOSITORY), so the default branch's rules were not read"
        };
    const [owner = '', repo = ''] = repoFull.split('/');
    // Loaded on demand: only init with a token pays for the GitHub client.
    const { createClient } = await Promise.all(/* import() */[__webpack_require__.e(1351), __webpack_require__.e(6720), __webpack_require__.e(426)]).then(__webpack_require__.bind(__webpack_require__, 6720));
    const { defaultBranch, fetchBranchFacts } = await Promise.all(/* import() */[__webpack_require__.e(1351), __webpack_require__.e(6720), __webpack_require__.e(4058)]).then(__webpack_require__.bind(__webpack_require__, 6689));
    const gh = createClient(token, { baseUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com' });
    const r = { owner, repo };
    const d = await defaultBranch(gh, r);
    if (!d.ok)
        return {
            skipped: `the default branch of ${repoFull} could not be read (${d.reason}; unlock: ${d.unlock})`
        };
    const [facts] = await fetchBranchFacts(gh, r, [d.value], d.value);
    if (!facts)
        return { skipped: `no facts were read for ${d.value}` };
    const v = (0,branch_protection/* views */.l8)(facts);
    const known = [v.rules, v.classic].filter((p) => p !== undefined);
    if (known.length === 0)
        return {
            skipped: `the rules of ${d.value} could not be read: ${v.unknown.map((u) => `${u.source}: ${u.reason} (unlock: ${u.unlock})`).join('; ')}`
        };
    // The same visibility test as verify-rules' bypass check (src/checks/branch-protection.ts).
    const active = new Set(facts.effectiveRules.ok ? facts.effectiveRules.value.map((x) => x.ruleset_id) : []);
    const listed = new Map(facts.rulesets.ok ? facts.rulesets.value.map((x) => [x.id, x]) : []);
    const hidden = [...active].some((id) => listed.get(id)?.bypassActors === undefined);
    return {
        branch: d.value,
        protection: (0,protection/* combine */.kg)((0,protection/* noProtection */.RG)(), ...known),
        unreadable: v.unknown.map((u) => `${u.source} could not be read: ${u.reason} (unlock: ${u.unlock})`),
        bypassVisible: v.unknown.length === 0 && facts.rulesets.ok && !hidden
    };
}


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


/***/ })

};
