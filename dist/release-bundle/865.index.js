export const id = 865;
export const ids = [865,862];
export const modules = {

/***/ 60484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ stableStringify),
/* harmony export */   e: () => (/* binding */ stableStringifyBytes)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
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

/***/ 63348:
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

/***/ 43075:
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

/***/ 75329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dR: () => (/* binding */ DEFAULT_LIMITS),
  $Z: () => (/* binding */ DEFAULT_PROFILES),
  l7: () => (/* binding */ checkPolicyReferences),
  vz: () => (/* binding */ sourceOf),
  Xp: () => (/* binding */ takesFresh),
  GH: () => (/* binding */ waiverExpiry)
});

// EXTERNAL MODULE: ./src/core/time.ts
var time = __webpack_require__(22334);
;// CONCATENATED MODULE: ./src/core/name-glob.ts
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
function name_glob_compileNameGlobs(globs) {
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
    return name_glob_compileNameGlobs([glob])(name);
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

;// CONCATENATED MODULE: ./src/core/org-policy.ts
/**
 * Per-repository overrides of the organisation policy (issue 19: "the org policy lives in one
 * file … with per-repository overrides; `branches:` as today"). Pure: the policy file's `org:`
 * section is read by io/policy-file.ts (schema `org`, `orgOverride`, `branchOverride`,
 * `repositoryGlob` in schemas/gonogo.schema.json) and checked here beyond the schema.
 *
 * ```yaml
 * branches:
 *   main: { required_checks: [test], min_approvals: 2, block_force_pushes: true }
 * org:
 *   overrides:
 *     - id: legacy
 *       repositories: ['legacy-*', 'old-api']
 *       branches:
 *         main: { min_approvals: 1, required_checks: null }
 *     - id: trunk
 *       repositories: ['mono']
 *       branches:
 *         trunk: { min_approvals: 2 }
 * ```
 *
 * The precedence rule, for one repository OWNER/NAME:
 * 1. `branches:` of the policy applies to every repository.
 * 2. Every override with a `repositories` glob matching NAME (the name without the owner,
 *    compared without case, as GitHub compares repository names) applies, in file order, so a
 *    later override wins over an earlier one for what both set.
 * 3. Within an override, a `branches` key already in effect keeps its place and gets the
 *    override's settings one by one: a setting given replaces the one in effect (lists are
 *    replaced whole, not appended to), `null` removes it (that setting is no longer verified), a
 *    setting not given stays.
 * 4. A key K not yet in effect starts from the settings of the entry that verify-rules would
 *    pick, among the keys in effect, for a branch named K (core/branch-entry.ts branchEntryFor:
 *    the exact key, else the first key in order whose glob matches; for a glob K its text is
 *    matched as the name, so `'*'` or `'**'` in effect covers `release-*`), and gets the
 *    override's settings on a copy of them as in rule 3; when no key in effect matches, it starts
 *    from nothing. So with `branches: { '*': {required_checks: [test], min_approvals: 2} }` an
 *    override `main: { min_approvals: 1 }` verifies `main` for `required_checks: [test]` and
 *    `min_approvals: 1`: only what the override gives changes. K is added before the keys in
 *    effect, so it is tried before the organisation's globs (an exact branch name is always tried
 *    first).
 *
 * Repository globs are matched by core/name-glob.ts in linear time (a name chosen by whoever may
 * create a repository cannot make a plan or shard hang); a glob outside its language is refused
 * when the policy is loaded, at its line and column.
 */


/** Compiled matchers per policy object: a shard asks once per repository. */
const matchers = new WeakMap();
function matchersOf(policy) {
    const known = matchers.get(policy);
    if (known)
        return known;
    // A glob checkOrgSection refused never gets here (the policy is not loaded); one that does
    // anyway (a policy built in code) matches nothing rather than throwing.
    const made = (policy.org?.overrides ?? []).map((o) => {
        try {
            return compileNameGlobs(o.repositories);
        }
        catch {
            return () => false;
        }
    });
    matchers.set(policy, made);
    return made;
}
/** NAME of OWNER/NAME (the whole text when there is no `/`). */
function nameOf(repository) {
    const slash = repository.indexOf('/');
    return slash >= 0 ? repository.slice(slash + 1) : repository;
}
/**
 * The policy one repository is verified against: `branches:` with every matching override
 * applied in file order (see the precedence rule at the top of this module). Every other part of
 * the policy is unchanged. Deterministic; never throws for a policy the schema accepted.
 *
 * @param repository OWNER/NAME as the plan or GITHUB_REPOSITORY gives it
 */
function effectivePolicy(policy, repository) {
    const all = policy.org?.overrides ?? [];
    if (all.length === 0 || !policy.branches)
        return { policy, applied: [] };
    const name = nameOf(repository);
    const m = matchersOf(policy);
    let branches = policy.branches;
    const applied = [];
    all.forEach((o, i) => {
        if (m[i]?.(name) !== true)
            return;
        branches = applyOverride(branches, o.branches);
        applied.push(o.id);
    });
    return applied.length === 0 ? { policy, applied } : { policy: { ...policy, branches }, applied };
}
/** `branches` with one override's entries applied (rules 3 and 4); new objects, inputs untouched. */
function applyOverride(branches, override) {
    const merge = (base, o) => {
        const out = new Map(Object.entries(base ?? {}));
        for (const [k, v] of Object.entries(o)) {
            if (v === null)
                out.delete(k);
            else if (v !== undefined)
                out.set(k, v);
        }
        return Object.fromEntries(out);
    };
    const added = [];
    const kept = Object.entries(branches).map(([k, v]) => [
        k,
        Object.hasOwn(override, k) ? merge(v, override[k]) : v
    ]);
    for (const [k, v] of Object.entries(override))
        if (!Object.hasOwn(branches, k))
            added.push([k, merge(branchEntryFor(branches, k)?.policy, v)]);
    // Object.fromEntries defines own data properties: a key `__proto__` stays a key.
    return Object.fromEntries([...added, ...kept]);
}
/**
 * What the schema cannot say about `org:` (called by checkPolicyReferences, so each problem is
 * reported at its line and column): the section needs `branches:` (every repository starts from
 * it), override ids are unique, and every repository glob is in the language of
 * core/name-glob.ts (brackets and braces balanced — an unbalanced `[` or `{` would be read
 * literally and silently match nothing —, no range in braces, no `{…}` without `,`).
 */
function checkOrgSection(policy) {
    const org = policy.org;
    if (org === undefined)
        return [];
    const problems = [];
    if (!policy.branches)
        problems.push({
            path: ['org'],
            message: 'its overrides change branches:, which this policy does not declare; add branches: (the protection every repository starts from)'
        });
    const seen = new Map();
    (org.overrides ?? []).forEach((o, i) => {
        const first = seen.get(o.id);
        if (first !== undefined)
            problems.push({
                path: ['org', 'overrides', i, 'id'],
                message: `duplicate override id '${o.id}' (first declared at org.overrides[${first}]); ids must be unique`
            });
        else
            seen.set(o.id, i);
        o.repositories.forEach((glob, j) => {
            const why = nameGlobProblem(glob);
            if (why !== undefined)
                problems.push({
                    path: ['org', 'overrides', i, 'repositories', j],
                    message: `'${glob}' is not a usable repository name glob: ${why}`
                });
        });
    });
    return problems;
}
/**
 * The overrides that match none of `repositories` (a plan's), in file order, each with a warning
 * naming it and its globs: a misspelt glob would otherwise leave the repositories it meant under
 * the organisation's rules without a word.
 *
 * @param repositories OWNER/NAME of every repository the plan covers
 */
function unmatchedOverrides(policy, repositories) {
    const all = policy.org?.overrides ?? [];
    const m = matchersOf(policy);
    const names = repositories.map(nameOf);
    const out = [];
    all.forEach((o, index) => {
        const match = m[index];
        if (match && names.some((n) => match(n)))
            return;
        out.push({
            index,
            id: o.id,
            message: `org.overrides[${index}] '${o.id}' matches no repository of the plan (repositories: ${o.repositories.join(', ')}); check the globs, or remove the override`
        });
    });
    return out;
}
/** Largest number of override ids read back per repository (the schema's maxItems). */
const MAX_APPLIED = 1000;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/**
 * The overrides a shard applied (`overrides` of its shard.json: OWNER/NAME → ids), read back
 * for the repositories of the plan's shard only; anything that is not a list of override ids is
 * left out (the row then names no override). Never throws.
 */
function appliedFromShard(doc, repositories) {
    const out = new Map();
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        return out;
    const rec = doc;
    for (const full of repositories) {
        if (!Object.hasOwn(rec, full))
            continue;
        const ids = rec[full];
        if (Array.isArray(ids) &&
            ids.length > 0 &&
            ids.length <= MAX_APPLIED &&
            ids.every((x) => typeof x === 'string' && ID.test(x)))
            out.set(full, [...new Set(ids)]);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/policy.ts


/** Whether an environment takes bundles that run nowhere yet. */
function takesFresh(env) {
    return env.fresh ?? env.from === undefined;
}
/** Used when the file declares no profiles: nothing failed may pass. */
const DEFAULT_PROFILES = {
    strict: { max_high: 0, max_medium: 0 }
};
const DEFAULT_LIMITS = {
    max_report_bytes: 50 * 1024 * 1024,
    max_files_per_source: 20000
};
/** Resolves a control's source, defaulting to `<reports>/<id>.json` when none is declared. */
function sourceOf(control, reportsDir) {
    const s = control.source;
    if (!s)
        return { kind: 'report', pattern: `${reportsDir.replace(/\/+$/, '')}/${control.id}.json` };
    if ('junit' in s)
        return { kind: 'junit', pattern: s.junit };
    if ('sarif' in s)
        return { kind: 'sarif', pattern: s.sarif };
    if ('builtin' in s)
        return { kind: 'builtin', pattern: s.builtin };
    return { kind: 'report', pattern: s.report };
}
/** Names listed in one message at most; the rest are counted. */
const MAX_LISTED = 20;
/** `a, b, c` — at most {@link MAX_LISTED} names, then how many more. */
function listed(names) {
    const shown = names.slice(0, MAX_LISTED).join(', ');
    return names.length > MAX_LISTED ? `${shown} and ${names.length - MAX_LISTED} more` : shown;
}
/**
 * Cross-references the schema cannot express: unique ids, known profiles, waivers of real
 * controls, a corridor of environments without loops. Linear in the policy's size; each message
 * lists at most 20 names.
 */
function checkPolicyReferences(policy) {
    const problems = [];
    const seen = new Map();
    policy.controls.forEach((c, i) => {
        const first = seen.get(c.id);
        if (first !== undefined) {
            problems.push({
                path: ['controls', i, 'id'],
                message: `duplicate control id '${c.id}' (first declared at controls[${first}]); ids must be unique`
            });
        }
        else
            seen.set(c.id, i);
    });
    const profiles = Object.keys(policy.profiles ?? DEFAULT_PROFILES);
    const profileSet = new Set(profiles);
    (policy.select_profile ?? []).forEach((rule, i) => {
        if (!profileSet.has(rule.profile)) {
            problems.push({
                path: ['select_profile', i, 'profile'],
                message: `unknown profile '${rule.profile}'; declared profiles: ${listed(profiles)}`
            });
        }
    });
    let controlIds;
    (policy.waivers ?? []).forEach((w, i) => {
        if (!seen.has(w.control)) {
            controlIds ??= listed([...seen.keys()].sort());
            problems.push({
                path: ['waivers', i, 'control'],
                message: `waiver for unknown control '${w.control}'; declared controls: ${controlIds}`
            });
        }
        if (Number.isNaN(waiverExpiry(w.expires))) {
            problems.push({
                path: ['waivers', i, 'expires'],
                message: `'${w.expires}' is not a real date`
            });
        }
    });
    problems.push(...checkEnvironments(policy.environments ?? {}));
    problems.push(...checkClaims(policy.claims ?? [], seen));
    (policy.incidents?.triggers ?? []).forEach((id, i) => {
        if (seen.has(id))
            return;
        controlIds ??= listed([...seen.keys()].sort());
        problems.push({
            path: ['incidents', 'triggers', i],
            message: `incident trigger names unknown control '${id}'; declared controls: ${controlIds}`
        });
    });
    problems.push(...checkIncidentLabels(policy.incidents));
    problems.push(...checkOrgSection(policy));
    return problems;
}
/**
 * The incident labels cannot be the gate's own `needs-postmortem` (the mark of a recovered
 * incident) nor the fix label (the mark of a pull request exempt from the freeze); GitHub compares
 * label names without case, so these do too.
 */
function checkIncidentLabels(incidents) {
    const problems = [];
    const labels = (incidents?.labels ?? []).map((l) => l.toLowerCase());
    labels.forEach((l, i) => {
        if (l === 'needs-postmortem')
            problems.push({
                path: ['incidents', 'labels', i],
                message: "'needs-postmortem' is the label the gate gives a recovered incident without its postmortem; choose another label"
            });
    });
    const fix = incidents?.fix_label?.toLowerCase();
    if (fix !== undefined && labels.includes(fix))
        problems.push({
            path: ['incidents', 'fix_label'],
            message: `the fix label '${incidents?.fix_label ?? ''}' is also an incident label; a pull request carrying it would look like an incident: choose another`
        });
    return problems;
}
/**
 * Claim ids are unique and every control a claim names is declared (`controls` maps declared
 * ids to their index). Each problem's path points at the offending id.
 */
function checkClaims(claims, controls) {
    const problems = [];
    const seen = new Map();
    let declared;
    claims.forEach((claim, i) => {
        const first = seen.get(claim.id);
        if (first !== undefined) {
            problems.push({
                path: ['claims', i, 'id'],
                message: `duplicate claim id '${claim.id}' (first declared at claims[${first}]); ids must be unique`
            });
        }
        else
            seen.set(claim.id, i);
        if (controls.has(claim.id))
            problems.push({
                path: ['claims', i, 'id'],
                message: `claim id '${claim.id}' is also a control id, so the blocker register could not tell them apart; use another id (for example T0.1)`
            });
        const named = new Set();
        claim.controls.forEach((id, j) => {
            if (named.has(id)) {
                problems.push({
                    path: ['claims', i, 'controls', j],
                    message: `claim '${claim.id}' names control '${id}' twice; name each control once`
                });
                return;
            }
            named.add(id);
            if (controls.has(id))
                return;
            declared ??= listed([...controls.keys()].sort());
            problems.push({
                path: ['claims', i, 'controls', j],
                message: `claim '${claim.id}' names unknown control '${id}'; declared controls: ${declared}`
            });
        });
    });
    return problems;
}
/**
 * Every `from` names a declared environment, no corridor loops, and every stop can be reached.
 * Each `from` chain is followed once: a stop already known to reach the start of the corridor (or
 * to end at an unknown name) is not walked again, so the cost is linear in the environments.
 */
function checkEnvironments(envs) {
    const problems = [];
    const names = Object.keys(envs);
    /** Stops whose chain is known to end without a loop (at a start, or at an unknown name). */
    const ends = new Set();
    for (const [name, env] of Object.entries(envs)) {
        if (env.from === undefined) {
            if (env.fresh === false) {
                problems.push({
                    path: ['environments', name, 'fresh'],
                    message: `environment '${name}' has no 'from' and takes no fresh bundle, so nothing can ever reach it`
                });
            }
            continue;
        }
        if (!Object.hasOwn(envs, env.from)) {
            problems.push({
                path: ['environments', name, 'from'],
                message: `unknown environment '${env.from}'; declared environments: ${names.join(', ')}`
            });
            continue;
        }
        const seen = [name];
        const onPath = new Set(seen);
        let at = env.from;
        let loops = false;
        while (at !== undefined && Object.hasOwn(envs, at) && !ends.has(at)) {
            if (onPath.has(at)) {
                const shown = [...seen, at];
                problems.push({
                    path: ['environments', name, 'from'],
                    message: `the corridor loops: ${shown.length > MAX_LISTED ? [...shown.slice(0, MAX_LISTED - 1), '…', at].join(' ← ') : shown.join(' ← ')}`
                });
                loops = true;
                break;
            }
            seen.push(at);
            onPath.add(at);
            at = envs[at]?.from;
        }
        if (!loops)
            for (const s of seen)
                ends.add(s);
    }
    return problems;
}
/**
 * The instant a waiver stops applying. A bare date is valid through the end of that day in UTC;
 * a date-time is exact. NaN for an impossible date such as 2026-02-30.
 */
function waiverExpiry(expires) {
    const t = (0,time/* parseRfc3339 */.TM)(expires);
    return expires.length === 10 ? t + time/* DAY_MS */.sO : t;
}


/***/ }),

/***/ 19918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H5: () => (/* binding */ verifyChain),
/* harmony export */   M_: () => (/* binding */ recordSchemaProblem),
/* harmony export */   Sz: () => (/* binding */ PROMOTION_CHECKS),
/* harmony export */   YR: () => (/* binding */ ENVIRONMENT_NAME),
/* harmony export */   Yq: () => (/* binding */ promotionAllowed),
/* harmony export */   es: () => (/* binding */ rollbackTarget),
/* harmony export */   fS: () => (/* binding */ corridorStop),
/* harmony export */   pY: () => (/* binding */ PROMOTION_CONTRACT),
/* harmony export */   pp: () => (/* binding */ isDecision),
/* harmony export */   uv: () => (/* binding */ PROMOTION_TASK),
/* harmony export */   xe: () => (/* binding */ sealRecord),
/* harmony export */   zX: () => (/* binding */ judgePromotion)
/* harmony export */ });
/* unused harmony export recordDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bundle_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67985);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75329);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85009);
/* harmony import */ var _parsers_schema_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73525);
/* harmony import */ var _generated_validators_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46161);






