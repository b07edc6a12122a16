/**
 * Reads an action's metadata file (`action.yml` / `action.yaml`) with GitHub's own action parser
 * (`@actions/workflow-parser/actions/action-parser`, the action schema of GitHub's Actions
 * language services): anchors and aliases resolved, duplicate keys and schema errors reported
 * with their line, `${{ }}` recognised by GitHub's grammar. Docs: "Metadata syntax reference"
 * (docs.github.com/en/actions/reference/workflows-and-actions/metadata-syntax).
 *
 * The token tree comes out as the same plain values as a workflow, by the same converter
 * (parse.ts `plainFromParser`); positions are read with the same functions. Pure apart from the
 * parser; never throws.
 */
import { parseAction } from '@actions/workflow-parser/actions/action-parser'
import { getActionSchema } from '@actions/workflow-parser/actions/action-schema'
import {
  aliasBomb,
  githubContext,
  keyPositionOf,
  layoutOf,
  plainFromParser,
  positionOf,
  type PlainMap,
  type WorkflowFile
} from './parse.js'

export type ParsedAction =
  | { ok: true; path: string; root: PlainMap }
  | { ok: false; path: string; error: string; line?: number }

/** Where a mapping entry's value or a list item of an action file is written. */
export const actionPositionOf = positionOf
/** Where a mapping entry's key of an action file is written. */
export const actionKeyPositionOf = keyPositionOf
/** How a scalar of an action file is written (start, end, block header). */
export const actionLayoutOf = layoutOf

const ACTION_WORDS = { noun: 'action', consequence: 'GitHub could not run the action either' }

/**
 * What the action schema of GitHub's language services requires but the runner does not: the
 * runner's own schema (actions/runner, src/Runner.Worker/action_yaml.json) requires neither
 * `name` nor `description`, and local actions without them run (github/docs#43910). Only
 * publishing to the Marketplace needs them.
 */
const NOT_REQUIRED_BY_RUNNER = /^Required property is missing: (name|description)$/

/**
 * Parses one action metadata file the way GitHub reads it.
 *
 * @param file the file's workspace path and text
 * @returns the plain tree, or the first problem GitHub's parser reports (message and line)
 */
export function parseActionFile(file: WorkflowFile): ParsedAction {
  if (file.readError !== undefined) return { ok: false, path: file.path, error: file.readError }
  if (file.text.includes('\u0000'))
    return { ok: false, path: file.path, error: 'binary data (U+0000 bytes), not YAML' }
  const bomb = aliasBomb(file.text)
  if (bomb) return { ok: false, path: file.path, error: bomb }
  const r = plainFromParser(
    file.path,
    () => {
      const parsed = parseAction(
        { name: file.path, content: file.text },
        githubContext(getActionSchema())
      )
      const errors = parsed.context.errors.getErrors()
      const kept = errors.filter((e) => !NOT_REQUIRED_BY_RUNNER.test(e.rawMessage.trim()))
      if (kept.length !== errors.length) {
        parsed.context.errors.clear()
        parsed.context.errors.add(kept)
      }
      return parsed
    },
    ACTION_WORDS
  )
  return r.ok ? { ok: true, path: r.path, root: r.root } : r
}
