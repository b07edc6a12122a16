import { readFile, stat } from 'node:fs/promises'
import { ConfigurationError, errorMessage } from '../core/errors.js'
import { checkPlan, MAX_PLAN_BYTES, planDigest, type OrgPlan } from '../core/org.js'
import { parseJson } from '../parsers/verdict.js'

/**
 * A local file's text (the CLI's `--plan`, `--costs`: a path given by the user, read as it is),
 * refused before reading when it is not a regular file or is over `maxBytes` bytes.
 *
 * @throws Error `not a file`, `larger than N bytes`, or the file system's error
 */
export async function readFileAtMost(file: string, maxBytes: number): Promise<string> {
  const st = await stat(file)
  if (!st.isFile()) throw new Error('not a file')
  if (st.size > maxBytes) throw new Error(`larger than ${maxBytes} bytes`)
  return readFile(file, 'utf8')
}

/** How {@link readPlanFile} reads a plan file and what its refusals end with. */
export interface PlanFileOptions {
  /**
   * The workspace the file must lie in (the action: `file` relative to it, read by
   * io/workspace.ts, which refuses a link out of it); without it (the CLI) `file` is a path read
   * as it is.
   */
  workspace?: string
  /** What to do, appended to every refusal after `; ` (the action: download the artifact). */
  hint: string
  /**
   * When set, the plan's {@link planDigest} must be `digest`; otherwise the refusal is
   * `mismatch(actual)` (each caller names its own input or option).
   */
  expected?: { digest: string; mismatch: (actual: string) => string }
}

/**
 * The org plan file of mode shard/merge and `gonogo org merge`: at most {@link MAX_PLAN_BYTES},
 * parsed by the reports' JSON reader (a key written twice is refused: readers disagree on which
 * one counts), checked (core/org.ts checkPlan) and, when `expected` is given, its digest
 * compared.
 *
 * @throws ConfigurationError naming the file and the problem, ending with `hint` (the digest
 *   mismatch: `expected.mismatch`)
 */
export async function readPlanFile(file: string, options: PlanFileOptions): Promise<OrgPlan> {
  const { workspace, hint, expected } = options
  let text: string
  if (workspace !== undefined) {
    const { Workspace } = await import('../io/workspace.js')
    const read = await (
      await Workspace.open(workspace)
    ).readText(file, MAX_PLAN_BYTES, 'for a plan file')
    if (!read.ok) throw new ConfigurationError(`plan file ${read.message}; ${hint}`)
    text = read.text
  } else {
    try {
      text = await readFileAtMost(file, MAX_PLAN_BYTES)
    } catch (e) {
      throw new ConfigurationError(`${file}: not a readable plan (${errorMessage(e)}); ${hint}`)
    }
  }
  const parsed = parseJson(text, file, undefined, 'plan')
  if (!parsed.ok) throw new ConfigurationError(`${parsed.verdict.message}; ${hint}`)
  const checked = checkPlan(parsed.value)
  if ('error' in checked)
    throw new ConfigurationError(
      `${file}: not a gonogo.org-plan/v1 plan (${checked.error}); ${hint}`
    )
  if (expected) {
    const digest = planDigest(checked.plan)
    if (digest !== expected.digest) throw new ConfigurationError(expected.mismatch(digest))
  }
  return checked.plan
}