/** Contract of a promotion record (a deployment's payload, a file of the CLI's state folder). */
const PROMOTION_CONTRACT = 'gonogo.promotion/v1';
/** The deployment task gonogo's records carry, apart from the deployments Actions makes itself. */
const PROMOTION_TASK = 'deploy:gonogo';
/** An environment name as GitHub and the policy schema accept it (never a path). */
const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/;
/** The record's digest: SHA-256 over its canonical JSON without `digest` and `signature`. */
function recordDigest(r) {
    const rest = { ...r };
    delete rest.digest;
    delete rest.signature;
    return (0,_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalDigest */ .Xz)(rest);
}
/** Seals a record with its digest, and signs the digest when there is a key. */
function sealRecord(r, key) {
    const digest = recordDigest(r);
    return { ...r, digest, ...(key !== undefined ? { signature: (0,_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .signDigest */ ._i)(key, digest) } : {}) };
}
function signedBy(r, key) {
    if (r.signature === undefined)
        return false;
    const want = Buffer.from((0,_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .signDigest */ ._i)(key, r.digest), 'hex');
    const got = Buffer.from(r.signature, 'hex');
    return got.length === want.length && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(got, want);
}
/** Why `value` is not a valid promotion record (the first schema errors), or undefined. */
function recordSchemaProblem(value) {
    if ((0,_generated_validators_js__WEBPACK_IMPORTED_MODULE_4__/* .validatePromotionRecord */ .DV)(value))
        return undefined;
    const why = (_generated_validators_js__WEBPACK_IMPORTED_MODULE_4__/* .validatePromotionRecord */ .DV.errors ?? [])
        .slice(0, 3)
        .map((e) => (0,_parsers_schema_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .formatSchemaError */ .t)(e))
        .join('; ');
    return `not a valid ${PROMOTION_CONTRACT} record (${why})`;
}
/** Whether a word is one of the gate's decisions. */
function isDecision(d) {
    return d !== null && _status_js__WEBPACK_IMPORTED_MODULE_3__/* .DECISIONS */ .Yv.includes(d);
}
/**
 * Walks an environment's records in the order they were made: each must be a valid record of this
 * environment, unchanged since it was sealed, numbered one after the other, and name the digest
 * of the one before it. With a key, each must also be signed with it (the chain alone cannot
 * tell a well-formed record appended by someone else). The first break is reported with where.
 *
 * Never throws on what a store returns: a record that is not valid against the schema, or that
 * has no RFC 8785 canonical form (a string with a lone surrogate, see `canonicalProblem`), breaks
 * the chain at that record with the reason.
 */
