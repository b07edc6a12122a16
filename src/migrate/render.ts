/**
 * The migrated policy as `.github/gonogo.yml` text. Pure and deterministic: the same policy and
 * sources give the same bytes (keys in a fixed order, no time stamp, `\n` line ends).
 */
import { Document, isMap, isSeq, type Node } from 'yaml'
import type { Policy } from '../core/policy.js'

/**
 * YAML for `policy`, preceded by a comment naming the files it came from. Short mappings
 * (profiles, select_profile rules, a control's `source` and `allow_unverified`) are written in
 * flow style, as in the README's example.
 * @param sources workspace-relative paths of the older files read (policy, exceptions, reports folder)
 */
export function renderPolicy(policy: Policy, sources: readonly string[]): string {
  const doc = new Document(ordered(policy))
  doc.commentBefore = [
    ` Written by gonogo migrate from ${sources.join(', ')}`,
    ' (the older governance scripts). See README "Coming from the older scripts" and the notes',
    ' the command printed: some settings of the older gate have no equivalent here.'
  ].join('\n')
  const flow = (n: unknown): void => {
    if (isMap(n) || isSeq(n)) (n as Node & { flow?: boolean }).flow = true
  }
  const profiles = doc.get('profiles', true)
  if (isMap(profiles)) for (const item of profiles.items) flow(item.value)
  const rules = doc.get('select_profile', true)
  if (isSeq(rules)) for (const r of rules.items) flow(r)
  const controls = doc.get('controls', true)
  if (isSeq(controls))
    for (const c of controls.items)
      if (isMap(c)) {
        flow(c.get('source', true))
        flow(c.get('allow_unverified', true))
      }
  return doc.toString({ lineWidth: 0, indentSeq: true })
}

/** The policy with its keys in the order the README documents them. */
function ordered(policy: Policy): Record<string, unknown> {
  return {
    version: policy.version,
    ...(policy.profiles ? { profiles: policy.profiles } : {}),
    ...(policy.select_profile ? { select_profile: policy.select_profile } : {}),
    controls: policy.controls.map((c) => ({
      id: c.id,
      ...(c.description !== undefined ? { description: c.description } : {}),
      ...(c.source !== undefined ? { source: c.source } : {}),
      severity: c.severity,
      ...(c.owner !== undefined ? { owner: c.owner } : {}),
      ...(c.runbook !== undefined ? { runbook: c.runbook } : {}),
      ...(c.allow_unverified !== undefined ? { allow_unverified: c.allow_unverified } : {})
    })),
    ...(policy.waivers && policy.waivers.length > 0
      ? {
          waivers: policy.waivers.map((w) => ({
            control: w.control,
            owner: w.owner,
            reason: w.reason,
            ...(w.mitigation !== undefined ? { mitigation: w.mitigation } : {}),
            ...(w.link !== undefined ? { link: w.link } : {}),
            expires: w.expires
          }))
        }
      : {})
  }
}
