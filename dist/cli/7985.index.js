export const id = 7985;
export const ids = [7985];
export const modules = {

/***/ 7985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I9: () => (/* binding */ SIGNATURE_FILE),
/* harmony export */   It: () => (/* binding */ manifestDigest),
/* harmony export */   VP: () => (/* binding */ UNLISTED_FILES),
/* harmony export */   WU: () => (/* binding */ canonicalProblem),
/* harmony export */   Xz: () => (/* binding */ canonicalDigest),
/* harmony export */   _i: () => (/* binding */ signDigest),
/* harmony export */   bundleCreationTime: () => (/* binding */ bundleCreationTime),
/* harmony export */   cD: () => (/* binding */ comparePaths),
/* harmony export */   cn: () => (/* binding */ EVIDENCE_DIR),
/* harmony export */   fM: () => (/* binding */ SIGNATURE_ALGORITHM),
/* harmony export */   fR: () => (/* binding */ bundlePathProblem),
/* harmony export */   h1: () => (/* binding */ MANIFEST_FILE),
/* harmony export */   jl: () => (/* binding */ BUILTINS_DIR),
/* harmony export */   m4: () => (/* binding */ REPORTS_DIR),
/* harmony export */   tE: () => (/* binding */ LINEAGE_FILE),
/* harmony export */   u1: () => (/* binding */ buildManifest),
/* harmony export */   xc: () => (/* binding */ runFromEnv)
/* harmony export */ });
/* unused harmony exports BUNDLE_CONTRACT, LOCAL_RUN, filesDigest, bundleId, duplicatePaths, runUrl, parseSourceDateEpoch */
/* harmony import */ var canonicalize__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8799);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2334);




/** Contract of an evidence bundle's manifest.json. */
const BUNDLE_CONTRACT = 'gonogo.bundle/v1';
const MANIFEST_FILE = 'manifest.json';
const SIGNATURE_FILE = 'signature.json';
const LINEAGE_FILE = 'lineage.json';
/** Where the reports go inside a bundle. */
const REPORTS_DIR = 'reports';
/** Where the files the gate's decision read go, by their repository paths (issue 16). */
const EVIDENCE_DIR = 'evidence';
/** Where the built-in checks' reports the gate wrote go. */
const BUILTINS_DIR = 'builtins';
/** Files at the bundle root that describe the bundle and so are not listed in it. */
const UNLISTED_FILES = [MANIFEST_FILE, SIGNATURE_FILE];
const SIGNATURE_ALGORITHM = 'hmac-sha256';
const LOCAL_RUN = {
    url: null,
    workflow: null,
    actor: null,
    event: null,
    id: null,
    attempt: null
};
/**
 * `sha256:<hex>` of the RFC 8785 canonical JSON of `value`.
 *
 * @throws TypeError when `value` has no canonical form: no JSON form at all, or a string with a
 *   lone surrogate (RFC 8785 §3.1 takes I-JSON input, and RFC 7493 §2.1 excludes surrogates that
 *   are not in pairs), naming the first such string's path. Callers that read stored records turn
 *   this into a refusal ({@link canonicalProblem}).
 */