function verifyChain(environment, entries, key) {
    const records = [];
    const broken = (where, message) => ({
        environment,
        ok: false,
        records,
        head: null,
        broken: { where, message }
    });
    for (const [i, entry] of entries.entries()) {
        const r = entry.record;
        let invalid;
        try {
            invalid = recordSchemaProblem(r) ?? (0,_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalProblem */ .WU)(r);
        }
        catch (e) {
            invalid = `cannot be read as a ${PROMOTION_CONTRACT} record (${e instanceof Error ? e.message : String(e)})`;
        }
        if (invalid !== undefined)
            return broken(entry.where, invalid);
        const rec = r;
        const want = recordDigest(rec);
        if (rec.digest !== want) {
            return broken(entry.where, `record changed after it was sealed: its content hashes to ${want}, it says ${rec.digest}`);
        }
        if (key !== undefined && !signedBy(rec, key)) {
            return broken(entry.where, rec.signature === undefined
                ? 'record is not signed, but a signing key was given: it was not written by a promotion holding the key'
                : 'record signature does not match the signing key: forged, or written with another key');
        }
        if (rec.environment !== environment) {
            return broken(entry.where, `a record of '${rec.environment}' among ${environment}'s`);
        }
        if (rec.sequence !== i + 1) {
            return broken(entry.where, `record number ${rec.sequence} where number ${i + 1} belongs: a record is missing or repeated`);
        }
        const before = records[i - 1];
        const expected = before ? before.digest : null;
        if (rec.previous !== expected) {
            return broken(entry.where, `names ${rec.previous ?? 'no previous record'} as the record before it, but the record before it is ${expected ?? 'none'}`);
        }
        records.push(rec);
    }
    return { environment, ok: true, records, head: records.at(-1) ?? null };
}
/**
 * The record a rollback goes back to: the newest before the head with another bundle, passing
 * over records that an earlier rollback undid (a second rollback goes further back, not forward).
 */
