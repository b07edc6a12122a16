import { stat } from 'node:fs/promises'
import { LINEAGE_FILE, type BundleRun } from '../core/bundle-manifest.js'
import { SUMMARY_JSON } from '../core/contracts.js'
import { errorMessage } from '../core/errors.js'
import type { EnvironmentPolicy } from '../core/policy.js'
import {
  corridorStop,
  isDecision,
  judgePromotion,
  promotionAllowed,
  PROMOTION_CHECKS,
  PROMOTION_CONTRACT,
  recordSchemaProblem,
  rollbackTarget,
  sealRecord,
  verifyChain,
  type ChainState,
  type EnvironmentRules,
  type PromotionFacts,
  type PromotionKind,
  type PromotionRecord,
  type RunApprovals
} from '../core/promotion.js'
import type { PromotionStore } from '../core/promotion-store.js'
import { makeReport, type Report, type ReportCheck } from '../core/report.js'
import { verifyBundle, type VerifyResult } from '../io/bundle-verify.js'
import { SHA_PATTERN } from '../core/contracts.js'

/** A rollback's reason and an approval's comment, at most (the record schema's limits). */
export const MAX_REASON = 1024
const MAX_COMMENT = 4096

/** A bundle to check, and where it came from (kept in the record for a later rollback). */
export interface BundleRef {
  path: string
  artifact: { name: string; id: number } | null
  location: string | null
}

export interface PromoteOptions {
  kind: PromotionKind
  environment: string
  /** Why (a rollback must say). */
  reason?: string
  corridor: Record<string, EnvironmentPolicy> | undefined
  store: PromotionStore
  /** The bundle to promote; for a rollback, found from the record rolled back to. */
  bundle: BundleRef | ((record: PromotionRecord) => Promise<BundleRef>)
  signingKey?: string
  rules: () => Promise<EnvironmentRules>
  approvals: () => Promise<RunApprovals>
  run: BundleRun
  now: number
  /** The report's subject when the bundle cannot say (it does not verify). */
  fallbackSubject: { repository: string; sha: string; ref?: string }
  allowUnverifiedReviewers?: boolean
  /** The bundle id asked for: a bundle with another id does not verify as that one. */
  expectBundleId?: string
  /** Accept a bundle that records no inputs (made before replayable bundles); recorded. */
  allowUnreplayable?: boolean
}

export interface PromoteResult {
  report: Report
  /** The record written (or, when refused, the one that would have been). */
  record: PromotionRecord | null
  recorded: boolean
  where?: string
  target: ChainState
}

/**
 * One promotion or rollback: read the target's (and source's) history, verify the bundle, judge
 * the corridor, decision, reviewers and chain, then append the record — or refuse, saying why.
 * Store, bundle source and GitHub reads are injected, so the action and the CLI share it.
 */