function canonicalDigest(value) {
    const problem = canonicalProblem(value);
    if (problem !== undefined)
        throw new TypeError(problem);
    const text = (0,canonicalize__WEBPACK_IMPORTED_MODULE_3__/* ["default"] */ .A)(value);
    if (text === undefined)
        throw new TypeError('value has no JSON form');
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex')}`;
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * Why `value` has no RFC 8785 canonical form, or undefined: the first string (key or value) that
 * holds a lone surrogate (I-JSON, RFC 7493 §2.1), by its JSON path (`$.bundle.id`). Walks without
 * recursion; a value nested deeper than `maxDepth` is refused too (canonical JSON of it would
 * recurse that deep).
 */
function canonicalProblem(value, maxDepth = 1000) {
    const pathOf = (f) => {
        const parts = [];
        for (let at = f; at?.parent !== undefined; at = at.parent)
            parts.push(typeof at.key === 'number' ? `[${at.key}]` : `.${String(at.key).slice(0, 80)}`);
        return `$${parts.reverse().join('')}`;
    };
    const stack = [{ v: value, parent: undefined, key: undefined, depth: 0 }];
    while (stack.length > 0) {
        const frame = stack.pop();
        const { v, depth } = frame;
        if (typeof v === 'string') {
            if (LONE_SURROGATE.test(v))
                return `${pathOf(frame)} holds a lone surrogate, which JSON canonicalization (RFC 8785, I-JSON) does not allow`;
            continue;
        }
        if (v === null || typeof v !== 'object')
            continue;
        if (depth >= maxDepth)
            return `${pathOf(frame)} is nested deeper than ${maxDepth} levels`;
        if (Array.isArray(v)) {
            for (let i = v.length - 1; i >= 0; i--)
                stack.push({ v: v[i], parent: frame, key: i, depth: depth + 1 });
            continue;
        }
        for (const k of Object.keys(v)) {
            if (LONE_SURROGATE.test(k))
                return `key ${pathOf({ v: undefined, parent: frame, key: k, depth: depth + 1 })} holds a lone surrogate, which JSON canonicalization (RFC 8785, I-JSON) does not allow`;
            stack.push({ v: v[k], parent: frame, key: k, depth: depth + 1 });
        }
    }
    return undefined;
}
/** The manifest's digest: over its canonical JSON without `digest` itself. */
function manifestDigest(m) {
    const rest = { ...m };
    delete rest.digest;
    return canonicalDigest(rest);
}
/** Hex HMAC-SHA256 of the manifest digest (the `sha256:…` text, UTF-8) under `key`. */
function signDigest(key, digest) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update(digest, 'utf8').digest('hex');
}
/** Digest of the file list alone: what the bundle holds, whatever the run or time. */
function filesDigest(files) {
    return canonicalDigest(files);
}
/**
 * `<repository name>-<first 12 of the sha>-<first 12 of the files digest>`: the same evidence for
 * the same commit has the same id, and any change to a file changes it.
 */
