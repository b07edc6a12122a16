// README.md "## Organisation scale": the org policy example loads as a policy (break test of
// issue 19 found it missing `version` and `controls`), and its overrides take effect as the
// prose around it says.
import { describe, expect, test } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { effectivePolicy } from '../src/core/org-policy.js'
import { parsePolicy } from '../src/io/policy-file.js'

/** The fenced ```yaml blocks of one `## ` section of README.md, in order. */
function yamlBlocks(readme: string, heading: string): string[] {
  const start = readme.indexOf(`\n## ${heading}\n`)
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`)
  const next = readme.indexOf('\n## ', start + 1)
  const section = readme.slice(start, next < 0 ? undefined : next)
  return [...section.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '')
}

describe('README.md Organisation scale examples', () => {
  test('the org policy example (with org.overrides) loads, and its overrides apply by name', async () => {
    const blocks = yamlBlocks(await readFile('README.md', 'utf8'), 'Organisation scale')
    const examples = blocks.filter((b) => /^org:$/m.test(b))
    expect(examples.length).toBe(1)
    const policy = parsePolicy(examples[0] ?? '', 'README.md')
    expect(policy.version).toBe(1)
    const legacy = effectivePolicy(policy, 'acme/legacy-billing')
    expect(legacy.applied).toEqual(['legacy'])
    expect(legacy.policy.branches?.main?.min_approvals).toBe(1)
    expect(legacy.policy.branches?.main?.required_checks).toBeUndefined()
    const payouts = effectivePolicy(policy, 'acme/payouts')
    expect(payouts.applied).toEqual(['payments'])
    expect(payouts.policy.branches?.main?.min_approvals).toBe(3)
    expect(effectivePolicy(policy, 'acme/svc').applied).toEqual([])
  })
})
