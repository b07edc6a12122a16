import type { BundleRun, BundleSubject } from './bundle-manifest.js'
import { timingSafeEqual } from 'node:crypto'
import { canonicalDigest, canonicalProblem, signDigest } from './bundle-manifest.js'
import { takesFresh, type EnvironmentPolicy } from './policy.js'
import type { ReportCheck } from './report.js'
import { DECISIONS, type Decision } from './status.js'
import { formatSchemaError } from '../parsers/schema-errors.js'
import { validatePromotionRecord } from '../generated/validators.js'

/** Contract of a promotion record (a deployment's payload, a file of the CLI's state folder). */
export const PROMOTION_CONTRACT = 'gonogo.promotion/v1'
/** The deployment task gonogo's records carry, apart from the deployments Actions makes itself. */
export const PROMOTION_TASK = 'deploy:gonogo'
/** An environment name as GitHub and the policy schema accept it (never a path). */
export const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/

export type PromotionKind = 'promotion' | 'rollback'

export interface PromotionRecord {
  contract: typeof PROMOTION_CONTRACT
  environment: string
  /** 1 for the environment's first record, then one more for each. */
  sequence: number
  kind: PromotionKind
  reason?: string
  /** For a rollback: the record it replaces (the environment's head when it was made). */
  rollback_of?: string
  bundle: {
    id: string
    digest: string
    subject: BundleSubject
    created_at: string
    decision: Decision
    /** The workflow artifact holding the bundle, when promoted through GitHub. */
    artifact: { name: string; id: number } | null
    /** Where the CLI found the bundle (workspace-relative), for a later rollback. */
    location: string | null
    /**
     * true when the bundle replayed to its own summary; false when it records no inputs and was
     * accepted as unreplayable. Absent in records written before bundles could be replayed.
     */
    replayed?: boolean
  }
  /** The record of the source environment that ran this bundle; null for a fresh bundle. */
  source: { environment: string; record: string } | null
  reviewers: {
    required: number
    /** false when the environment's rules were not read (the CLI's local state). */
    verified: boolean
    named: string[]
    prevent_self_review: boolean | null
  }
  /** GitHub's approvals of this run for the environment (the API gives no time: when read). */
  approvals: { user: string; state: string; comment: string; observed_at: string }[]
  run: BundleRun
  promoted_at: string
  /** Digest of the environment's record before this one; null for the first. */
  previous: string | null
  digest: string
  /** With a signing key: hex HMAC-SHA256 of `digest`; only a key holder can write a record. */
  signature?: string
}

export type UnsealedRecord = Omit<PromotionRecord, 'digest' | 'signature'>

/** The record's digest: SHA-256 over its canonical JSON without `digest` and `signature`. */
export function recordDigest(r: UnsealedRecord | PromotionRecord): string {
  const rest: Record<string, unknown> = { ...r }
  delete rest.digest
  delete rest.signature
  return canonicalDigest(rest)
}

/** Seals a record with its digest, and signs the digest when there is a key. */
export function sealRecord(r: UnsealedRecord, key?: string): PromotionRecord {
  const digest = recordDigest(r)
  return { ...r, digest, ...(key !== undefined ? { signature: signDigest(key, digest) } : {}) }
}

function signedBy(r: PromotionRecord, key: string): boolean {
  if (r.signature === undefined) return false
  const want = Buffer.from(signDigest(key, r.digest), 'hex')
  const got = Buffer.from(r.signature, 'hex')
  return got.length === want.length && timingSafeEqual(got, want)
}

/** Why `value` is not a valid promotion record (the first schema errors), or undefined. */
export function recordSchemaProblem(value: unknown): string | undefined {
  if (validatePromotionRecord(value)) return undefined
  const why = (validatePromotionRecord.errors ?? [])
    .slice(0, 3)
    .map((e) => formatSchemaError(e))
    .join('; ')
  return `not a valid ${PROMOTION_CONTRACT} record (${why})`
}

/** Whether a word is one of the gate's decisions. */
export function isDecision(d: string | null): d is Decision {
  return d !== null && (DECISIONS as readonly string[]).includes(d)
}

/** One stored record as the store found it: `where` names it for people (a deployment, a file). */
export interface ChainEntry {
  where: string
  record: unknown
}

export interface ChainState {
  environment: string
  ok: boolean
  records: PromotionRecord[]
  /** The environment's current record (the last), null when it has none or the chain is broken. */
  head: PromotionRecord | null
  /** Where and why the chain breaks. */
  broken?: { where: string; message: string }
}