export async function runPromotion(o: PromoteOptions): Promise<PromoteResult> {
  const env = corridorStop(o.corridor, o.environment)
  const target = verifyChain(o.environment, await o.store.history(o.environment), o.signingKey)
  const rollbackTo = o.kind === 'rollback' ? rollbackTarget(target) : undefined

  let ref: BundleRef | undefined
  let refProblem: string | undefined
  if (typeof o.bundle !== 'function') ref = o.bundle
  else if (rollbackTo) {
    try {
      ref = await o.bundle(rollbackTo)
    } catch (e) {
      refProblem = `the bundle of record ${rollbackTo.sequence} (${rollbackTo.bundle.id}) cannot be fetched: ${errorMessage(e)}`
    }
  }
  const verified: VerifyResult | undefined = ref ? await verifyRef(ref, o.signingKey) : undefined
  if (
    verified?.ok &&
    o.expectBundleId !== undefined &&
    verified.manifest?.bundle_id !== o.expectBundleId
  ) {
    verified.ok = false
    verified.problems.push({
      file: 'manifest.json',
      message: `this is bundle ${verified.manifest?.bundle_id ?? '?'}, not ${o.expectBundleId}`
    })
  }
  const manifest = verified?.ok ? verified.manifest : undefined
  const replay = verified?.ok && ref ? await replayOf(ref, o.signingKey) : undefined
  const source =
    o.kind === 'promotion' && env?.from !== undefined
      ? verifyChain(env.from, await o.store.history(env.from), o.signingKey)
      : undefined
  const [rules, approvals] = await Promise.all([o.rules(), o.approvals()])

  const facts: PromotionFacts = {
    environment: o.environment,
    kind: o.kind,
    corridor: o.corridor,
    bundle: {
      ok: verified?.ok === true,
      problems: verified?.problems ?? [
        { message: refProblem ?? 'there is no earlier bundle to roll back to' }
      ],
      ...(manifest ? { id: manifest.bundle_id, files: manifest.files.length } : {}),
      ...(verified?.digest !== undefined ? { digest: verified.digest } : {}),
      signed: o.signingKey !== undefined ? 'verified' : 'no-key',
      decision: decisionOf(verified),
      lineageProblems: lineageProblemsOf(verified),
      ...(replay ? { replay } : {})
    },
    target,
    ...(source ? { source } : {}),
    ...(rollbackTo ? { rollbackTo } : {}),
    rules,
    approvals,
    ...(o.allowUnverifiedReviewers ? { allowUnverifiedReviewers: true } : {}),
    ...(o.allowUnreplayable ? { allowUnreplayable: true } : {})
  }
  const checks = judgePromotion(facts)
  const allowed = promotionAllowed(checks, facts)
  const promotedAt = new Date(o.now).toISOString()

  let record: PromotionRecord | null = null
  if (manifest && verified?.digest !== undefined && ref) {
    const decision = facts.bundle.decision
    const previous = target.ok
      ? (target.head?.digest ?? null)
      : (target.records.at(-1)?.digest ?? null)
    record = sealRecord(
      {
        contract: PROMOTION_CONTRACT,
        environment: o.environment,
        sequence: target.records.length + 1,
        kind: o.kind,
        ...(o.reason ? { reason: o.reason } : {}),
        ...(o.kind === 'rollback' && target.head ? { rollback_of: target.head.digest } : {}),
        bundle: {
          id: manifest.bundle_id,
          digest: verified.digest,
          subject: manifest.subject,
          created_at: manifest.created_at,
          decision: isDecision(decision) ? decision : 'no-go',
          artifact: ref.artifact,
          location: ref.location,
          replayed: replay?.kind === 'same'
        },
        source:
          o.kind === 'rollback' && rollbackTo
            ? { environment: o.environment, record: rollbackTo.digest }
            : source?.head && source.head.bundle.digest === verified.digest
              ? { environment: source.environment, record: source.head.digest }
              : null,
        reviewers: {
          required: env?.reviewers ?? 0,
          verified: rules.kind === 'read',
          named: rules.kind === 'read' ? rules.reviewers : [],
          prevent_self_review: rules.kind === 'read' ? rules.preventSelfReview : null
        },
        approvals:
          approvals.kind === 'read'
            ? approvals.approvals.map((a) => ({
                ...a,
                comment: a.comment.slice(0, MAX_COMMENT),
                observed_at: promotedAt
              }))
            : [],
        run: o.run,
        promoted_at: promotedAt,
        previous
      },
      o.signingKey
    )
  }

  let recorded = false
  let where: string | undefined
  let recordCheck: ReportCheck
  const invalid = record && allowed ? recordSchemaProblem(record) : undefined
  if (!allowed || !record) {
    const failing = checks.filter((c) => c.status !== 'passed').map((c) => c.id)
    recordCheck = {
      id: PROMOTION_CHECKS.recorded,
      status: 'failed',
      message: `not recorded: ${failing.join(', ')} did not pass`
    }
    if (record) {
      try {
        await o.store.refuse(record, `refused: ${failing.join(', ')}`)
      } catch (e) {
        recordCheck.message += ` (the refusal could not be recorded either: ${errorMessage(e)})`
      }
    }
  } else if (invalid !== undefined) {
    recordCheck = {
      id: PROMOTION_CHECKS.recorded,
      status: 'failed',
      message: `not recorded: the record would be ${invalid}`
    }
  } else {
    const r = await o.store.append(record)
    if (r.ok) {
      recorded = true
      where = r.where
      recordCheck = {
        id: PROMOTION_CHECKS.recorded,
        status: 'passed',
        message: `recorded as ${o.environment} #${record.sequence} (${record.digest}) in ${r.where}`
      }
    } else {
      recordCheck = { id: PROMOTION_CHECKS.recorded, status: 'failed', message: r.message }
    }
  }

  const subject =
    manifest && SHA_PATTERN.test(manifest.subject.sha)
      ? {
          repository: manifest.subject.repository || o.fallbackSubject.repository,
          sha: manifest.subject.sha,
          ...(manifest.subject.ref ? { ref: manifest.subject.ref } : {})
        }
      : o.fallbackSubject
  const report = makeReport({
    control: `promotion-${o.environment}`,
    subject,
    generatedAt: promotedAt,
    generator: 'release-bundle',
    checks: [...checks, recordCheck],
    facts: {
      kind: o.kind,
      environment: o.environment,
      recorded,
      ...(where ? { where } : {}),
      store: o.store.describe,
      record
    }
  })
  return { report, record, recorded, ...(where ? { where } : {}), target }
}