function rollbackTarget(chain) {
    const head = chain.head;
    if (!head)
        return undefined;
    const undone = new Set(chain.records.map((r) => r.rollback_of).filter((d) => d !== undefined));
    for (let i = chain.records.length - 2; i >= 0; i--) {
        const r = chain.records[i];
        if (r && r.bundle.digest !== head.bundle.digest && !undone.has(r.digest))
            return r;
    }
    return undefined;
}
const PROMOTION_CHECKS = {
    bundle: 'bundle-verifies',
    order: 'corridor-order',
    decision: 'gate-decision',
    reviewers: 'environment-reviewers',
    approval: 'run-approval',
    chain: 'history-chain',
    recorded: 'recorded'
};
const DECISION_RANK = { go: 2, 'conditional-go': 1, 'no-go': 0 };
/** The promotion checks, pure: each passed, failed or unverified with what to do. */
function judgePromotion(f) {
    const env = corridorStop(f.corridor, f.environment);
    return [
        bundleCheck(f),
        orderCheck(f, env),
        decisionCheck(f, env),
        ...reviewerChecks(f, env),
        chainCheck(f.target)
    ];
}
/** The environment's declaration: own keys only (`constructor` is not a declared environment). */
function corridorStop(corridor, name) {
    return corridor !== undefined && Object.hasOwn(corridor, name) ? corridor[name] : undefined;
}
/** Whether the checks allow recording the promotion. */
function promotionAllowed(checks, f) {
    return checks.every((c) => c.status === 'passed' ||
        (c.status === 'unverified' &&
            f.allowUnverifiedReviewers === true &&
            f.rules.kind === 'local' &&
            (c.id === PROMOTION_CHECKS.reviewers || c.id === PROMOTION_CHECKS.approval)));
}
function bundleCheck(f) {
    const id = PROMOTION_CHECKS.bundle;
    const b = f.bundle;
    if (!b.ok) {
        const shown = b.problems
            .slice(0, 5)
            .map((p) => (p.file ? `${p.file}: ${p.message}` : p.message));
        const more = b.problems.length > 5 ? ` (and ${b.problems.length - 5} more)` : '';
        return {
            id,
            status: 'failed',
            message: `the bundle does not verify: ${shown.join('; ')}${more}`,
            remediation: 'promote the bundle exactly as action-release-bundle made it; a bundle changed after the gate is never promoted'
        };
    }
    if (b.lineageProblems.length > 0) {
        return {
            id,
            status: 'failed',
            message: `the bundle's lineage is incomplete: ${b.lineageProblems.slice(0, 5).join('; ')}`,
            remediation: 'a bundle whose own lineage is incomplete (a required job failed or is missing) is never promoted; fix the release run and bundle again'
        };
    }
    const replay = b.replay;
    if (replay?.kind === 'different') {
        return {
            id,
            status: 'failed',
            message: `the bundle does not replay: deciding again from its policy and evidence gives another summary (${replay.differences.slice(0, 5).join('; ')}${replay.differences.length > 5 ? ` and ${replay.differences.length - 5} more` : ''})`,
            remediation: 'run gonogo bundle verify PATH --replay to see what differs; a bundle whose decision does not follow from its own evidence is never promoted: run the gate again and bundle its output'
        };
    }
    // A rollback returns to a bundle promoted before; one made before replayable bundles is let
    // through as it was then.
    // No replay result at all is treated as a bundle that cannot be replayed (fail closed).
    if (replay?.kind !== 'same' && !f.allowUnreplayable && f.kind !== 'rollback') {
        return {
            id,
            status: 'failed',
            message: `the bundle cannot be replayed: ${replay?.kind === 'unreplayable' ? replay.message : 'it was not replayed'}`,
            remediation: 'rebuild the bundle with this gonogo (gonogo gate, then bundle create --summary with its output), or accept it once with --allow-unreplayable (input allow-unreplayable: true): the record then says it was not replayed'
        };
    }
    if (f.kind === 'rollback' && f.rollbackTo && f.rollbackTo.bundle.digest !== b.digest) {
        return {
            id,
            status: 'failed',
            message: `bundle ${b.id ?? '?'} (${b.digest ?? '?'}) is not the one record ${f.rollbackTo.sequence} promoted (${f.rollbackTo.bundle.id}, ${f.rollbackTo.bundle.digest})`,
            remediation: `roll back with bundle ${f.rollbackTo.bundle.id}`
        };
    }
    return {
        id,
        status: 'passed',
        message: `bundle ${b.id ?? '?'} verifies: ${b.files ?? 0} files, digest ${b.digest ?? '?'}, ${b.signed === 'verified' ? 'signature verified' : 'not signed (no signing key given)'}, ${replay?.kind === 'same' ? 'replays to the same decision' : 'not replayed (it records no inputs; accepted as unreplayable)'}`
    };
}
function undeclared(f) {
    const names = Object.keys(f.corridor ?? {});
    return names.length > 0
        ? `environment '${f.environment}' is not declared under 'environments' in the policy file (declared: ${names.join(', ')})`
        : `the policy file declares no 'environments': the corridor (for example dev → staging → prod) is unknown`;
}
function orderCheck(f, env) {
    const id = PROMOTION_CHECKS.order;
    if (!env) {
        return {
            id,
            status: 'failed',
            message: undeclared(f),
            remediation: `declare environments.${f.environment} with 'requires' (and 'from' for a later stop)`
        };
    }
    if (f.kind === 'rollback') {
        const to = f.rollbackTo;
        if (!to) {
            return {
                id,
                status: 'failed',
                message: f.target.head
                    ? `nothing to roll back to: ${f.environment} has only ever run bundle ${f.target.head.bundle.id}`
                    : `nothing to roll back to: ${f.environment} has no promotion yet`
            };
        }
        return {
            id,
            status: 'passed',
            message: `rolls ${f.environment} back to bundle ${to.bundle.id}, which record ${to.sequence} promoted on ${to.promoted_at}`,
            observed: { record: to.digest }
        };
    }
    if (env.from === undefined || (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .takesFresh */ .Xp)(env)) {
        const note = env.from === undefined ? '' : ` (it also takes bundles from ${env.from})`;
        return { id, status: 'passed', message: `${f.environment} takes fresh bundles${note}` };
    }
    const src = f.source;
    const name = env.from;
    if (!src) {
        return { id, status: 'failed', message: `the history of ${name} was not read` };
    }
    if (!src.ok) {
        return {
            id,
            status: 'failed',
            message: `the history of ${name} is broken at ${src.broken?.where ?? '?'} (${src.broken?.message ?? ''}): what runs there is unknown`,
            remediation: `repair or roll back ${name} first`
        };
    }
    if (!src.head) {
        return {
            id,
            status: 'failed',
            message: `${name} has no promotion yet: promote bundle ${f.bundle.id ?? '?'} to ${name} before ${f.environment} (the corridor declares ${f.environment} from ${name})`,
            remediation: `promote to ${name} first`
        };
    }
    if (src.head.bundle.digest !== f.bundle.digest) {
        return {
            id,
            status: 'failed',
            message: `${name} runs bundle ${src.head.bundle.id} (${src.head.bundle.digest}, record ${src.head.sequence}), not bundle ${f.bundle.id ?? '?'} (${f.bundle.digest ?? '?'}): a bundle reaches ${f.environment} only through ${name}`,
            remediation: `promote bundle ${f.bundle.id ?? '?'} to ${name} first, or promote ${src.head.bundle.id}`,
            wanted: f.bundle.digest,
            observed: src.head.bundle.digest
        };
    }
    return {
        id,
        status: 'passed',
        message: `${name} runs this bundle (record ${src.head.sequence}, ${src.head.digest})`,
        observed: { environment: name, record: src.head.digest }
    };
}
function decisionCheck(f, env) {
    const id = PROMOTION_CHECKS.decision;
    if (!env)
        return { id, status: 'failed', message: undeclared(f) };
    const d = f.bundle.decision;
    if (!isDecision(d)) {
        return {
            id,
            status: 'failed',
            message: d === null
                ? "the bundle holds no gate decision (no readable executive-summary.json): build it after action-gate with its 'summary' folder"
                : `the bundle's executive-summary.json says decision '${d}', which is not go, conditional-go or no-go`
        };
    }
    // requires is go or conditional-go, so no-go never meets it
    const ok = DECISION_RANK[d] >= DECISION_RANK[env.requires];
    return {
        id,
        status: ok ? 'passed' : 'failed',
        message: ok
            ? `gate decision ${d} meets ${f.environment}'s requirement (${env.requires})`
            : `gate decision ${d} does not meet ${f.environment}'s requirement (${env.requires})`,
        wanted: env.requires,
        observed: d
    };
}
function reviewerChecks(f, env) {
    const id = PROMOTION_CHECKS.reviewers;
    if (!env)
        return [{ id, status: 'failed', message: undeclared(f) }];
    const required = env.reviewers ?? 0;
    const preventSelf = env.prevent_self_review === true;
    const checks = [];
    const r = f.rules;
    if (required === 0 && !preventSelf) {
        checks.push({
            id,
            status: 'passed',
            message: `${f.environment} declares no required reviewers`
        });
    }
    else if (r.kind === 'local') {
        checks.push({
            id,
            status: 'unverified',
            message: `${f.environment} requires ${required} reviewer(s); the local state cannot read GitHub's environment protection rules`,
            remediation: 'promote through action-release-bundle (mode: promote) in a job with `environment:`; to rehearse locally pass --allow-unverified-reviewers (the record says the reviewers were not verified)'
        });
    }
    else if (r.kind === 'unreadable') {
        checks.push({ id, status: 'unverified', message: r.message, unlock: r.unlock });
    }
    else if (r.kind === 'absent') {
        checks.push({
            id,
            status: 'failed',
            message: r.message,
            remediation: `create the environment '${f.environment}' (Settings → Environments) with required reviewers`
        });
    }
    else {
        const problems = [];
        if (required > 0 && !r.hasReviewersRule)
            problems.push(`has no required-reviewers protection rule (the policy wants ${required})`);
        else if (r.reviewers.length < required)
            problems.push(`names ${r.reviewers.length} required reviewer(s) (${r.reviewers.join(', ') || 'none'}), the policy wants at least ${required}`);
        if (preventSelf && !r.preventSelfReview)
            problems.push('lets the person who started the run approve it (prevent self-review is off)');
        checks.push(problems.length > 0
            ? {
                id,
                status: 'failed',
                message: `environment ${f.environment} ${problems.join('; ')}`,
                remediation: `Settings → Environments → ${f.environment} → Deployment protection rules`,
                wanted: { reviewers: required, prevent_self_review: preventSelf },
                observed: { reviewers: r.reviewers, prevent_self_review: r.preventSelfReview }
            }
            : {
                id,
                status: 'passed',
                message: `environment ${f.environment} requires a review by one of ${r.reviewers.join(', ')}${r.preventSelfReview ? ' (no self-review)' : ''}`
            });
    }
    if (required > 0)
        checks.push(approvalCheck(f));
    return checks;
}
function approvalCheck(f) {
    const id = PROMOTION_CHECKS.approval;
    const a = f.approvals;
    if (a.kind === 'local') {
        return {
            id,
            status: 'unverified',
            message: 'approvals are GitHub’s: the local state has none to record'
        };
    }
    if (a.kind === 'unreadable')
        return { id, status: 'unverified', message: a.message, unlock: a.unlock };
    const rejected = a.approvals.filter((x) => x.state === 'rejected');
    const approved = a.approvals.filter((x) => x.state === 'approved');
    if (rejected.length > 0) {
        return {
            id,
            status: 'failed',
            message: `this run's deployment to ${f.environment} was rejected by ${rejected.map((x) => x.user).join(', ')}`
        };
    }
    if (approved.length === 0) {
        return {
            id,
            status: 'failed',
            message: `this run has no approval for ${f.environment}`,
            remediation: `run the promotion in a job that declares \`environment: ${f.environment}\`, so GitHub asks the environment's reviewers`
        };
    }
    return {
        id,
        status: 'passed',
        message: `approved for ${f.environment} by ${approved.map((x) => x.user).join(', ')}`
    };
}
function chainCheck(chain) {
    const id = PROMOTION_CHECKS.chain;
    if (!chain.ok) {
        return {
            id,
            status: 'failed',
            message: `the history of ${chain.environment} is broken at ${chain.broken?.where ?? '?'}: ${chain.broken?.message ?? ''}`,
            remediation: 'a broken history blocks every promotion: find who changed or removed the record, restore it, and promote again'
        };
    }
    return {
        id,
        status: 'passed',
        message: chain.head
            ? `the history of ${chain.environment} is intact: ${chain.records.length} record(s), the last ${chain.head.digest}`
            : `${chain.environment} has no history yet: this is its first record`
    };
}


/***/ }),

/***/ 85009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ worstStatus),
/* harmony export */   DI: () => (/* binding */ isFailing),
/* harmony export */   Yv: () => (/* binding */ DECISIONS),
/* harmony export */   f: () => (/* binding */ normaliseStatusWord),
/* harmony export */   h$: () => (/* binding */ LEGACY_STATUS_WORDS)
/* harmony export */ });
/* unused harmony exports REPORT_STATUSES, CONTROL_STATUSES, SEVERITIES */
/** Status words: one place for each of them. */
/** What a report says about itself (the report contract). */
const REPORT_STATUSES = (/* unused pure expression or super */ null && (['passed', 'failed', 'unverified']));
/**
 * What the gate concluded about one control's evidence. `missing`, `invalid` and `stale` are
 * evidence problems; they count as failed.
 */
