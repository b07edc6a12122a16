export const id = 2751;
export const ids = [2751,4456,426];
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

/***/ 426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JC: () => (/* binding */ copyEvidence),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   lV: () => (/* binding */ copyExact),
/* harmony export */   oD: () => (/* binding */ openSource)
/* harmony export */ });
/* unused harmony exports sourceError, MAX_SCRUB_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8198);
/* harmony import */ var _hash_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2145);







// Copying files into a bundle's stage: shared by the reports, summaries and evidence copies.
/**
 * Opens a report for copying: its folder's real path (cached per folder) must lie inside the
 * workspace; the file itself is opened without following a link (O_NOFOLLOW) and must be a regular
 * file by fstat. A link in the last component is followed only to a target inside the workspace,
 * which is then opened without following another link.
 *
 * @throws ConfigurationError naming `rel`: broken link, link out of the workspace, not a regular
 *   file, unreadable
 */
function openSource(abs, rel, realRoot, realDirs) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(abs);
    let realDir = realDirs.get(dir);
    if (realDir === undefined) {
        try {
            realDir = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(dir);
        }
        catch {
            realDir = null;
        }
        realDirs.set(dir, realDir);
    }
    if (realDir === null)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: cannot be read (a broken symbolic link?)`);
    if (!isWithin(realRoot, realDir))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: symbolic link that leads outside the workspace`);
    try {
        return (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .openRegularFile */ .ZU)(abs);
    }
    catch (e) {
        if (e.code !== 'ELOOP')
            throw sourceError(rel, e);
    }
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(abs);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: cannot be read (a broken symbolic link?)`);
    }
    if (!isWithin(realRoot, real))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: symbolic link that leads outside the workspace`);
    try {
        return (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .openRegularFile */ .ZU)(real);
    }
    catch (e) {
        throw sourceError(rel, e);
    }
}
function sourceError(rel, e) {
    if (e instanceof _hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .NotRegularFileError */ .iZ)
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: not a regular file`);
    const code = e.code;
    if (code === 'ELOOP')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: symbolic link that changed while it was read`);
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: cannot be read (a broken symbolic link?)`);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: cannot be read (${code ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e)})`);
}
/** Lower-case hex SHA-256 of bytes, or of a string's UTF-8 encoding. */
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** Files larger than this are copied as they are, like binary evidence (see copyEvidence). */
const MAX_SCRUB_BYTES = 256 * 1024 * 1024;
/**
 * Copies a report or summary into the stage. When a secret is registered, a UTF-8 text file
 * (every report format the bundle carries: JSON, SARIF, JUnit XML, Markdown) is copied with the
 * secret masked, so an error text that echoed the token does not travel in the bundle. Binary
 * files, text in another encoding (UTF-16) and files over {@link MAX_SCRUB_BYTES} are evidence
 * whose bytes gonogo does not rewrite: they are copied unchanged. Without a secret the copy is
 * byte-exact.
 *
 * The source is read once, from the descriptor that was checked (see openSource); the bytes are
 * hashed as they are written to a new file in the stage (O_EXCL), so the size and SHA-256 returned
 * for the manifest are exactly those of the staged copy. Files up to 1 MiB are copied with
 * synchronous calls, larger ones streamed in 1 MiB chunks (the next read overlapping the write).
 *
 * @returns size (bytes) and SHA-256 (hex) of what was written to `dest`
 */
async function copyEvidence(source, dest) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    if ((0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .hasSecrets */ .kH)() && source.size <= MAX_SCRUB_BYTES) {
        const chunks = [];
        await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .pumpFd */ .rV)(source.fd, source.size, (chunk) => void chunks.push(Buffer.from(chunk)));
        const data = Buffer.concat(chunks);
        const scrubbed = (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .scrubBytes */ .Jv)(data);
        if (scrubbed.length <= _hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .SYNC_READ_BYTES */ .N9)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(dest, scrubbed, { flag: 'wx' });
        else
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(dest, scrubbed, { flag: 'wx' });
        return { size: scrubbed.length, sha256: hash.update(scrubbed).digest('hex') };
    }
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(dest, 'wx');
    try {
        // A small file is read, hashed and written with synchronous calls; a large one streamed.
        const size = source.size <= _hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .SYNC_READ_BYTES */ .N9
            ? (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .pumpFdSync */ .oo)(source.fd, (chunk) => {
                hash.update(chunk);
                writeAllSync(out, chunk);
            })
            : await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .pumpFd */ .rV)(source.fd, source.size, async (chunk) => {
                hash.update(chunk);
                await writeAll(out, chunk);
            });
        return { size, sha256: hash.digest('hex') };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(out);
    }
}
function writeAllSync(fd, data) {
    for (let at = 0; at < data.length;)
        at += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, data, at, data.length - at);
}
async function writeAll(fd, data) {
    for (let at = 0; at < data.length;)
        at += await new Promise((resolve, reject) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.write)(fd, data, at, data.length - at, null, (e, n) => (e ? reject(e) : resolve(n))));
}
/** Whether `inner` is `outer` or lies inside it (path text only). */
function isWithin(outer, inner) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(outer, inner);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(rel));
}
/**
 * Copies evidence byte for byte (what the gate's digests describe): unlike {@link copyEvidence},
 * nothing is masked. So that a secret never travels in a bundle, a file of at most
 * {@link MAX_SCRUB_BYTES} that holds a registered secret is refused instead.
 *
 * @param rel the file as named in messages
 * @returns size (bytes) and SHA-256 (hex) of what was written to `dest`
 * @throws ConfigurationError naming `rel` when it holds a secret
 */
async function copyExact(source, dest, rel) {
    if (!(0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .hasSecrets */ .kH)() || source.size > MAX_SCRUB_BYTES)
        return copyEvidence(source, dest);
    const chunks = [];
    await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .pumpFd */ .rV)(source.fd, source.size, (chunk) => void chunks.push(Buffer.from(chunk)));
    const data = Buffer.concat(chunks);
    if (!(0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .scrubBytes */ .Jv)(data).equals(data))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: holds a secret (the token or signing key); evidence is bundled byte for byte, so remove the secret from the file and run the gate again`);
    if (data.length <= _hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .SYNC_READ_BYTES */ .N9)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(dest, data, { flag: 'wx' });
    else
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(dest, data, { flag: 'wx' });
    return { size: data.length, sha256: sha256Hex(data) };
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
