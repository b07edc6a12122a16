import type { ErrorObject } from 'ajv'

/** One schema error as a sentence a user can act on: where, what, what is allowed. */
export function formatSchemaError(e: ErrorObject): string {
  const where = e.instancePath === '' ? '(top level)' : e.instancePath
  const p = e.params as Record<string, unknown>
  switch (e.keyword) {
    case 'additionalProperties':
      return `${where}: unknown key '${String(p.additionalProperty)}'`
    case 'required':
      return `${where}: missing required key '${String(p.missingProperty)}'`
    case 'enum':
      return `${where}: must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
    case 'const':
      return `${where}: must be ${JSON.stringify(p.allowedValue)}`
    case 'type':
      return `${where}: must be of type ${String(p.type)}`
    default:
      return `${where}: ${e.message ?? e.keyword}`
  }
}