const CONTROL_STATUSES = (/* unused pure expression or super */ null && ([
    'passed',
    'failed',
    'unverified',
    'missing',
    'invalid',
    'stale'
]));
const DECISIONS = ['go', 'conditional-go', 'no-go'];
const SEVERITIES = (/* unused pure expression or super */ null && (['high', 'medium']));
/** Older governance scripts wrote free-form status words; this is how each one reads. */
const LEGACY_WORDS = {
    passed: 'passed',
    pass: 'passed',
    ok: 'passed',
    healthy: 'passed',
    success: 'passed',
    failed: 'failed',
    fail: 'failed',
    error: 'failed',
    breach: 'failed',
    // GitHub's check conclusions, as reports copy them.
    failure: 'failed',
    timed_out: 'failed',
    cancelled: 'failed',
    canceled: 'failed',
    // The older consolidated summaries' words for an input that is absent or unreadable.
    missing: 'failed',
    invalid: 'failed',
    unverified: 'unverified',
    unknown: 'unverified',
    pending: 'unverified',
    partial: 'unverified',
    warning: 'unverified'
};
const LEGACY_STATUS_WORDS = Object.keys(LEGACY_WORDS).sort();
/** Normalises a status word; `undefined` for a word nobody defined (the caller fails closed). */
function normaliseStatusWord(word) {
    const key = word.trim().toLowerCase();
    return Object.hasOwn(LEGACY_WORDS, key) ? LEGACY_WORDS[key] : undefined;
}
/** Statuses that count as a failed control before waivers. */
function isFailing(status) {
    return status !== 'passed' && status !== 'unverified';
}
/** Worst first: the status a control gets when several files feed it. */
const PRECEDENCE = [
    'invalid',
    'stale',
    'missing',
    'failed',
    'unverified',
    'passed'
];
function worstStatus(statuses) {
    if (statuses.length === 0)
        return 'missing';
    let worst = PRECEDENCE.length - 1;
    for (const s of statuses)
        worst = Math.min(worst, PRECEDENCE.indexOf(s));
    return PRECEDENCE[worst];
}


/***/ }),

/***/ 67869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ writeAllOrNothing)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58198);



/**
 * Writes a set of files all or nothing: each goes to a temporary name first and is renamed into
 * place only when every one was written, so a failure never leaves half an output behind.
 *
 * Every registered secret (the token, a signing key: src/core/secrets.ts) is replaced by `***`
 * in the content before it is written (content given as bytes is UTF-8 text, scrubbed alike). Without a secret in the text the bytes are exactly the
 * content given, so outputs stay deterministic, and anything hashing a written file (the bundle
 * manifest) hashes what is on disk.
 */
async function writeAllOrNothing(dir, files) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const staged = [];
    try {
        for (const f of files) {
            const final = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, f.name);
            const tmp = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, `.${f.name}.${process.pid}.tmp`);
            staged.push({ tmp, final });
            const content = typeof f.content === 'string' ? (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .scrubSecrets */ .Zg)(f.content) : (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .scrubBytes */ .Jv)(f.content);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, content, { encoding: 'utf8', mode: 0o644 });
        }
        for (const s of staged)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(s.tmp, s.final);
    }
    catch (e) {
        await Promise.all(staged.map((s) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(s.tmp, { force: true })));
        throw e;
    }
    return staged.map((s) => s.final);
}


/***/ }),

/***/ 15862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ MAX_KEPT_TOTAL_BYTES),
/* harmony export */   verifyBundle: () => (/* binding */ verifyBundle)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20663);
/* harmony import */ var _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(67985);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74296);
/* harmony import */ var _parsers_json_error_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(11639);
/* harmony import */ var _parsers_schema_errors_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(73525);
/* harmony import */ var _generated_validators_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(46161);
/* harmony import */ var _bundle_copy_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(426);
/* harmony import */ var _hash_file_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(12145);













/** Largest file `keep` holds in memory. */
const MAX_KEPT_BYTES = 16 * 1024 * 1024;
/**
 * Most bytes `keep` holds in all: a small zip of many highly compressible entries (16 MiB of
 * zeros deflates to 16 KiB) must not make a verify hold gigabytes.
 */
const MAX_KEPT_TOTAL_BYTES = 256 * 1024 * 1024;
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
const MAX_SIGNATURE_BYTES = 64 * 1024;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/**
 * Verifies a bundle folder or its zip (the downloaded artifact): the manifest against its schema,
 * every file's size and SHA-256, the digest, no file added or missing, no path that could escape
 * the bundle, no symbolic link (never followed), and the signature when a key is given.
 *
 * @param opts.keep the paths (or a test on the path) whose verified bytes are returned in `kept`,
 *   each up to 16 MiB: what a caller reads next without opening the bundle again (a zip's
 *   evidence for a replay, the summary)
 */
