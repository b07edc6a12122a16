import path from 'node:path'
import { loadBuiltin } from '../checks/registry.js'
import { BUILTIN_NAMES, isBuiltinName, type BuiltinName } from '../core/builtin-names.js'
import { stableStringify } from '../core/canonical-json.js'
import { ConfigurationError } from '../core/errors.js'
import type { Report } from '../core/report.js'
import { writeAllOrNothing } from '../io/atomic-write.js'
import { createCheckFacts } from '../io/check-facts.js'
import { renderBuiltinMarkdown } from '../render/ci-trend-markdown.js'
import { loadPolicy } from '../io/policy-file.js'
import { Workspace } from '../io/workspace.js'

export interface CheckOptions {
  name: string
  workspace: string
  config: string
  output: string
  effectiveTime: number
  subject: { repository: string; sha: string; ref: string }
  github?: { token: string; apiUrl: string; owner: string; repo: string }
  baseRef?: string
  log: (message: string) => void
}

export function builtinName(name: string): BuiltinName {
  if (!isBuiltinName(name)) {
    throw new ConfigurationError(
      `unknown check '${name}'; built-in checks: ${BUILTIN_NAMES.join(', ')}`
    )
  }
  return name
}

/** One built-in check on its own (`gonogo check <name>`): writes `<output>/<name>.json`. */
export async function runCheck(o: CheckOptions): Promise<{ report: Report; path: string }> {
  const name = builtinName(o.name)
  const ws = await Workspace.open(o.workspace)
  const policy = await loadPolicy(ws, o.config)
  const check = await loadBuiltin(name)
  const report = await check({
    facts: createCheckFacts(ws, o.github),
    policy,
    settings: policy.checks?.[name],
    subject: o.subject,
    effectiveTime: o.effectiveTime,
    ...(o.baseRef ? { baseRef: o.baseRef } : {}),
    log: o.log
  })
  const md = renderBuiltinMarkdown(report)
  const [file] = (await writeAllOrNothing(path.resolve(o.output), [
    { name: `${name}.json`, content: `${stableStringify(report)}\n` },
    ...(md ? [{ name: `${name}.md`, content: md }] : [])
  ])) as [string]
  return { report, path: file }
}