/**
 * Walks an environment's records in the order they were made: each must be a valid record of this
 * environment, unchanged since it was sealed, numbered one after the other, and name the digest
 * of the one before it. With a key, each must also be signed with it (the chain alone cannot
 * tell a well-formed record appended by someone else). The first break is reported with where.
 *
 * Never throws on what a store returns: a record that is not valid against the schema, or that
 * has no RFC 8785 canonical form (a string with a lone surrogate, see `canonicalProblem`), breaks
 * the chain at that record with the reason.
 */
export function verifyChain(
  environment: string,
  entries: readonly ChainEntry[],
  key?: string
): ChainState {
  const records: PromotionRecord[] = []
  const broken = (where: string, message: string): ChainState => ({
    environment,
    ok: false,
    records,
    head: null,
    broken: { where, message }
  })
  for (const [i, entry] of entries.entries()) {
    const r = entry.record
    let invalid: string | undefined
    try {
      invalid = recordSchemaProblem(r) ?? canonicalProblem(r)
    } catch (e) {
      invalid = `cannot be read as a ${PROMOTION_CONTRACT} record (${e instanceof Error ? e.message : String(e)})`
    }
    if (invalid !== undefined) return broken(entry.where, invalid)
    const rec = r as PromotionRecord
    const want = recordDigest(rec)
    if (rec.digest !== want) {
      return broken(
        entry.where,
        `record changed after it was sealed: its content hashes to ${want}, it says ${rec.digest}`
      )
    }
    if (key !== undefined && !signedBy(rec, key)) {
      return broken(
        entry.where,
        rec.signature === undefined
          ? 'record is not signed, but a signing key was given: it was not written by a promotion holding the key'
          : 'record signature does not match the signing key: forged, or written with another key'
      )
    }
    if (rec.environment !== environment) {
      return broken(entry.where, `a record of '${rec.environment}' among ${environment}'s`)
    }
    if (rec.sequence !== i + 1) {
      return broken(
        entry.where,
        `record number ${rec.sequence} where number ${i + 1} belongs: a record is missing or repeated`
      )
    }
    const before = records[i - 1]
    const expected = before ? before.digest : null
    if (rec.previous !== expected) {
      return broken(
        entry.where,
        `names ${rec.previous ?? 'no previous record'} as the record before it, but the record before it is ${expected ?? 'none'}`
      )
    }
    records.push(rec)
  }
  return { environment, ok: true, records, head: records.at(-1) ?? null }
}

/**
 * The record a rollback goes back to: the newest before the head with another bundle, passing
 * over records that an earlier rollback undid (a second rollback goes further back, not forward).
 */
export function rollbackTarget(chain: ChainState): PromotionRecord | undefined {
  const head = chain.head
  if (!head) return undefined
  const undone = new Set(chain.records.map((r) => r.rollback_of).filter((d) => d !== undefined))
  for (let i = chain.records.length - 2; i >= 0; i--) {
    const r = chain.records[i]
    if (r && r.bundle.digest !== head.bundle.digest && !undone.has(r.digest)) return r
  }
  return undefined
}

/** The environment's protection rules as read from GitHub (or why they were not). */
export type EnvironmentRules =
  | { kind: 'read'; reviewers: string[]; hasReviewersRule: boolean; preventSelfReview: boolean }
  | { kind: 'absent'; message: string }
  | { kind: 'unreadable'; message: string; unlock: string }
  | { kind: 'local' }

export type RunApprovals =
  | { kind: 'read'; approvals: { user: string; state: string; comment: string }[] }
  | { kind: 'unreadable'; message: string; unlock: string }
  | { kind: 'local' }

export interface PromotionFacts {
  environment: string
  kind: PromotionKind
  /** `environments` of the policy file. */
  corridor: Record<string, EnvironmentPolicy> | undefined
  bundle: {
    ok: boolean
    problems: { file?: string; message: string }[]
    id?: string
    digest?: string
    signed: 'verified' | 'no-key'
    files?: number
    /** The gate's decision from the bundle's executive summary; a string when unknown words. */
    decision: string | null
    /** What the bundle's lineage.json lists as incomplete. */
    lineageProblems: string[]
    /**
     * The replay of the bundle (`bundle verify --replay`): the same decision, a different one
     * (what differs), or none possible because the bundle records no inputs. Absent when the
     * bundle did not verify.
     */
    replay?:
      | { kind: 'same' }
      | { kind: 'different'; differences: string[] }
      | { kind: 'unreplayable'; message: string }
  }
  target: ChainState
  /** The `from` environment's chain (promotions to an environment with `from`). */
  source?: ChainState
  /** A rollback's target record. */
  rollbackTo?: PromotionRecord
  rules: EnvironmentRules
  approvals: RunApprovals
  /** Unverified reviewer checks do not block (the CLI's `--allow-unverified-reviewers`). */
  allowUnverifiedReviewers?: boolean
  /** A bundle that records no inputs is accepted (`--allow-unreplayable`; the record says so). */
  allowUnreplayable?: boolean
}

