/**
 * Which `branches:` entry of a policy applies to a branch, the one rule verify-rules uses
 * (ruleset-verify/run-verify.ts) and the org policy's overrides build on
 * (core/org-policy.ts): the entry whose key is the branch's exact name, else the first key, in
 * the order of the object (file order), that matches it as a picomatch glob with `{ dot: true }`
 * (with case: git branch names are case-sensitive). Pure.
 */
import picomatch from 'picomatch'
import type { BranchPolicy } from './policy.js'

/**
 * The entry for `branch`: exact key first, else the first glob key that matches; undefined when
 * none does.
 */
export function branchEntryFor(
  branches: Readonly<Record<string, BranchPolicy>>,
  branch: string
): { key: string; policy: BranchPolicy } | undefined {
  if (Object.hasOwn(branches, branch))
    return { key: branch, policy: branches[branch] as BranchPolicy }
  for (const [key, policy] of Object.entries(branches)) {
    if (picomatch.isMatch(branch, key, { dot: true })) return { key, policy }
  }
  return undefined
}
