export const id = 6333;
export const ids = [6333,4456];
export const modules = {

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://github.com/ajv-validator/ajv/issues/889
const equal = __webpack_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports.A = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 6434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheck: () => (/* binding */ runCheck)
});

// UNUSED EXPORTS: builtinName

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/checks/registry.ts
var registry = __webpack_require__(6538);
// EXTERNAL MODULE: ./src/core/builtin-names.ts
var builtin_names = __webpack_require__(5293);
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(484);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/io/atomic-write.ts
var atomic_write = __webpack_require__(7869);
// EXTERNAL MODULE: ./src/io/check-facts.ts + 8 modules
var check_facts = __webpack_require__(3476);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/ci-trend-markdown.ts

/** Mermaid labels: keep it to safe characters. */
function label(s) {
    return s.replace(/[^\w .()\-/:›,]/g, '').slice(0, 80);
}
/**
 * Per critical job: a Mermaid chart (GitHub renders it) of the rolling pass rate and each run's
 * duration, then a table of SLOs with the budget spent.
 */
function renderCiTrendMarkdown(r) {
    const f = (r.facts ?? {});
    const out = [`### CI stability (${r.status})`, ''];
    out.push(`Branch ${(0,render_escape/* code */.aY)(f.branch ?? '?', 60)} · last ${f.window ?? '?'} completed runs per workflow · ${f.requests ?? '?'} API requests`, '');
    const jobs = f.jobs ?? [];
    if (jobs.length > 0) {
        out.push('| Workflow | Job | Samples | Pass rate | Flaky rate | Duration median / p95 (s) | Budget spent | Recent (newest first) |', '|---|---|---:|---:|---:|---:|---:|---|');
        for (const j of jobs) {
            out.push(`| ${(0,render_escape/* code */.aY)(j.workflow, 60)} | ${(0,render_escape/* code */.aY)(j.job, 80)} | ${j.samples} | ${j.pass_rate ?? '—'}% | ${j.flaky_rate ?? '—'}% | ${j.duration_median ?? '—'} / ${j.duration_p95 ?? '—'} | ${j.budget.spent} of ${j.budget.allowed} | ${(0,render_escape/* code */.aY)(j.recent, 40)} |`);
        }
        out.push('');
    }
    for (const j of jobs.slice(0, 10)) {
        const pts = j.series.filter((s) => s.outcome === 'passed' || s.outcome === 'failed');
        if (pts.length === 0)
            continue;
        let passed = 0;
        const rolling = pts.map((s, i) => {
            if (s.outcome === 'passed')
                passed++;
            return Math.round((passed / (i + 1)) * 100);
        });
        const durations = pts.map((s) => s.duration ?? 0);
        const max = Math.max(1, ...durations);
        out.push('```mermaid', 'xychart-beta', `  title "${label(`${j.workflow} › ${j.job}`)}: pass rate % (line) and duration s (bars, scaled to 100 = ${max}s)"`);
        out.push(`  x-axis [${pts.map((s) => `"#${s.run}"`).join(', ')}]`, '  y-axis "percent" 0 --> 100');
        out.push(`  bar [${durations.map((d) => Math.round((d / max) * 100)).join(', ')}]`, `  line [${rolling.join(', ')}]`, '```', '');
    }
    const bad = r.checks.filter((c) => c.status !== 'passed');
    if (bad.length > 0) {
        out.push('| Check | Status | Detail |', '|---|---|---|');
        for (const c of bad.slice(0, 50))
            out.push(`| ${(0,render_escape/* code */.aY)(c.id, 100)} | ${c.status} | ${(0,render_escape/* escapeText */.X1)(c.message, 300)}${c.unlock ? ` — unlock: ${(0,render_escape/* escapeText */.X1)(c.unlock, 160)}` : ''} |`);
        out.push('');
    }
    return out.join('\n');
}
/** Extra job-summary sections for built-in reports that have one. */
function renderBuiltinMarkdown(r) {
    if (r.control === 'ci-trend')
        return renderCiTrendMarkdown(r);
    return undefined;
}

// EXTERNAL MODULE: ./src/io/policy-file.ts
var policy_file = __webpack_require__(9707);
// EXTERNAL MODULE: ./src/io/workspace.ts
var workspace = __webpack_require__(2645);
;// CONCATENATED MODULE: ./src/gate/run-check.ts










function builtinName(name) {
    if (!(0,builtin_names/* isBuiltinName */.n)(name)) {
        throw new errors/* ConfigurationError */.j1(`unknown check '${name}'; built-in checks: ${builtin_names/* BUILTIN_NAMES */.V.join(', ')}`);
    }
    return name;
}
/** One built-in check on its own (`gonogo check <name>`): writes `<output>/<name>.json`. */
async function runCheck(o) {
    const name = builtinName(o.name);
    const ws = await workspace.Workspace.open(o.workspace);
    const policy = await (0,policy_file.loadPolicy)(ws, o.config);
    const check = await (0,registry/* loadBuiltin */.Y)(name);
    const report = await check({
        facts: (0,check_facts/* createCheckFacts */.S)(ws, o.github),
        policy,
        settings: policy.checks?.[name],
        subject: o.subject,
        effectiveTime: o.effectiveTime,
        ...(o.baseRef ? { baseRef: o.baseRef } : {}),
        log: o.log
    });
    const md = renderBuiltinMarkdown(report);
    const [file] = (await (0,atomic_write/* writeAllOrNothing */.P)(external_node_path_default().resolve(o.output), [
        { name: `${name}.json`, content: `${(0,canonical_json/* stableStringify */.J)(report)}\n` },
        ...(md ? [{ name: `${name}.md`, content: md }] : [])
    ]));
    return { report, path: file };
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