function bundleId(subject, digestOfFiles) {
    const name = (subject.repository.split('/').pop() ?? '').replace(/[^A-Za-z0-9._-]/g, '-') || 'local';
    const sha = /^[0-9a-f]{12}/.test(subject.sha) ? subject.sha.slice(0, 12) : 'nosha';
    const hex = digestOfFiles.replace(/^sha256:/, '').slice(0, 12);
    return `${name}-${sha}-${hex}`;
}
/** Path order of the manifest: by UTF-16 code unit, as everywhere else in gonogo. */
function comparePaths(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Why `p` cannot name a file in a bundle, or undefined when it can: a bundle path is POSIX,
 * relative and normalized, so it can never land outside the folder it is extracted to.
 */
function bundlePathProblem(p) {
    if (p === '')
        return 'empty path';
    if (p.includes('\0'))
        return 'path contains a NUL character';
    if (p.includes('\\'))
        return 'path contains a backslash; bundle paths use /';
    if (p.startsWith('/'))
        return 'absolute path; bundle paths are relative to the bundle root';
    if (/^[A-Za-z]:/.test(p))
        return 'path starts with a drive letter';
    const segments = p.split('/');
    if (segments.includes('..'))
        return "path contains '..' and would escape the bundle";
    if (segments.some((s) => s === '' || s === '.'))
        return "path is not normalized (empty or '.' segment)";
    return undefined;
}
/** Paths that occur more than once, each named once, sorted. */
function duplicatePaths(paths) {
    const seen = new Set();
    const dup = new Set();
    for (const p of paths) {
        if (seen.has(p))
            dup.add(p);
        seen.add(p);
    }
    return [...dup].sort(comparePaths);
}
/** `{server}/{repository}/actions/runs/{id}/attempts/{attempt}` */
function runUrl(server, repository, id, attempt) {
    return `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${id}/attempts/${attempt}`;
}
/** The run from the runner's environment (GITHUB_RUN_ID …); LOCAL_RUN's nulls where absent. */
function runFromEnv(env) {
    const id = /^[0-9]{1,20}$/.test(env.GITHUB_RUN_ID ?? '') ? env.GITHUB_RUN_ID : null;
    const attemptText = env.GITHUB_RUN_ATTEMPT ?? '';
    const attempt = /^[1-9][0-9]{0,8}$/.test(attemptText) ? Number(attemptText) : null;
    const repository = env.GITHUB_REPOSITORY ?? '';
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const orNull = (v) => (v ? v : null);
    return {
        url: id !== null && repository !== '' ? runUrl(server, repository, id, attempt ?? 1) : null,
        workflow: orNull(env.GITHUB_WORKFLOW),
        actor: orNull(env.GITHUB_ACTOR),
        event: orNull(env.GITHUB_EVENT_NAME),
        id,
        attempt: id !== null ? (attempt ?? 1) : null
    };
}
/**
 * A bundle's creation time: SOURCE_DATE_EPOCH when set (a malformed one is an error, never
 * silently replaced by the clock), else the effective time, else now.
 */
function bundleCreationTime(sourceDateEpoch, effectiveTime, now) {
    if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
        const t = parseSourceDateEpoch(sourceDateEpoch);
        if (Number.isNaN(t))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01, got '${sourceDateEpoch}'`);
        return t;
    }
    return effectiveTime ? (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEffectiveTime */ .cD)(effectiveTime) : now();
}
/**
 * SOURCE_DATE_EPOCH (whole seconds since 1970, as reproducible builds define it) in milliseconds;
 * NaN when the text is not such a number.
 */
function parseSourceDateEpoch(text) {
    const t = text.trim();
    if (!/^[0-9]{1,12}$/.test(t))
        return NaN;
    return Number(t) * 1000;
}
/**
 * The manifest for files already hashed: sorted by path, with its id and digest. Throws on a path
 * a bundle cannot hold or on a path listed twice, so a manifest made here always verifies.
 */
function buildManifest(o) {
    for (const f of o.files) {
        const problem = bundlePathProblem(f.path);
        if (problem !== undefined)
            throw new Error(`${f.path}: ${problem}`);
        if (UNLISTED_FILES.includes(f.path))
            throw new Error(`${f.path}: reserved for the bundle itself`);
    }
    const dup = duplicatePaths(o.files.map((f) => f.path));
    if (dup.length > 0)
        throw new Error(`${dup.join(', ')}: listed more than once`);
    const files = [...o.files]
        .map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 }))
        .sort((a, b) => comparePaths(a.path, b.path));
    const subject = {
        repository: o.subject.repository,
        sha: o.subject.sha,
        ref: o.subject.ref,
        ...(o.subject.tag ? { tag: o.subject.tag } : {})
    };
    const body = {
        contract: BUNDLE_CONTRACT,
        bundle_id: bundleId(subject, filesDigest(files)),
        created_at: new Date(o.createdAt).toISOString(),
        subject,
        run: { ...o.run },
        files
    };
    return { ...body, digest: manifestDigest(body) };
}


/***/ }),

/***/ 8799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ canonicalize)
/* harmony export */ });
function serializeString (value) {
  if (!value.isWellFormed()) {
    throw new Error('Lone surrogate is not allowed');
  }
  return JSON.stringify(value);
}

function serializePrimitive (value) {
  switch (typeof value) {
    case 'number':
      if (isNaN(value)) {
        throw new Error('NaN is not allowed');
      }
      if (!isFinite(value)) {
        throw new Error('Infinity is not allowed');
      }
      // For finite numbers String(value) would give identical output, but
      // JSON.stringify benchmarks faster on V8.
      return JSON.stringify(value);
    case 'string':
      return serializeString(value);
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      // null, or values JSON.stringify maps to undefined (undefined,
      // functions, symbols).
      return JSON.stringify(value);
  }
}

// Resolves a value to either its serialized primitive form (a string — or
// undefined, for values JSON.stringify drops) or a frame describing the
// container to descend into. Callers distinguish the two cases with
// `typeof result !== 'object'`.
//
// toJSON results are unwrapped here, and the wrapper objects stay in `seen`
// until the resolved subtree is fully serialized, so cycles introduced via
// toJSON are still detected.
function enterValue (value, seen) {
  let wrappers = null;
  while (value !== null && typeof value === 'object' && typeof value.toJSON === 'function') {
    if (seen.has(value)) {
      throw new Error('Circular reference detected');
    }
    seen.add(value);
    (wrappers ??= []).push(value);
    value = value.toJSON();
  }

  // Boxed Number/String/Boolean objects serialize as their primitive values,
  // mirroring how JSON.stringify treats them.
  if (value instanceof Number || value instanceof String || value instanceof Boolean) {
    value = value.valueOf();
  }

  if (value === null || typeof value !== 'object') {
    if (wrappers !== null) {
      for (const wrapper of wrappers) seen.delete(wrapper);
    }
    return serializePrimitive(value);
  }

  if (seen.has(value)) {
    throw new Error('Circular reference detected');
  }
  seen.add(value);

  return {
    container: value,
    // null marks an array frame; object frames carry their sorted keys.
    // `sort()`'s default comparator orders by UTF-16 code unit, which is the
    // order JCS requires.
    keys: Array.isArray(value) ? null : Object.keys(value).sort(),
    // Next child to serialize; the frame resumes here after a nested
    // container's subtree completes.
    index: 0,
    // Whether no member has been emitted yet (controls comma placement).
    first: true,
    // toJSON wrappers to release from `seen` when this frame completes.
    wrappers
  };
}

function canonicalize (object) {
  if (object === null || typeof object !== 'object') {
    return serializePrimitive(object);
  }

  const seen = new Set();
  const root = enterValue(object, seen);
  if (typeof root !== 'object') {
    // A toJSON chain resolved the input to a primitive.
    return root;
  }

  let result = root.keys === null ? '[' : '{';
  const stack = [root];

  // Depth-first serialization with an explicit stack instead of recursion, so
  // nesting depth is bounded by heap size rather than call-stack size. The top
  // frame is the container currently being serialized: primitive children are
  // appended inline, while a nested container pushes a new frame and jumps
  // back to the outer loop. Because frame.index was already advanced, the
  // parent resumes at its next child once the subtree is done. Opening
  // brackets are emitted when a frame is pushed, closing brackets when it
  // completes.
  outer:
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const container = frame.container;

    // keys === null marks an array frame; otherwise keys holds the object's
    // sorted property names. Either way the iteration counter lives on the
    // frame itself (frame.index), so when a frame is resumed after a nested
    // container completes, the while condition continues at the first
    // unserialized child instead of restarting from the beginning.
    if (frame.keys === null) {
      while (frame.index < container.length) {
        const i = frame.index++;
        if (i > 0) {
          result += ',';
        }
        const element = container[i];
        // Inside arrays, JSON.stringify serializes values with no JSON
        // representation (undefined, symbols, functions) as null.
        const value = element === undefined || typeof element === 'symbol' || typeof element === 'function' ? null : element;
        if (value === null || typeof value !== 'object') {
          result += serializePrimitive(value);
          continue;
        }
        const child = enterValue(value, seen);
        if (typeof child !== 'object') {
          // A toJSON chain resolved the child to an already-serialized
          // primitive — or, when child is undefined, to a value with no JSON
          // representation, which becomes null inside arrays.
          result += child === undefined ? 'null' : child;
          continue;
        }
        result += child.keys === null ? '[' : '{';
        stack.push(child);
        continue outer;
      }
      result += ']';
    } else {
      const keys = frame.keys;
      while (frame.index < keys.length) {
        const key = keys[frame.index++];
        const value = container[key];
        // Inside objects, JSON.stringify omits properties whose value has no
        // JSON representation (undefined, symbols, functions).
        if (value === undefined || typeof value === 'symbol' || typeof value === 'function') {
          continue;
        }
        if (value === null || typeof value !== 'object') {
          // Commas are tracked with a flag rather than the key index: a
          // skipped key must not leave a stray comma behind.
          if (frame.first) {
            frame.first = false;
          } else {
            result += ',';
          }
          result += serializeString(key) + ':' + serializePrimitive(value);
          continue;
        }
        // The child must be resolved before the key is emitted: a toJSON
        // returning a value with no JSON representation drops the whole
        // property.
        const child = enterValue(value, seen);
        if (child === undefined) {
          continue;
        }
        if (frame.first) {
          frame.first = false;
        } else {
          result += ',';
        }
        result += serializeString(key) + ':';
        if (typeof child !== 'object') {
          result += child;
          continue;
        }
        result += child.keys === null ? '[' : '{';
        stack.push(child);
        continue outer;
      }
      result += '}';
    }

    // Frame complete. The container leaves `seen` so that a later, sibling
    // reference to the same object is not mistaken for a cycle.
    seen.delete(container);
    if (frame.wrappers !== null) {
      for (const wrapper of frame.wrappers) seen.delete(wrapper);
    }
    stack.pop();
  }

  return result;
}


/***/ })

};