export const PROMOTION_CHECKS = {
  bundle: 'bundle-verifies',
  order: 'corridor-order',
  decision: 'gate-decision',
  reviewers: 'environment-reviewers',
  approval: 'run-approval',
  chain: 'history-chain',
  recorded: 'recorded'
} as const

const DECISION_RANK: Readonly<Record<Decision, number>> = { go: 2, 'conditional-go': 1, 'no-go': 0 }

/** The promotion checks, pure: each passed, failed or unverified with what to do. */
export function judgePromotion(f: PromotionFacts): ReportCheck[] {
  const env = corridorStop(f.corridor, f.environment)
  return [
    bundleCheck(f),
    orderCheck(f, env),
    decisionCheck(f, env),
    ...reviewerChecks(f, env),
    chainCheck(f.target)
  ]
}

/** The environment's declaration: own keys only (`constructor` is not a declared environment). */
export function corridorStop(
  corridor: Record<string, EnvironmentPolicy> | undefined,
  name: string
): EnvironmentPolicy | undefined {
  return corridor !== undefined && Object.hasOwn(corridor, name) ? corridor[name] : undefined
}

/** Whether the checks allow recording the promotion. */
export function promotionAllowed(checks: readonly ReportCheck[], f: PromotionFacts): boolean {
  return checks.every(
    (c) =>
      c.status === 'passed' ||
      (c.status === 'unverified' &&
        f.allowUnverifiedReviewers === true &&
        f.rules.kind === 'local' &&
        (c.id === PROMOTION_CHECKS.reviewers || c.id === PROMOTION_CHECKS.approval))
  )
}

function bundleCheck(f: PromotionFacts): ReportCheck {
  const id = PROMOTION_CHECKS.bundle
  const b = f.bundle
  if (!b.ok) {
    const shown = b.problems
      .slice(0, 5)
      .map((p) => (p.file ? `${p.file}: ${p.message}` : p.message))
    const more = b.problems.length > 5 ? ` (and ${b.problems.length - 5} more)` : ''
    return {
      id,
      status: 'failed',
      message: `the bundle does not verify: ${shown.join('; ')}${more}`,
      remediation:
        'promote the bundle exactly as action-release-bundle made it; a bundle changed after the gate is never promoted'
    }
  }
  if (b.lineageProblems.length > 0) {
    return {
      id,
      status: 'failed',
      message: `the bundle's lineage is incomplete: ${b.lineageProblems.slice(0, 5).join('; ')}`,
      remediation:
        'a bundle whose own lineage is incomplete (a required job failed or is missing) is never promoted; fix the release run and bundle again'
    }
  }
  const replay = b.replay
  if (replay?.kind === 'different') {
    return {
      id,
      status: 'failed',
      message: `the bundle does not replay: deciding again from its policy and evidence gives another summary (${replay.differences.slice(0, 5).join('; ')}${replay.differences.length > 5 ? ` and ${replay.differences.length - 5} more` : ''})`,
      remediation:
        'run gonogo bundle verify PATH --replay to see what differs; a bundle whose decision does not follow from its own evidence is never promoted: run the gate again and bundle its output'
    }
  }
  // A rollback returns to a bundle promoted before; one made before replayable bundles is let
  // through as it was then.
  // No replay result at all is treated as a bundle that cannot be replayed (fail closed).
  if (replay?.kind !== 'same' && !f.allowUnreplayable && f.kind !== 'rollback') {
    return {
      id,
      status: 'failed',
      message: `the bundle cannot be replayed: ${replay?.kind === 'unreplayable' ? replay.message : 'it was not replayed'}`,
      remediation:
        'rebuild the bundle with this gonogo (gonogo gate, then bundle create --summary with its output), or accept it once with --allow-unreplayable (input allow-unreplayable: true): the record then says it was not replayed'
    }
  }
  if (f.kind === 'rollback' && f.rollbackTo && f.rollbackTo.bundle.digest !== b.digest) {
    return {
      id,
      status: 'failed',
      message: `bundle ${b.id ?? '?'} (${b.digest ?? '?'}) is not the one record ${f.rollbackTo.sequence} promoted (${f.rollbackTo.bundle.id}, ${f.rollbackTo.bundle.digest})`,
      remediation: `roll back with bundle ${f.rollbackTo.bundle.id}`
    }
  }
  return {
    id,
    status: 'passed',
    message: `bundle ${b.id ?? '?'} verifies: ${b.files ?? 0} files, digest ${b.digest ?? '?'}, ${b.signed === 'verified' ? 'signature verified' : 'not signed (no signing key given)'}, ${replay?.kind === 'same' ? 'replays to the same decision' : 'not replayed (it records no inputs; accepted as unreplayable)'}`
  }
}