async function verifyBundle(target, opts = {}) {
    let isDir;
    try {
        isDir = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target)).isDirectory();
    }
    catch {
        return { ok: false, problems: [{ message: `${target}: not found` }], kept: new Map() };
    }
    let listing;
    try {
        listing = isDir
            ? await listFolder(target)
            : await listZip(target, opts.zipInMemoryUpTo ?? ZIP_IN_MEMORY_BYTES);
    }
    catch (e) {
        return {
            ok: false,
            problems: [
                { message: `${target}: not a bundle folder or a readable zip (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(e)})` }
            ],
            kept: new Map()
        };
    }
    try {
        const keep = opts.keep;
        const asked = typeof keep === 'function' ? undefined : new Set(keep ?? []);
        const keeps = typeof keep === 'function' ? keep : (p) => asked?.has(p) === true;
        return await judge(listing, opts.signingKey, keeps, opts.keepTotal ?? MAX_KEPT_TOTAL_BYTES);
    }
    finally {
        listing.close();
    }
}
async function judge(listing, signingKey, keep, keepTotal) {
    const problems = [...listing.problems];
    const named = new Set(problems.map((p) => p.file).filter((f) => f !== undefined));
    const kept = new Map();
    let keptBytes = 0;
    let keptPartly = false;
    const done = (digest, manifest) => ({
        ok: problems.length === 0,
        ...(digest !== undefined ? { digest } : {}),
        problems,
        ...(manifest !== undefined && problems.length === 0 ? { manifest } : {}),
        kept,
        ...(keptPartly ? { keptPartly: true } : {})
    });
    const manifestText = await readSmall(listing, _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_FILE */ .h1, MAX_MANIFEST_BYTES, problems);
    if (manifestText === undefined)
        return done();
    // Depth bounded before parsing (json-error.ts): a manifest nests 3 levels.
    const parsed = (0,_parsers_json_error_js__WEBPACK_IMPORTED_MODULE_8__/* .parseBoundedJson */ .Rj)(manifestText);
    if (!parsed.ok) {
        problems.push({ file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_FILE */ .h1, message: parsed.message });
        return done();
    }
    const doc = parsed.value;
    if (!(0,_generated_validators_js__WEBPACK_IMPORTED_MODULE_9__/* .validateBundleManifest */ .cS)(doc)) {
        for (const e of (_generated_validators_js__WEBPACK_IMPORTED_MODULE_9__/* .validateBundleManifest */ .cS.errors ?? []).slice(0, 20)) {
            // Bad file paths are reported below, each naming its file.
            if (e.keyword === 'pattern' && /^\/files\/\d+\/path$/.test(e.instancePath))
                continue;
            problems.push({ file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_FILE */ .h1, message: `schema: ${(0,_parsers_schema_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .formatSchemaError */ .t)(e)}` });
        }
    }
    if (!isRecord(doc))
        return done();
    // Every listed file: a safe path, once, present, with the bytes the manifest says.
    const listed = new Set();
    const entries = Array.isArray(doc.files) ? doc.files : [];
    let previous;
    let sorted = true;
    for (const entry of entries) {
        if (!isRecord(entry) || typeof entry.path !== 'string')
            continue;
        const p = entry.path;
        if (previous !== undefined && (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .comparePaths */ .cD)(previous, p) > 0)
            sorted = false;
        previous = p;
        const pathProblem = (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .bundlePathProblem */ .fR)(p);
        if (pathProblem !== undefined) {
            problems.push({
                file: p,
                message: `listed in the manifest with an unsafe path: ${pathProblem}`
            });
            continue;
        }
        if (_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .UNLISTED_FILES */ .VP.includes(p)) {
            problems.push({ file: p, message: 'listed in the manifest, but describes the bundle itself' });
            continue;
        }
        if (listed.has(p)) {
            problems.push({ file: p, message: 'duplicate path: listed more than once in the manifest' });
            continue;
        }
        listed.add(p);
        const reader = listing.files.get(p);
        if (reader === undefined) {
            if (!named.has(p))
                problems.push({ file: p, message: 'missing: listed in the manifest but not in the bundle' });
            continue;
        }
        let got;
        try {
            // A small file of a folder is hashed synchronously (no promise to wait for).
            const hashed = reader.hash(keep(p) ? MAX_KEPT_BYTES : undefined);
            got = hashed instanceof Promise ? await hashed : hashed;
        }
        catch (e) {
            problems.push({ file: p, message: `cannot be read (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(e)})` });
            continue;
        }
        if (got.size !== entry.size || got.sha256 !== entry.sha256) {
            problems.push({
                file: p,
                message: `content changed: ${got.size} bytes with SHA-256 ${got.sha256}, the manifest says ${String(entry.size)} bytes with ${String(entry.sha256)}`
            });
        }
        else if (got.data !== undefined) {
            if (keptBytes + got.data.length <= keepTotal) {
                kept.set(p, got.data);
                keptBytes += got.data.length;
            }
            else
                keptPartly = true;
        }
    }
    if (!sorted)
        problems.push({ file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_FILE */ .h1, message: 'files are not sorted by path' });
    for (const p of [...listing.files.keys()].sort(_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .comparePaths */ .cD)) {
        if (!listed.has(p) && !_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .UNLISTED_FILES */ .VP.includes(p))
            problems.push({ file: p, message: 'added: present in the bundle but not in the manifest' });
    }
    let digest;
    try {
        digest = (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .manifestDigest */ .It)(doc);
    }
    catch (e) {
        problems.push({ file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_FILE */ .h1, message: `cannot be canonicalized (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(e)})` });
        return done();
    }
    if (doc.digest !== digest) {
        problems.push({
            file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_FILE */ .h1,
            message: `digest ${String(doc.digest)} does not match the manifest's content (${digest}): the manifest or its digest was edited`
        });
    }
    if (signingKey !== undefined)
        await checkSignature(listing, signingKey, digest, problems);
    return done(digest, doc);
}
async function checkSignature(listing, key, digest, problems) {
    if (!listing.files.has(_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNATURE_FILE */ .I9)) {
        problems.push({ file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNATURE_FILE */ .I9, message: 'missing, but a signing key was given' });
        return;
    }
    const text = await readSmall(listing, _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNATURE_FILE */ .I9, MAX_SIGNATURE_BYTES, problems);
    if (text === undefined)
        return;
    let sig;
    try {
        sig = JSON.parse(text);
    }
    catch (e) {
        problems.push({ file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNATURE_FILE */ .I9, message: `not valid JSON (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(e)})` });
        return;
    }
    if (!isRecord(sig) ||
        sig.algorithm !== _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNATURE_ALGORITHM */ .fM ||
        typeof sig.signature !== 'string' ||
        !/^[0-9a-f]{64}$/.test(sig.signature)) {
        problems.push({
            file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNATURE_FILE */ .I9,
            message: `not a ${_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNATURE_ALGORITHM */ .fM} signature ({"algorithm", "digest", "signature": 64 hex})`
        });
        return;
    }
    if (sig.digest !== digest)
        problems.push({
            file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNATURE_FILE */ .I9,
            message: `signs digest ${String(sig.digest)}, not this manifest's ${digest}`
        });
    const want = Buffer.from((0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .signDigest */ ._i)(key, digest), 'hex');
    const got = Buffer.from(sig.signature, 'hex');
    if (got.length !== want.length || !(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(got, want))
        problems.push({
            file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNATURE_FILE */ .I9,
            message: 'signature does not match: wrong key, or the bundle was changed after signing'
        });
}
/** Size and SHA-256 of a zip entry's stream; its bytes too when at most `keepUpTo`. */
async function hashZipEntry(stream, keepUpTo) {
    if (keepUpTo === undefined)
        return (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_11__/* .hashStream */ .LH)(stream);
    const chunks = [];
    const got = await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_11__/* .hashStream */ .LH)(collect(stream, chunks, keepUpTo));
    return got.size <= keepUpTo ? { ...got, data: Buffer.concat(chunks) } : got;
}
/** Passes a stream through, keeping its chunks while they total at most `max` bytes. */
async function* collect(stream, chunks, max) {
    let size = 0;
    for await (const chunk of stream) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
        size += buf.length;
        if (size <= max)
            chunks.push(buf);
        else
            chunks.length = 0;
        yield buf;
    }
}
/** A small file of the bundle as text; a problem (naming it) when absent or too large. */
async function readSmall(listing, file, max, problems) {
    const reader = listing.files.get(file);
    if (reader === undefined) {
        if (!problems.some((p) => p.file === file))
            problems.push({ file, message: 'missing: this is not a bundle' });
        return undefined;
    }
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of await reader.stream()) {
            const buf = Buffer.from(chunk);
            size += buf.length;
            if (size > max) {
                problems.push({ file, message: `larger than ${max} bytes` });
                return undefined;
            }
            chunks.push(buf);
        }
    }
    catch (e) {
        problems.push({ file, message: `cannot be read (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(e)})` });
        return undefined;
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** Lists a folder without following any symbolic link: a link is a problem, never a file. */
async function listFolder(root) {
    const files = new Map();
    const problems = [];
    const base = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root);
    const walk = async (rel) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, ...rel.split('/').filter(Boolean)), {
            withFileTypes: true
        });
        entries.sort((a, b) => (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .comparePaths */ .cD)(a.name, b.name));
        for (const e of entries) {
            const p = rel === '' ? e.name : `${rel}/${e.name}`;
            const pathProblem = (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .bundlePathProblem */ .fR)(p);
            if (pathProblem !== undefined) {
                problems.push({ file: p, message: `unsafe file name: ${pathProblem}` });
            }
            else if (e.isSymbolicLink()) {
                problems.push({
                    file: p,
                    message: 'symbolic link: a bundle holds only regular files (links are never followed)'
                });
            }
            else if (e.isDirectory()) {
                await walk(p);
            }
            else if (e.isFile()) {
                const abs = (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep) === '/' ? `${base}/${p}` : node_path__WEBPACK_IMPORTED_MODULE_2___default().join(base, ...p.split('/'));
                // Opened without following a link and checked by fstat on the descriptor it reads
                // (hash-file.ts): a link or FIFO swapped in after this listing is refused, not read.
                files.set(p, {
                    stream: async () => (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(abs, _hash_file_js__WEBPACK_IMPORTED_MODULE_11__/* .READ_NOFOLLOW */ .sb)).createReadStream({ highWaterMark: 1024 * 1024 }),
                    hash: (keepUpTo) => (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_11__/* .hashRegularFile */ .vF)(abs, keepUpTo)
                });
            }
            else {
                problems.push({ file: p, message: 'not a regular file' });
            }
        }
    };
    await walk('');
    return { files, problems, close: () => undefined };
}
/**
 * Lists a zip from its central directory. Every entry name is checked before anything else is done
 * with it (absolute, drive letter, backslash, `..`: zip-slip), link entries are refused, and files
 * are hashed from the archive's streams: nothing is extracted.
 */
/**
 * A zip up to this size is read into memory in one call and its entries inflated from there; a
 * larger one is read entry by entry from the file. A bundle of 10,000 small files then costs one
 * read instead of several positioned reads per entry on the thread pool.
 */
const ZIP_IN_MEMORY_BYTES = 256 * 1024 * 1024;
async function listZip(file, inMemoryUpTo) {
    const options = {
        lazyEntries: true,
        autoClose: false,
        decodeStrings: false,
        validateEntrySizes: true
    };
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
    if (!st.isFile())
        throw new Error('not a regular file');
    const whole = st.size <= inMemoryUpTo ? await readWhole(file, st.size) : undefined;
    const zip = whole
        ? await yauzl__WEBPACK_IMPORTED_MODULE_5__.fromBufferPromise(whole, options)
        : await yauzl__WEBPACK_IMPORTED_MODULE_5__.openPromise(file, options);
    const files = new Map();
    const problems = [];
    const seen = new Set();
    try {
        await new Promise((resolve, reject) => {
            zip.on('error', reject);
            zip.on('end', () => resolve());
            zip.on('entry', (entry) => {
                const name = entryName(entry);
                const isDir = name.endsWith('/');
                const p = isDir ? name.slice(0, -1) : name;
                const pathProblem = (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .bundlePathProblem */ .fR)(p);
                const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
                if (pathProblem !== undefined) {
                    problems.push({ file: name, message: `unsafe zip entry name (zip-slip): ${pathProblem}` });
                }
                else if (mode === S_IFLNK) {
                    problems.push({
                        file: p,
                        message: 'symbolic link entry: a bundle holds only regular files'
                    });
                }
                else if (seen.has(p)) {
                    problems.push({
                        file: p,
                        message: 'duplicate path: the zip holds this entry more than once'
                    });
                    files.delete(p);
                }
                else if (!isDir) {
                    seen.add(p);
                    if (entry.isEncrypted())
                        problems.push({ file: p, message: 'encrypted zip entry' });
                    else {
                        const stream = () => zip.openReadStreamPromise(entry);
                        files.set(p, {
                            stream,
                            hash: async (keepUpTo) => whole && entry.uncompressedSize <= INFLATE_AT_ONCE_BYTES
                                ? hashHeldEntry(zip, whole, entry, keepUpTo)
                                : hashZipEntry(await stream(), keepUpTo)
                        });
                    }
                }
                else {
                    seen.add(p);
                }
                zip.readEntry();
            });
            zip.readEntry();
        });
    }
    catch (e) {
        zip.close();
        throw e;
    }
    return { files, problems, close: () => zip.close() };
}
/** Largest entry of an in-memory zip inflated in one call; a larger one is streamed. */
const INFLATE_AT_ONCE_BYTES = 16 * 1024 * 1024;
/**
 * Size and SHA-256 of an entry of a zip held in memory (`whole`), its bytes too when at most
 * `keepUpTo`: the entry's data is found through its local header (yauzl checks it lies inside
 * the file), then stored (method 0) or inflated (method 8, raw DEFLATE, APPNOTE 4.4.5) in one
 * call, bounded by the size the central directory declares. Throws, as yauzl's stream does, for
 * another method or data whose size is not the declared one.
 */
