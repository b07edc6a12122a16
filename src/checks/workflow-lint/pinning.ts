/**
 * The pinning policy of the unpinned-action rule: which `uses:` must name a full commit SHA,
 * which may name any ref, and which need nothing, by `owner/name` pattern (first match wins).
 * Pure.
 *
 * Sources: GitHub docs, "Security hardening for GitHub Actions" → "Using third-party actions"
 * (a full-length commit SHA is the only immutable reference; tags can be moved or deleted);
 * zizmor's `unpinned-uses` policies `hash-pin` / `ref-pin` / `any`
 * (https://docs.zizmor.sh/audits/#unpinned-uses-configuration), which gonogo calls `sha`, `ref`
 * and `any`. Unlike zizmor, whose most specific pattern wins, gonogo tries the patterns in the
 * order written, so the file reads top to bottom.
 */
import picomatch from 'picomatch'
import { isSameRepositoryUses } from '../../workflow/local-uses.js'
import type { PinPolicy, PinRule } from './settings.js'

const SHA40 = /^[0-9a-f]{40}$/i
const DIGEST = /@sha256:[0-9a-f]{64}$/i

/** Why a `uses:` does not meet the pinning policy, and the rule that asked for it. */
export interface PinVerdict {
  /** e.g. `the movable ref 'v5'`, `a short SHA (39370e3)`, `no @ref at all`. */
  reason: string
  /** The rule that decided; undefined for a docker image (judged on its own: a digest). */
  rule?: PinRule
}

/** `actions/checkout/sub@v5` → `actions/checkout` (owner and repository, as written). */
export function repositoryOf(uses: string): string {
  const u = uses.trim()
  const at = u.lastIndexOf('@')
  const name = at < 0 ? u : u.slice(0, at)
  return name.split('/').slice(0, 2).join('/')
}

/**
 * Whether a pattern matches `owner/name`: `*` matches every repository; otherwise a glob whose
 * `*` and `?` stay within one segment (`actions/*`, `my-org/setup-*`), compared without case
 * (GitHub's owner and repository names are case-insensitive) and matching names that start with
 * a dot (`my-org/.github`).
 */
export function patternMatches(pattern: string, repository: string): boolean {
  if (pattern === '*') return true
  return picomatch.isMatch(repository, pattern, { nocase: true, dot: true })
}

/** The first rule whose pattern matches the repository (the default `*` rule ends the list). */
export function ruleFor(repository: string, rules: readonly PinRule[]): PinRule | undefined {
  return rules.find((r) => patternMatches(r.pattern, repository))
}

/**
 * Why `uses` does not meet the pinning policy, or undefined when it does (or need not).
 *
 * - `./…` (a local action or reusable workflow) runs at the workflow's own commit: never judged.
 * - `docker://image` is judged on its own, whatever the patterns say (they name repositories):
 *   it needs an `@sha256:` digest.
 * - `owner/name[/path]@ref`: the first rule whose pattern matches `owner/name` decides: `sha`
 *   needs a 40-hex commit SHA, `ref` any ref, `any` nothing.
 *
 * @param rules tried in order; an empty list means no requirement
 */
export function pinVerdict(uses: string, rules: readonly PinRule[]): PinVerdict | undefined {
  const u = uses.trim()
  if (isSameRepositoryUses(u)) return undefined
  if (u.startsWith('docker://')) {
    return DIGEST.test(u)
      ? undefined
      : { reason: 'a docker image referenced by tag, not by @sha256: digest' }
  }
  const at = u.lastIndexOf('@')
  const ref = at < 0 ? '' : u.slice(at + 1)
  const rule = ruleFor(repositoryOf(u), rules)
  if (!rule || rule.policy === 'any') return undefined
  if (rule.policy === 'ref') return ref === '' ? { reason: 'no @ref at all', rule } : undefined
  if (SHA40.test(ref)) return undefined
  if (ref === '') return { reason: 'no @ref at all', rule }
  if (/^[0-9a-f]{7,39}$/i.test(ref)) return { reason: `a short SHA (${ref})`, rule }
  return { reason: `the movable ref '${ref}'`, rule }
}

const POLICY_TEXT: Readonly<Record<PinPolicy, string>> = {
  sha: 'a full commit SHA',
  ref: 'a tag, branch or SHA',
  any: 'nothing'
}

/** What a policy asks for, in words: `a full commit SHA`, `a tag, branch or SHA`, `nothing`. */
export function policyText(policy: PinPolicy): string {
  return POLICY_TEXT[policy]
}

/**
 * The rule as a finding names it: `the default pinning policy`,
 * `checks.workflow-lint.pinning 'my-org/*'` or `checks.workflow-lint.allow_unpinned 'x/*'`.
 */
export function describeRule(rule: PinRule): string {
  if (rule.source === 'default') return 'the default pinning policy'
  return `checks.workflow-lint.${rule.source} '${rule.pattern}'`
}

/** The rules as a summary names them: `'actions/*': ref, '*': sha (default)`. */
export function describeRules(rules: readonly PinRule[]): string {
  return rules
    .map((r) =>
      r.source === 'allow_unpinned'
        ? `'${r.pattern}': any (allow_unpinned)`
        : `'${r.pattern}': ${r.policy}${r.source === 'default' ? ' (default)' : ''}`
    )
    .join(', ')
}
