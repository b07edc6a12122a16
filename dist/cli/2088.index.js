export const id = 2088;
export const ids = [2088];
export const modules = {

/***/ 2721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Z: () => (/* binding */ DEFAULT_PROFILES),
/* harmony export */   GH: () => (/* binding */ waiverExpiry),
/* harmony export */   Xp: () => (/* binding */ takesFresh),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   l7: () => (/* binding */ checkPolicyReferences),
/* harmony export */   vz: () => (/* binding */ sourceOf)
/* harmony export */ });
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2334);
/* harmony import */ var _org_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2604);


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
    problems.push(...(0,_org_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .checkOrgSection */ .go)(policy));
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
    const t = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRfc3339 */ .TM)(expires);
    return expires.length === 10 ? t + _time_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO : t;
}


/***/ }),

/***/ 9707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ON: () => (/* binding */ parsePolicy),
/* harmony export */   loadPolicy: () => (/* binding */ loadPolicy)
/* harmony export */ });
/* unused harmony exports MAX_POLICY_BYTES, MAX_POLICY_DEPTH, MAX_POLICY_ITEMS, MAX_POLICY_NODES */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2721);
/* harmony import */ var _generated_validators_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6161);




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