async function hashHeldEntry(zip, whole, entry, keepUpTo) {
    const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
    const raw = whole.subarray(fileDataStart, fileDataStart + entry.compressedSize);
    let data;
    if (entry.compressionMethod === 0)
        data = raw;
    else if (entry.compressionMethod === 8) {
        try {
            data = (0,node_zlib__WEBPACK_IMPORTED_MODULE_4__.inflateRawSync)(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
        }
        catch (e) {
            // Inflating stops at the declared size: more data is a header that lies (a zip bomb's way).
            if (e.code === 'ERR_BUFFER_TOO_LARGE')
                throw new Error(`more bytes than the zip's header declares (${entry.uncompressedSize})`);
            throw e;
        }
    }
    else
        throw new Error(`unsupported compression method: ${entry.compressionMethod}`);
    if (data.length !== entry.uncompressedSize)
        throw new Error(`${data.length > entry.uncompressedSize ? 'more' : 'fewer'} bytes than the zip's header declares (${entry.uncompressedSize})`);
    const sha256 = (0,_bundle_copy_js__WEBPACK_IMPORTED_MODULE_10__/* .sha256Hex */ .fg)(data);
    return keepUpTo !== undefined && data.length <= keepUpTo
        ? // A stored entry is a view into the whole zip: copied, so keeping it does not keep the zip.
            { size: data.length, sha256, data: raw === data ? Buffer.from(data) : data }
        : { size: data.length, sha256 };
}
/** The first `size` bytes of `file` (fewer if it shrank since it was measured). */
async function readWhole(file, size) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    try {
        const buf = Buffer.allocUnsafe(size);
        let at = 0;
        while (at < size) {
            const { bytesRead } = await handle.read(buf, at, size - at, at);
            if (bytesRead === 0)
                break;
            at += bytesRead;
        }
        return buf.subarray(0, at);
    }
    finally {
        await handle.close();
    }
}
/**
 * A zip entry's name. The zip format (APPNOTE 4.4.4, bit 11) says names without the UTF-8 flag
 * are CP437, but Info-ZIP's `zip` on Linux writes UTF-8 names without setting it: a name that is
 * valid UTF-8 and not plain ASCII is read as UTF-8 (CP437 text is almost never valid UTF-8), so
 * `ü.xml` zipped by hand is not "missing" plus an added `├╝.xml`.
 */
function entryName(entry) {
    const flagged = (entry.generalPurposeBitFlag & 0x800) !== 0;
    const raw = entry.fileNameRaw;
    if (!flagged && raw.some((b) => b >= 0x80) && (0,node_buffer__WEBPACK_IMPORTED_MODULE_3__.isUtf8)(raw))
        return raw.toString('utf8');
    return yauzl__WEBPACK_IMPORTED_MODULE_5__.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true);
}
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}


/***/ }),

/***/ 39707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tb: () => (/* binding */ loadPolicy)
/* harmony export */ });
/* unused harmony exports MAX_POLICY_BYTES, MAX_POLICY_DEPTH, MAX_POLICY_ITEMS, MAX_POLICY_NODES, parsePolicy */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75329);
/* harmony import */ var _generated_validators_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46161);




/** A policy file is read up to this size (characters of text; bytes when loaded). */
const MAX_POLICY_BYTES = 1024 * 1024;
const MAX_MESSAGES = 10;
/**
 * How deep collections may nest in a policy file. The deepest the schema goes is 6 levels
 * (`branches.<name>.required_checks[i].context`); the `yaml` library recurses per level and
 * overflows the stack at a few hundred, so depth is measured before the document is built.
 */
const MAX_POLICY_DEPTH = 32;
/** Entries one list or mapping of a policy file may hold (controls, waivers, profiles, …). */
const MAX_POLICY_ITEMS = 1000;
/** YAML nodes (collections, keys and values) a policy file may hold in all. */
const MAX_POLICY_NODES = 50_000;
/** Nodes YAML aliases may expand to (the `yaml` library's guard against "billion laughs"). */
const MAX_ALIAS_COUNT = 100;
/** Loads `.github/gonogo.yml`: YAML with positions, the schema, then cross-references. */
async function loadPolicy(ws, file) {
    const read = await ws.readText(file, MAX_POLICY_BYTES, 'for a policy file');
    if (!read.ok) {
        const hint = read.reason === 'missing' ? '; create it (see README "The policy file") or pass --config' : '';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`policy file ${read.message}${hint}`);
    }
    return parsePolicy(read.text, ws.relative(file) ?? file);
}
/**
 * Parses and validates policy text; every problem names file:line:column, the key, and what is
 * allowed. Any text yields a policy or a {@link ConfigurationError}, never another exception:
 * size ({@link MAX_POLICY_BYTES}), nesting ({@link MAX_POLICY_DEPTH}), entries per list or mapping
 * ({@link MAX_POLICY_ITEMS}) and nodes in all ({@link MAX_POLICY_NODES}) are measured on the YAML
 * syntax tree before the document is built; aliases may expand to {@link MAX_ALIAS_COUNT} nodes
 * and may not refer to a node that contains them (a circular structure); duplicate keys are YAML
 * errors; keys such as `__proto__` are data, refused by the schema where not allowed.
 *
 * @param text the file's text (decoded)
 * @param file the path named in messages
 * @throws ConfigurationError naming file:line:column and what to do
 */
function parsePolicy(text, file) {
    try {
        return parsePolicyText(text, file);
    }
    catch (e) {
        if (e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1)
            throw e;
        // A reader never throws anything else: whatever escaped the YAML library or the schema.
        const why = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}: could not be read as a policy (${why.slice(0, 200)}); check that it is the YAML policy file described in README "The policy file"`);
    }
}
function parsePolicyText(text, file) {
    if (text.includes('\u0000')) {
        // UTF-16 read as UTF-8: every other character is NUL.
        const nuls = text.split('\u0000').length - 1;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(nuls * 2 >= text.length * 0.8
            ? `${file}: saved as UTF-16; save it as UTF-8 (GitHub and gonogo read YAML as UTF-8)`
            : `${file}: binary data, not YAML`);
    }
    if (text.length > MAX_POLICY_BYTES)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}: ${text.length} characters; a policy file may hold at most ${MAX_POLICY_BYTES}, so it is not read — is this the policy file?`);
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const at = (offset) => {
        const p = lines.linePos(offset);
        return `${file}:${p.line}:${p.col}`;
    };
    // Flow nesting is refused on the lexer's stream, before any tree is built.
    const flow = flowTooDeep(text);
    if (flow) {
        lines.addNewLine(0);
        for (const m of text.matchAll(/\n/g))
            lines.addNewLine(m.index + 1);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${at(flow.offset)}: ${flow.message}`);
    }
    // One parse: its syntax tree is measured, then composed into the document (as parseDocument
    // does, with the same options and the same "one document" error).
    const tokens = [...new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(lines.addNewLine).parse(text)];
    const shape = measureTokens(tokens);
    if (shape)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${at(shape.offset)}: ${shape.message}`);
    const doc = composeOne(tokens, text.length);
    if (doc.errors.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(doc.errors
            .slice(0, MAX_MESSAGES)
            .map((e) => e.code === 'MULTIPLE_DOCS'
            ? `${at(e.pos[0])}: a second YAML document (after \`---\`); the policy is one document: remove the separator or the second part`
            : `${at(e.pos[0])}: YAML syntax: ${e.message.split('\n')[0] ?? ''}`)
            .join('\n'));
    }
    const circular = circularAlias(doc);
    if (circular !== undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${at(circular.offset)}: the alias *${circular.name} stands for a node that contains it (a circular structure); write the value out instead`);
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(/alias count/i.test(why)
            ? `${file}: its aliases (*name) expand past the YAML reader's alias limit (maxAliasCount ${MAX_ALIAS_COUNT}), a resource-exhaustion pattern ("billion laughs"); write the values out or use fewer aliases`
            : `${file}: ${why.slice(0, 200)}`);
    }
    if (!(0,_generated_validators_js__WEBPACK_IMPORTED_MODULE_3__/* .validatePolicy */ .tE)(value)) {
        const messages = (_generated_validators_js__WEBPACK_IMPORTED_MODULE_3__/* .validatePolicy */ .tE.errors ?? [])
            .filter((e) => !isNoise(e))
            .map((e) => describe(e, doc, at));
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(uniqueSorted(messages).slice(0, MAX_MESSAGES).join('\n'));
    }
    const policy = value;
    const problems = (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .checkPolicyReferences */ .l7)(policy);
    if (problems.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(problems
            .map((p) => `${at(nodeAt(doc, p.path)?.range?.[0] ?? 0)}: ${keyPath(p.path)}: ${p.message}`)
            .join('\n'));
    }
    return policy;
}
/**
 * The first document composed from the parser's `tokens` of a text `length` characters long,
 * exactly as the yaml library's `parseDocument(text, { uniqueKeys: true, prettyErrors: false })`
 * composes it (yaml 2.x public-api.js), a second document noted as its `MULTIPLE_DOCS` error.
 */