function undeclared(f: PromotionFacts): string {
  const names = Object.keys(f.corridor ?? {})
  return names.length > 0
    ? `environment '${f.environment}' is not declared under 'environments' in the policy file (declared: ${names.join(', ')})`
    : `the policy file declares no 'environments': the corridor (for example dev → staging → prod) is unknown`
}

function orderCheck(f: PromotionFacts, env: EnvironmentPolicy | undefined): ReportCheck {
  const id = PROMOTION_CHECKS.order
  if (!env) {
    return {
      id,
      status: 'failed',
      message: undeclared(f),
      remediation: `declare environments.${f.environment} with 'requires' (and 'from' for a later stop)`
    }
  }
  if (f.kind === 'rollback') {
    const to = f.rollbackTo
    if (!to) {
      return {
        id,
        status: 'failed',
        message: f.target.head
          ? `nothing to roll back to: ${f.environment} has only ever run bundle ${f.target.head.bundle.id}`
          : `nothing to roll back to: ${f.environment} has no promotion yet`
      }
    }
    return {
      id,
      status: 'passed',
      message: `rolls ${f.environment} back to bundle ${to.bundle.id}, which record ${to.sequence} promoted on ${to.promoted_at}`,
      observed: { record: to.digest }
    }
  }
  if (env.from === undefined || takesFresh(env)) {
    const note = env.from === undefined ? '' : ` (it also takes bundles from ${env.from})`
    return { id, status: 'passed', message: `${f.environment} takes fresh bundles${note}` }
  }
  const src = f.source
  const name = env.from
  if (!src) {
    return { id, status: 'failed', message: `the history of ${name} was not read` }
  }
  if (!src.ok) {
    return {
      id,
      status: 'failed',
      message: `the history of ${name} is broken at ${src.broken?.where ?? '?'} (${src.broken?.message ?? ''}): what runs there is unknown`,
      remediation: `repair or roll back ${name} first`
    }
  }
  if (!src.head) {
    return {
      id,
      status: 'failed',
      message: `${name} has no promotion yet: promote bundle ${f.bundle.id ?? '?'} to ${name} before ${f.environment} (the corridor declares ${f.environment} from ${name})`,
      remediation: `promote to ${name} first`
    }
  }
  if (src.head.bundle.digest !== f.bundle.digest) {
    return {
      id,
      status: 'failed',
      message: `${name} runs bundle ${src.head.bundle.id} (${src.head.bundle.digest}, record ${src.head.sequence}), not bundle ${f.bundle.id ?? '?'} (${f.bundle.digest ?? '?'}): a bundle reaches ${f.environment} only through ${name}`,
      remediation: `promote bundle ${f.bundle.id ?? '?'} to ${name} first, or promote ${src.head.bundle.id}`,
      wanted: f.bundle.digest,
      observed: src.head.bundle.digest
    }
  }
  return {
    id,
    status: 'passed',
    message: `${name} runs this bundle (record ${src.head.sequence}, ${src.head.digest})`,
    observed: { environment: name, record: src.head.digest }
  }
}

function decisionCheck(f: PromotionFacts, env: EnvironmentPolicy | undefined): ReportCheck {
  const id = PROMOTION_CHECKS.decision
  if (!env) return { id, status: 'failed', message: undeclared(f) }
  const d = f.bundle.decision
  if (!isDecision(d)) {
    return {
      id,
      status: 'failed',
      message:
        d === null
          ? "the bundle holds no gate decision (no readable executive-summary.json): build it after action-gate with its 'summary' folder"
          : `the bundle's executive-summary.json says decision '${d}', which is not go, conditional-go or no-go`
    }
  }
  // requires is go or conditional-go, so no-go never meets it
  const ok = DECISION_RANK[d] >= DECISION_RANK[env.requires]
  return {
    id,
    status: ok ? 'passed' : 'failed',
    message: ok
      ? `gate decision ${d} meets ${f.environment}'s requirement (${env.requires})`
      : `gate decision ${d} does not meet ${f.environment}'s requirement (${env.requires})`,
    wanted: env.requires,
    observed: d
  }
}