/**
 * Verifies the bundle at `ref.path`. A path that is neither a folder nor a regular file (a FIFO,
 * a device) is refused before anything opens it, since reading a named pipe blocks forever.
 */
async function verifyRef(ref: BundleRef, signingKey: string | undefined): Promise<VerifyResult> {
  const where = ref.location ?? ref.path
  let st
  try {
    st = await stat(ref.path)
  } catch (e) {
    return notABundle(`${where}: not found (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  if (!st.isDirectory() && !st.isFile())
    return notABundle(`${where}: not a bundle folder or zip file (a FIFO or device?)`)
  return verifyBundle(ref.path, {
    ...(signingKey !== undefined ? { signingKey } : {}),
    keep: [SUMMARY_JSON, LINEAGE_FILE]
  })
}

/**
 * The bundle decided again from its own policy and evidence (gate/replay-bundle.ts): the same
 * summary, what differs, or why it cannot be replayed (it records no inputs).
 */
async function replayOf(
  ref: BundleRef,
  signingKey: string | undefined
): Promise<NonNullable<PromotionFacts['bundle']['replay']>> {
  const { replayBundle } = await import('../gate/replay-bundle.js')
  const r = await replayBundle(ref.path, signingKey !== undefined ? { signingKey } : {})
  if (r.ok) return { kind: 'same' }
  if (r.unreplayable === true)
    return {
      kind: 'unreplayable',
      message: r.problems[0]?.message ?? 'records no inputs'
    }
  return {
    kind: 'different',
    differences: [
      ...r.problems.map((p) => (p.file ? `${p.file}: ${p.message}` : p.message)),
      ...r.differences.map((d) => (d.control ? `${d.control}: ${d.message}` : d.message))
    ]
  }
}

function notABundle(message: string): VerifyResult {
  return { ok: false, problems: [{ message }], kept: new Map() }
}

/**
 * What the bundle's own lineage says is incomplete (a required job that failed, a missing
 * decision…). A bundle made without a lineage (the CLI's `bundle create`) has none to report.
 */
function lineageProblemsOf(v: VerifyResult | undefined): string[] {
  const bytes = v?.kept.get(LINEAGE_FILE)
  if (!bytes) return []
  try {
    const l = JSON.parse(bytes.toString('utf8')) as { problems?: unknown }
    if (l.problems === undefined) return []
    if (!Array.isArray(l.problems)) return [`${LINEAGE_FILE}: 'problems' is not a list`]
    return l.problems.map((p) =>
      typeof p === 'object' &&
      p !== null &&
      typeof (p as { message?: unknown }).message === 'string'
        ? (p as { message: string }).message
        : JSON.stringify(p)
    )
  } catch {
    return [`${LINEAGE_FILE} is not JSON`]
  }
}

/** The gate's decision from the bundle's (verified) executive summary. */
function decisionOf(v: VerifyResult | undefined): string | null {
  const bytes = v?.kept.get(SUMMARY_JSON)
  if (!bytes) return null
  try {
    const s = JSON.parse(bytes.toString('utf8')) as { decision?: unknown }
    return typeof s.decision === 'string' ? s.decision : null
  } catch {
    return null
  }
}