function composeOne(tokens, length) {
    const composer = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Composer */ .Dk({ prettyErrors: false, uniqueKeys: true });
    let doc;
    for (const d of composer.compose(tokens, true, length)) {
        if (!doc)
            doc = d;
        else {
            doc.errors.push(new yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLParseError */ .XT([d.range[0], d.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
            break;
        }
    }
    // compose(…, true) always ends with a document, an empty one for an empty text.
    return doc;
}
/** The lexer's control tokens, which stand for no text of the file. */
const CONTROL_TOKENS = new Set(['\x02', '\x18', '\x1f']);
/**
 * Flow collections (`[`, `{`) nested past {@link MAX_POLICY_DEPTH}, found on the lexer's token
 * stream as it goes (a megabyte of `[` is refused at the 33rd, not after building its tree).
 */
function flowTooDeep(text) {
    // Nesting never exceeds the number of `[` and `{` in the text: when that is within the limit
    // (most policies), the lexer pass is not needed.
    let openers = 0;
    for (let i = text.indexOf('['); i !== -1 && openers <= MAX_POLICY_DEPTH; i = text.indexOf('[', i + 1))
        openers++;
    for (let i = text.indexOf('{'); i !== -1 && openers <= MAX_POLICY_DEPTH; i = text.indexOf('{', i + 1))
        openers++;
    if (openers <= MAX_POLICY_DEPTH)
        return undefined;
    let depth = 0;
    let offset = 0;
    for (const tok of new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG().lex(text)) {
        if (tok === '[' || tok === '{') {
            if (++depth > MAX_POLICY_DEPTH)
                return {
                    offset,
                    message: `lists and mappings nest more than ${MAX_POLICY_DEPTH} deep here; a policy file nests at most ${MAX_POLICY_DEPTH} levels — flatten it`
                };
        }
        else if (tok === ']' || tok === '}')
            depth = Math.max(0, depth - 1);
        if (!CONTROL_TOKENS.has(tok))
            offset += tok.length;
    }
    return undefined;
}
/**
 * The first place a parsed YAML syntax tree goes past {@link MAX_POLICY_DEPTH},
 * {@link MAX_POLICY_ITEMS} or {@link MAX_POLICY_NODES}, with the message; undefined if none.
 * Iterative, as the `yaml` library's lexer and parser are.
 */
function measureTokens(tokens) {
    let nodes = 0;
    const stack = [];
    for (const token of tokens)
        stack.push({ token: token, depth: 0 });
    while (stack.length > 0) {
        const { token, depth } = stack.pop();
        const offset = token.offset ?? 0;
        if (++nodes > MAX_POLICY_NODES)
            return {
                offset,
                message: `the file holds more than ${MAX_POLICY_NODES} YAML values; a policy file may hold at most ${MAX_POLICY_NODES} — is this the policy file?`
            };
        if (token.type === 'document') {
            if (token.value)
                stack.push({ token: token.value, depth });
            continue;
        }
        const items = token.items;
        if (!Array.isArray(items))
            continue;
        if (depth + 1 > MAX_POLICY_DEPTH)
            return {
                offset,
                message: `lists and mappings nest more than ${MAX_POLICY_DEPTH} deep here; a policy file nests at most ${MAX_POLICY_DEPTH} levels — flatten it`
            };
        if (items.length > MAX_POLICY_ITEMS)
            return {
                offset,
                message: `this list or mapping holds ${items.length} entries; a policy file allows at most ${MAX_POLICY_ITEMS} per list or mapping — split or shorten it`
            };
        for (const item of items) {
            for (const part of [item.key, item.value]) {
                if (part && typeof part === 'object')
                    stack.push({ token: part, depth: depth + 1 });
            }
        }
    }
    return undefined;
}
/** An alias inside the very node its anchor names (`a: &x [*x]`), which would make a cycle. */
function circularAlias(doc) {
    let found;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Alias(_key, alias) {
            const target = alias.resolve(doc);
            const r = target?.range;
            const a = alias.range?.[0];
            if (r && a !== undefined && a >= r[0] && a < r[2]) {
                found = { offset: a, name: alias.source };
                return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
            }
            return undefined;
        }
    });
    return found;
}
/** `if`/`$ref` wrappers repeat what the real error says. */
function isNoise(e) {
    return e.keyword === 'if' || e.keyword === '$ref' || e.keyword === 'propertyNames';
}
function uniqueSorted(messages) {
    const lineOf = (m) => Number(/:(\d+):\d+:/.exec(m)?.[1] ?? 0);
    return [...new Set(messages)].sort((a, b) => lineOf(a) - lineOf(b) || (a < b ? -1 : 1));
}
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function keyPath(p) {
    if (p.length === 0)
        return '(top level)';
    return p.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
function nodeAt(doc, p) {
    const n = p.length === 0 ? doc.contents : doc.getIn(p, true);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(n) ? n : undefined;
}
/** The key node of `key` in the map at `p` (to point at an unknown key itself). */
function keyNode(doc, p, key) {
    const map = nodeAt(doc, p);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return undefined;
    for (const item of map.items) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) && item.key.value === key)
            return item.key;
    }
    return undefined;
}
function describe(e, doc, at) {
    const p = pointerToPath(e.instancePath);
    const params = e.params;
    const parent = (e.parentSchema ?? {});
    const node = nodeAt(doc, p);
    const pos = (n) => at(n?.range?.[0] ?? node?.range?.[0] ?? 0);
    // An error about a key's name (a `propertyNames` schema): at the key itself.
    if (e.propertyName !== undefined) {
        const key = e.propertyName;
        const what = typeof parent.description === 'string' ? `: ${parent.description}` : '';
        return `${pos(keyNode(doc, p, key))}: ${keyPath([...p, key])}: '${key}' is not an allowed key here${what}`;
    }
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const allowed = Object.keys(parent.properties ?? {});
            return `${pos(keyNode(doc, p, key))}: ${keyPath([...p, key])}: unknown key '${key}'; allowed keys here: ${allowed.join(', ')}`;
        }
        case 'required':
            return `${pos(node)}: ${keyPath(p)}: missing required key '${String(params.missingProperty)}'`;
        case 'enum':
            return `${pos(node)}: ${keyPath(p)}: ${JSON.stringify(valueAt(doc, p))} is not allowed; allowed: ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'const':
            return `${pos(node)}: ${keyPath(p)}: must be ${JSON.stringify(params.allowedValue)}`;
        case 'type':
            return `${pos(node)}: ${keyPath(p)}: must be ${article(String(params.type))}, found ${typeName(valueAt(doc, p))}`;
        case 'pattern':
            return `${pos(node)}: ${keyPath(p)}: ${JSON.stringify(valueAt(doc, p))} does not match ${String(parent.description ?? params.pattern)}`;
        case 'maxProperties':
        case 'minProperties':
            return `${pos(node)}: ${keyPath(p)}: ${typeof parent.description === 'string' ? parent.description : (e.message ?? e.keyword)}`;
        default: {
            const hint = typeof parent.description === 'string' ? ` (${parent.description})` : '';
            return `${pos(node)}: ${keyPath(p)}: ${e.message ?? e.keyword}${hint}`;
        }
    }
}
function valueAt(doc, p) {
    const n = nodeAt(doc, p);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n) ? n.value : n?.toJSON();
}
function typeName(v) {
    if (v === null || v === undefined)
        return 'nothing';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'number' && !Number.isFinite(v))
        return `a number too large to hold (${v})`;
    return `${typeof v} ${JSON.stringify(v)}`;
}
function article(t) {
    const names = {
        object: 'a mapping',
        array: 'a list',
        integer: 'an integer',
        string: 'a string',
        number: 'a number',
        boolean: 'true or false'
    };
    return names[t] ?? t;
}


/***/ })

};