function reviewerChecks(f: PromotionFacts, env: EnvironmentPolicy | undefined): ReportCheck[] {
  const id = PROMOTION_CHECKS.reviewers
  if (!env) return [{ id, status: 'failed', message: undeclared(f) }]
  const required = env.reviewers ?? 0
  const preventSelf = env.prevent_self_review === true
  const checks: ReportCheck[] = []
  const r = f.rules
  if (required === 0 && !preventSelf) {
    checks.push({
      id,
      status: 'passed',
      message: `${f.environment} declares no required reviewers`
    })
  } else if (r.kind === 'local') {
    checks.push({
      id,
      status: 'unverified',
      message: `${f.environment} requires ${required} reviewer(s); the local state cannot read GitHub's environment protection rules`,
      remediation:
        'promote through action-release-bundle (mode: promote) in a job with `environment:`; to rehearse locally pass --allow-unverified-reviewers (the record says the reviewers were not verified)'
    })
  } else if (r.kind === 'unreadable') {
    checks.push({ id, status: 'unverified', message: r.message, unlock: r.unlock })
  } else if (r.kind === 'absent') {
    checks.push({
      id,
      status: 'failed',
      message: r.message,
      remediation: `create the environment '${f.environment}' (Settings → Environments) with required reviewers`
    })
  } else {
    const problems: string[] = []
    if (required > 0 && !r.hasReviewersRule)
      problems.push(`has no required-reviewers protection rule (the policy wants ${required})`)
    else if (r.reviewers.length < required)
      problems.push(
        `names ${r.reviewers.length} required reviewer(s) (${r.reviewers.join(', ') || 'none'}), the policy wants at least ${required}`
      )
    if (preventSelf && !r.preventSelfReview)
      problems.push('lets the person who started the run approve it (prevent self-review is off)')
    checks.push(
      problems.length > 0
        ? {
            id,
            status: 'failed',
            message: `environment ${f.environment} ${problems.join('; ')}`,
            remediation: `Settings → Environments → ${f.environment} → Deployment protection rules`,
            wanted: { reviewers: required, prevent_self_review: preventSelf },
            observed: { reviewers: r.reviewers, prevent_self_review: r.preventSelfReview }
          }
        : {
            id,
            status: 'passed',
            message: `environment ${f.environment} requires a review by one of ${r.reviewers.join(', ')}${r.preventSelfReview ? ' (no self-review)' : ''}`
          }
    )
  }
  if (required > 0) checks.push(approvalCheck(f))
  return checks
}

function approvalCheck(f: PromotionFacts): ReportCheck {
  const id = PROMOTION_CHECKS.approval
  const a = f.approvals
  if (a.kind === 'local') {
    return {
      id,
      status: 'unverified',
      message: 'approvals are GitHub’s: the local state has none to record'
    }
  }
  if (a.kind === 'unreadable')
    return { id, status: 'unverified', message: a.message, unlock: a.unlock }
  const rejected = a.approvals.filter((x) => x.state === 'rejected')
  const approved = a.approvals.filter((x) => x.state === 'approved')
  if (rejected.length > 0) {
    return {
      id,
      status: 'failed',
      message: `this run's deployment to ${f.environment} was rejected by ${rejected.map((x) => x.user).join(', ')}`
    }
  }
  if (approved.length === 0) {
    return {
      id,
      status: 'failed',
      message: `this run has no approval for ${f.environment}`,
      remediation: `run the promotion in a job that declares \`environment: ${f.environment}\`, so GitHub asks the environment's reviewers`
    }
  }
  return {
    id,
    status: 'passed',
    message: `approved for ${f.environment} by ${approved.map((x) => x.user).join(', ')}`
  }
}

function chainCheck(chain: ChainState): ReportCheck {
  const id = PROMOTION_CHECKS.chain
  if (!chain.ok) {
    return {
      id,
      status: 'failed',
      message: `the history of ${chain.environment} is broken at ${chain.broken?.where ?? '?'}: ${chain.broken?.message ?? ''}`,
      remediation:
        'a broken history blocks every promotion: find who changed or removed the record, restore it, and promote again'
    }
  }
  return {
    id,
    status: 'passed',
    message: chain.head
      ? `the history of ${chain.environment} is intact: ${chain.records.length} record(s), the last ${chain.head.digest}`
      : `${chain.environment} has no history yet: this is its first record`
  }
}
