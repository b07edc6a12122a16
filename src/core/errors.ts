/**
 * A mistake the user can fix (policy file, inputs, arguments), kept apart from bugs: it is shown
 * as its message alone, never with a stack, and the CLI exits with 2.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError'
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}
