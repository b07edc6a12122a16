/**
 * GitHub's official OpenAPI description (api.github.com), loaded once per process and turned
 * into lazily compiled ajv validators for request bodies and response bodies.
 *
 * Only `generated/api.github.com.json` is read (never the package index, which loads every
 * variant of the spec). The spec is OpenAPI 3.0 (`nullable`), so every schema goes through
 * `@openapi-contrib/openapi-schema-to-json-schema` before ajv sees it. Component schemas are
 * converted lazily: before a validator is compiled, the closure of `#/components/...` refs it
 * reaches is converted and each one is registered with ajv under its own `$id`
 * (`https://api.github.com/openapi/components/schemas/NAME`), refs being rewritten to match.
 * Converting and registering all ~970 component schemas up front costs 300-900 ms; a typical
 * validator only needs a dozen.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { performance } from 'node:perf_hooks'
import type { Ajv as AjvInstance, ErrorObject, ValidateFunction } from 'ajv'

const require = createRequire(import.meta.url)

/** Base of the `$id`s under which converted components are registered with ajv. */
export const OPENAPI_ID = 'https://api.github.com/openapi'

/** '#/components/schemas/x' -> 'https://api.github.com/openapi/components/schemas/x' */
export function componentId(ref: string): string {
  return `${OPENAPI_ID}/${ref.slice(2)}`
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const

export type JsonRecord = Record<string, unknown>

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// ---------------------------------------------------------------------------------------------
// Loading

interface OpenApiDocument {
  paths: Record<string, JsonRecord>
  components: Record<string, JsonRecord>
}

export interface OpenApiTimings {
  /** read + JSON.parse of the 13 MB spec */
  loadMs: number
  /** ajv + formats setup (done on the first validation) */
  prepareMs: number
  /** component schemas converted and registered so far (lazily), and the time spent on it */
  components: number
  componentsMs: number
  /** number of validators compiled so far, and the total time spent compiling them */
  compiled: number
  compileMs: number
  /** the first compile is the expensive one: it pulls in shared component schemas */
  firstCompileMs: number
}

const timings: OpenApiTimings = {
  loadMs: 0,
  prepareMs: 0,
  components: 0,
  componentsMs: 0,
  compiled: 0,
  compileMs: 0,
  firstCompileMs: 0
}

/** Timings of the (cached, once per process / jest test file) spec load and validator compiles. */
export function openApiTimings(): OpenApiTimings {
  return { ...timings }
}

let cachedSpec: OpenApiDocument | undefined

export function loadOpenApiSpec(): OpenApiDocument {
  if (cachedSpec) return cachedSpec
  const started = performance.now()
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json')
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'))
  if (!isRecord(parsed) || !isRecord(parsed.paths) || !isRecord(parsed.components)) {
    throw new Error(`${file} does not look like an OpenAPI document`)
  }
  const paths: Record<string, JsonRecord> = {}
  for (const [key, value] of Object.entries(parsed.paths)) if (isRecord(value)) paths[key] = value
  const components: Record<string, JsonRecord> = {}
  for (const [key, value] of Object.entries(parsed.components)) {
    if (isRecord(value)) components[key] = value
  }
  cachedSpec = { paths, components }
  timings.loadMs = performance.now() - started
  return cachedSpec
}

// ---------------------------------------------------------------------------------------------
// Operations and path templates

export interface MediaBody {
  /** OpenAPI (3.0) schema of the JSON content, or undefined when the content is not JSON */
  schema: unknown
  contentType: string
}

export interface OpenApiResponse {
  /** name of the shared response when the operation refers to #/components/responses/NAME */
  refName?: string
  json?: MediaBody
}

export interface OpenApiOperation {
  method: string // upper case
  template: string
  operationId: string
  requestBody?: { required: boolean; json?: MediaBody }
  responses: Record<string, OpenApiResponse>
  /** path parameters flagged `x-multi-segment` (may contain `/`) */
  multiSegment: Set<string>
}

const operationCache = new Map<string, OpenApiOperation | null>()

function resolveLocalRef(ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined
  let node: unknown = loadOpenApiSpec()
  for (const raw of ref.slice(2).split('/')) {
    const part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~')
    if (!isRecord(node)) return undefined
    node = node[part]
  }
  return node
}

function deref(node: unknown): { value: unknown; refName?: string } {
  let refName: string | undefined
  let current = node
  for (
    let depth = 0;
    depth < 10 && isRecord(current) && typeof current.$ref === 'string';
    depth++
  ) {
    refName = current.$ref.split('/').pop()
    current = resolveLocalRef(current.$ref)
  }
  return refName === undefined ? { value: current } : { value: current, refName }
}

function jsonMedia(content: unknown): MediaBody | undefined {
  if (!isRecord(content)) return undefined
  const keys = Object.keys(content)
  const key =
    keys.find((k) => k === 'application/json') ?? keys.find((k) => /[/+]json(;|$)/.test(k))
  if (key === undefined) return undefined
  const media = content[key]
  return isRecord(media) && media.schema !== undefined
    ? { schema: media.schema, contentType: key }
    : undefined
}

/** The operation `METHOD template`, or undefined when the spec does not describe it. */
export function getOperation(method: string, template: string): OpenApiOperation | undefined {
  const key = `${method.toUpperCase()} ${template}`
  const cached = operationCache.get(key)
  if (cached !== undefined) return cached ?? undefined
  const item = loadOpenApiSpec().paths[template]
  const raw = item?.[method.toLowerCase()]
  if (!item || !isRecord(raw)) {
    operationCache.set(key, null)
    return undefined
  }
  const multiSegment = new Set<string>()
  const params: unknown[] = [
    ...(Array.isArray(item.parameters) ? (item.parameters as unknown[]) : []),
    ...(Array.isArray(raw.parameters) ? (raw.parameters as unknown[]) : [])
  ]
  for (const p of params) {
    const param = deref(p).value
    if (isRecord(param) && param.in === 'path' && typeof param.name === 'string') {
      const schema = param.schema
      if (param['x-multi-segment'] === true || (isRecord(schema) && schema['x-multi-segment'])) {
        multiSegment.add(param.name)
      }
    }
  }
  const op: OpenApiOperation = {
    method: method.toUpperCase(),
    template,
    operationId: typeof raw.operationId === 'string' ? raw.operationId : key,
    responses: {},
    multiSegment
  }
  const body = deref(raw.requestBody).value
  if (isRecord(body)) {
    const json = jsonMedia(body.content)
    op.requestBody = json ? { required: body.required === true, json } : { required: false }
  }
  if (isRecord(raw.responses)) {
    for (const [status, response] of Object.entries(raw.responses)) {
      const { value, refName } = deref(response)
      const entry: OpenApiResponse = {}
      if (refName !== undefined) entry.refName = refName
      const json = isRecord(value) ? jsonMedia(value.content) : undefined
      if (json) entry.json = json
      op.responses[status] = entry
    }
  }
  operationCache.set(key, op)
  return op
}

/** HTTP methods (upper case) the spec defines for a path template; empty if the path is unknown. */
export function methodsFor(template: string): string[] {
  const item = loadOpenApiSpec().paths[template]
  if (!item) return []
  return HTTP_METHODS.filter((m) => isRecord(item[m])).map((m) => m.toUpperCase())
}

export interface CompiledTemplate {
  template: string
  regex: RegExp
  names: string[]
  /** number of literal characters; the most specific template wins when several match */
  specificity: number
}

export function compileTemplate(
  template: string,
  multiSegment: ReadonlySet<string> = new Set()
): CompiledTemplate {
  const names: string[] = []
  let specificity = 0
  let source = '^'
  for (const part of template.split(/(\{[^}]+\})/)) {
    const param = /^\{([^}]+)\}$/.exec(part)
    if (param?.[1] !== undefined) {
      names.push(param[1])
      source += multiSegment.has(param[1]) ? '(.+?)' : '([^/]+)'
    } else {
      specificity += part.length
      source += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    }
  }
  return { template, regex: new RegExp(`${source}/?$`), names, specificity }
}

export function matchTemplate(
  compiled: CompiledTemplate,
  path: string
): Record<string, string> | undefined {
  const m = compiled.regex.exec(path)
  if (!m) return undefined
  const params: Record<string, string> = {}
  compiled.names.forEach((name, i) => {
    const raw = m[i + 1] ?? ''
    try {
      params[name] = decodeURIComponent(raw)
    } catch {
      params[name] = raw
    }
  })
  return params
}

let specTemplates: Map<string, CompiledTemplate[]> | undefined

/** Finds the spec operation serving a concrete request path (most specific template wins). */
export function matchOperation(
  method: string,
  path: string
): { operation: OpenApiOperation; params: Record<string, string> } | undefined {
  if (!specTemplates) {
    specTemplates = new Map()
    for (const [template, item] of Object.entries(loadOpenApiSpec().paths)) {
      for (const m of HTTP_METHODS) {
        if (!isRecord(item[m])) continue
        const op = getOperation(m, template)
        if (!op) continue
        const list = specTemplates.get(op.method) ?? []
        list.push(compileTemplate(template, op.multiSegment))
        specTemplates.set(op.method, list)
      }
    }
    for (const list of specTemplates.values()) list.sort((a, b) => b.specificity - a.specificity)
  }
  for (const compiled of specTemplates.get(method.toUpperCase()) ?? []) {
    const params = matchTemplate(compiled, path)
    const operation = params && getOperation(method, compiled.template)
    if (params && operation) return { operation, params }
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Schema conversion and ajv

interface ConvertOptions {
  cloneSchema?: boolean
  beforeTransform?: (schema: JsonRecord) => JsonRecord
}
type ConvertFn = (schema: JsonRecord, options?: ConvertOptions) => JsonRecord
type AjvConstructor = new (options: Record<string, unknown>) => AjvInstance
type FormatsPlugin = (ajv: AjvInstance) => AjvInstance

const converterModule: unknown = require('@openapi-contrib/openapi-schema-to-json-schema')
const ajvModule: unknown = require('ajv')
const formatsModule: unknown = require('ajv-formats')

function pick<T>(mod: unknown, name: string): T {
  if (isRecord(mod) || typeof mod === 'function') {
    const value: unknown = Reflect.get(mod, name)
    if (typeof value === 'function') return value as T
  }
  if (typeof mod === 'function') return mod as T
  throw new Error(`cannot find ${name} export`)
}

const openapiSchemaToJsonSchema = pick<ConvertFn>(converterModule, 'openapiSchemaToJsonSchema')
const AjvClass = pick<AjvConstructor>(ajvModule, 'Ajv')
const addFormats = pick<FormatsPlugin>(formatsModule, 'default')

/** marks the two schemas added around a `nullable` schema, so their errors can be dropped */
const NULL_BRANCH = 'x-fake-nullable-branch'
const NULL_WRAPPER = 'x-fake-nullable-wrapper'

function beforeTransform(schema: JsonRecord): JsonRecord {
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith('#/components/')) {
    schema.$ref = componentId(schema.$ref)
  }
  // The converter only understands `nullable` next to `type`. With allOf/oneOf/anyOf/$ref (or no
  // type at all) null would be rejected, so wrap: anyOf [null, schema].
  if (
    schema.nullable === true &&
    (!('type' in schema) || 'allOf' in schema || 'anyOf' in schema || 'oneOf' in schema)
  ) {
    const rest: JsonRecord = { ...schema }
    delete rest.nullable
    return { [NULL_WRAPPER]: true, anyOf: [{ type: 'null', [NULL_BRANCH]: true }, rest] }
  }
  return schema
}

function convert(schema: unknown): JsonRecord | boolean {
  if (typeof schema === 'boolean') return schema
  if (!isRecord(schema)) throw new Error('OpenAPI schema must be an object')
  const converted = openapiSchemaToJsonSchema(structuredClone(schema), {
    cloneSchema: false,
    beforeTransform
  })
  delete converted.$schema
  return converted
}

/**
 * Formats added on top of ajv-formats: the GitHub/OpenAPI ones below, plus (permissively) any
 * other unknown format met while registering schemas. The spec currently uses date-time, date,
 * email, uri, uri-template, int32, int64, double, binary, repo.nwo and timestamp.
 */
export const addedFormats: string[] = []

let ajvInstance: AjvInstance | undefined

function getAjv(): AjvInstance {
  if (ajvInstance) return ajvInstance
  const started = performance.now()
  const ajv = new AjvClass({
    strict: false,
    allErrors: true,
    verbose: true,
    validateSchema: false,
    addUsedSchema: false,
    unicodeRegExp: false
  })
  addFormats(ajv)
  // GitHub-specific formats, or OpenAPI ones ajv-formats lacks. `int64` is redefined as "a
  // safe integer" (ids) rather than relying on what the ajv-formats version ships.
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) })
  // RFC 6570: literals and balanced {expressions}, e.g. https://api.github.com/users/x{/other_user}
  ajv.addFormat('uri-template', /^(?:[^{}\s]|\{[+#./;?&=,!@|]?[\w.%,:*-]+\})*$/)
  ajv.addFormat('repo.nwo', /^[\w.-]+\/[\w.-]+$/)
  // unix epoch seconds (used by the x-rate-limit-reset header schema)
  ajv.addFormat('timestamp', { type: 'number', validate: (n: number) => Number.isInteger(n) })
  addedFormats.push('int64', 'uri-template', 'repo.nwo', 'timestamp')
  timings.prepareMs = performance.now() - started
  ajvInstance = ajv
  return ajv
}

const validators = new Map<string, ValidateFunction>()

const registeredComponents = new Set<string>()

/** Converts and registers every component schema reachable from `root` that ajv lacks. */
function registerComponents(ajv: AjvInstance, root: unknown): void {
  const started = performance.now()
  const spec = loadOpenApiSpec()
  const stack: unknown[] = [root]
  const added: string[] = []
  while (stack.length > 0) {
    const node = stack.pop()
    if (Array.isArray(node)) {
      stack.push(...(node as unknown[]))
    } else if (isRecord(node)) {
      if (typeof node.format === 'string' && !(node.format in ajv.formats)) {
        ajv.addFormat(node.format, true)
        addedFormats.push(node.format)
      }
      const ref = node.$ref
      if (
        typeof ref === 'string' &&
        ref.startsWith('#/components/') &&
        !registeredComponents.has(ref)
      ) {
        registeredComponents.add(ref)
        const [section = '', name = ''] = ref.slice('#/components/'.length).split('/')
        const target = spec.components[section]?.[name]
        if (target === undefined) throw new Error(`unresolvable $ref ${ref}`)
        stack.push(target)
        added.push(ref)
      }
      for (const [key, child] of Object.entries(node)) {
        if (key !== 'example' && key !== 'examples' && typeof child === 'object') stack.push(child)
      }
    }
  }
  for (const ref of added) {
    const [section = '', name = ''] = ref.slice('#/components/'.length).split('/')
    const converted = convert(spec.components[section]?.[name])
    ajv.addSchema(converted, componentId(ref))
  }
  timings.components += added.length
  timings.componentsMs += performance.now() - started
}

function validatorFor(key: string, schema: () => unknown): ValidateFunction {
  const cached = validators.get(key)
  if (cached) return cached
  const ajv = getAjv()
  const raw = schema()
  registerComponents(ajv, raw)
  const started = performance.now()
  const validate = ajv.compile(convert(raw))
  const elapsed = performance.now() - started
  if (timings.compiled === 0) timings.firstCompileMs = elapsed
  timings.compiled++
  timings.compileMs += elapsed
  validators.set(key, validate)
  return validate
}

export interface SchemaIssue {
  /** JSON pointer into the validated value ('' for the root) */
  pointer: string
  message: string
  keyword: string
  /** a property named by `required` / `additionalProperties` errors */
  property?: string
}

const MAX_ISSUES = 25

function toIssues(errors: ErrorObject[] | null | undefined): SchemaIssue[] {
  const issues: SchemaIssue[] = []
  const seen = new Set<string>()
  for (const error of errors ?? []) {
    const parent = error.parentSchema
    if (isRecord(parent) && (parent[NULL_BRANCH] === true || parent[NULL_WRAPPER] === true)) {
      continue // "must be null" / "must match a schema in anyOf" from a nullable wrapper
    }
    let message = error.message ?? 'is invalid'
    const params: JsonRecord = error.params
    let property: string | undefined
    if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
      message += ` (${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')})`
    } else if (error.keyword === 'additionalProperties') {
      property = String(params.additionalProperty)
      message += ` '${property}'`
    } else if (error.keyword === 'required') {
      property = String(params.missingProperty)
    }
    const text = `${error.instancePath || '/'} ${message}`
    if (seen.has(text)) continue
    seen.add(text)
    const issue: SchemaIssue = {
      pointer: error.instancePath,
      message: text,
      keyword: error.keyword
    }
    if (property !== undefined) issue.property = property
    issues.push(issue)
  }
  if (issues.length > MAX_ISSUES) {
    const more = issues.length - MAX_ISSUES
    issues.length = MAX_ISSUES
    issues.push({ pointer: '', message: `... and ${more} more`, keyword: 'truncated' })
  }
  return issues
}

/** Validates a value against an (OpenAPI 3.0) schema node taken from the spec. */
export function validateAgainst(key: string, schema: () => unknown, value: unknown): SchemaIssue[] {
  const validate = validatorFor(key, schema)
  return validate(value) ? [] : toIssues(validate.errors)
}

/** Schema issues of a JSON request body, or [] when the operation takes no JSON body. */
export function validateRequestBody(op: OpenApiOperation, body: unknown): SchemaIssue[] {
  const json = op.requestBody?.json
  if (!json) return []
  if (body === undefined) {
    return op.requestBody?.required
      ? [{ pointer: '', message: '/ request body is required', keyword: 'required' }]
      : []
  }
  return validateAgainst(`${op.method} ${op.template} request`, () => json.schema, body)
}

export interface ResponseCheck {
  declared: boolean
  issues: SchemaIssue[]
}

/**
 * Validates a response body against the operation's declared response for `status`.
 * Undeclared 4xx/5xx bodies are checked against GitHub's `basic-error`.
 */
export function validateResponseBody(
  op: OpenApiOperation,
  status: number,
  body: unknown
): ResponseCheck {
  const declared =
    op.responses[String(status)] ??
    op.responses[`${String(status).charAt(0)}XX`] ??
    op.responses.default
  if (!declared) {
    if (status >= 400 && body !== undefined) {
      return { declared: false, issues: validateBasicError(body) }
    }
    return { declared: false, issues: [] }
  }
  const json = declared.json
  if (!json) {
    if (body === undefined) return { declared: true, issues: [] }
    return {
      declared: true,
      issues: [
        {
          pointer: '',
          message: `/ the spec declares no JSON body for ${status}`,
          keyword: 'content'
        }
      ]
    }
  }
  if (body === undefined) {
    return {
      declared: true,
      issues: [{ pointer: '', message: '/ body is missing', keyword: 'content' }]
    }
  }
  return {
    declared: true,
    issues: validateAgainst(`${op.method} ${op.template} ${status}`, () => json.schema, body)
  }
}

export function validateBasicError(body: unknown): SchemaIssue[] {
  return validateAgainst('basic-error', () => ({ $ref: '#/components/schemas/basic-error' }), body)
}

/** Forces the conversion + ajv setup now (e.g. in beforeAll) instead of on the first request. */
export function prepareOpenApiValidation(): OpenApiTimings {
  loadOpenApiSpec()
  getAjv()
  return openApiTimings()
}
