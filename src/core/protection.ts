/**
 * One model of branch protection, whatever declared it. Classic branch protection and ruleset
 * rules name the same settings differently (`required_pull_request_reviews.dismiss_stale_reviews`
 * vs the `pull_request` rule's `dismiss_stale_reviews_on_push`, `checks[].app_id` vs
 * `required_status_checks[].integration_id`, …); both are normalised here, and several sources
 * combine as GitHub enforces them: the strictest wins.
 */

export type Enforcement = 'active' | 'evaluate' | 'disabled'

/** Where a setting was observed. */
export interface Origin {
  kind: 'ruleset' | 'classic'
  id?: number
  name?: string
  /** `owner/repo` or the organisation, for rulesets. */
  source?: string
  sourceType?: string
  enforcement?: Enforcement
}

export interface Flag {
  value: boolean
  /** Sources that turn it on. */
  origins: Origin[]
}

export interface RequiredCheck {
  context: string
  /** The app that must report it; undefined: any app. */
  integrationId?: number
  /** A ruleset waives it when the branch is first created (`do_not_enforce_on_create`). */
  skippedOnCreate?: boolean
  origins: Origin[]
}

export interface BypassActor {
  type: string
  /** Undefined for actor types GitHub identifies by type alone ({@link typeOnlyActor}). */
  id?: number
  name?: string
  mode?: string
  origins: Origin[]
}

export interface Protection {
  requiredChecks: RequiredCheck[]
  strict: Flag
  minApprovals: { value: number; origins: Origin[] }
  dismissStaleReviews: Flag
  codeOwnerReview: Flag
  lastPushApproval: Flag
  conversationResolution: Flag
  linearHistory: Flag
  forcePushesBlocked: Flag
  deletionsBlocked: Flag
  signedCommits: Flag
  /**
   * Merges go through a merge queue (ruleset rule `merge_queue`), so every required check must
   * also be reported on the merge group (docs: "Managing a merge queue"). Classic branch
   * protection's REST answer does not say whether it requires one.
   */
  mergeQueue: Flag
  bypass: BypassActor[]
}

export type FlagSetting =
  | 'strict'
  | 'dismissStaleReviews'
  | 'codeOwnerReview'
  | 'lastPushApproval'
  | 'conversationResolution'
  | 'linearHistory'
  | 'forcePushesBlocked'
  | 'deletionsBlocked'
  | 'signedCommits'
  | 'mergeQueue'

const off = (): Flag => ({ value: false, origins: [] })
const on = (o: Origin): Flag => ({ value: true, origins: [o] })

export function noProtection(): Protection {
  return {
    requiredChecks: [],
    strict: off(),
    minApprovals: { value: 0, origins: [] },
    dismissStaleReviews: off(),
    codeOwnerReview: off(),
    lastPushApproval: off(),
    conversationResolution: off(),
    linearHistory: off(),
    forcePushesBlocked: off(),
    deletionsBlocked: off(),
    signedCommits: off(),
    mergeQueue: off(),
    bypass: []
  }
}

/** A ruleset rule as the REST API returns it (`type` and optional `parameters`). */
export interface RuleLike {
  type: string
  parameters?: Record<string, unknown>
}

function bool(v: unknown): boolean {
  return v === true
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * The protection the given rules of one ruleset impose. Unknown rule types are ignored. The API
 * readers validate answers first (src/github/answer.ts); items that are not objects are skipped
 * here too, so this never throws.
 */
export function fromRules(rules: readonly RuleLike[], origin: Origin): Protection {
  const p = noProtection()
  for (const r of rules) {
    if (!isObject(r)) continue
    const params = isObject(r.parameters) ? r.parameters : {}
    switch (r.type) {
      case 'pull_request': {
        const n =
          typeof params.required_approving_review_count === 'number'
            ? params.required_approving_review_count
            : 0
        p.minApprovals = { value: n, origins: n > 0 ? [origin] : [] }
        if (bool(params.dismiss_stale_reviews_on_push)) p.dismissStaleReviews = on(origin)
        if (bool(params.require_code_owner_review)) p.codeOwnerReview = on(origin)
        if (bool(params.require_last_push_approval)) p.lastPushApproval = on(origin)
        if (bool(params.required_review_thread_resolution)) p.conversationResolution = on(origin)
        break
      }
      case 'required_status_checks': {
        const checks = Array.isArray(params.required_status_checks)
          ? params.required_status_checks
          : []
        for (const c of checks as ({ context?: unknown; integration_id?: unknown } | null)[]) {
          if (!isObject(c) || typeof c.context !== 'string') continue
          p.requiredChecks.push({
            context: c.context,
            ...(typeof c.integration_id === 'number' ? { integrationId: c.integration_id } : {}),
            ...(params.do_not_enforce_on_create === true ? { skippedOnCreate: true } : {}),
            origins: [origin]
          })
        }
        if (bool(params.strict_required_status_checks_policy)) p.strict = on(origin)
        break
      }
      case 'required_linear_history':
        p.linearHistory = on(origin)
        break
      case 'non_fast_forward':
        p.forcePushesBlocked = on(origin)
        break
      case 'deletion':
        p.deletionsBlocked = on(origin)
        break
      case 'required_signatures':
        p.signedCommits = on(origin)
        break
      case 'merge_queue':
        p.mergeQueue = on(origin)
        break
      default:
        break
    }
  }
  return p
}

/** Classic branch protection (GET /repos/{o}/{r}/branches/{b}/protection), as far as it is typed here. */
export interface ClassicProtection {
  required_status_checks?: {
    strict?: boolean
    contexts?: string[]
    checks?: { context: string; app_id: number | null }[]
  } | null
  required_pull_request_reviews?: {
    dismiss_stale_reviews?: boolean
    require_code_owner_reviews?: boolean
    required_approving_review_count?: number
    require_last_push_approval?: boolean
    bypass_pull_request_allowances?: {
      users?: { login: string; id: number }[]
      teams?: { slug: string; id: number }[]
      apps?: { slug?: string; id: number }[]
    }
  } | null
  enforce_admins?: { enabled: boolean } | null
  required_linear_history?: { enabled?: boolean } | null
  allow_force_pushes?: { enabled?: boolean } | null
  allow_deletions?: { enabled?: boolean } | null
  required_conversation_resolution?: { enabled?: boolean } | null
  required_signatures?: { enabled?: boolean } | null
}

export const CLASSIC: Origin = { kind: 'classic', name: 'classic branch protection' }

export function fromClassic(c: ClassicProtection): Protection {
  const p = noProtection()
  const o = CLASSIC
  const rsc = c.required_status_checks
  if (rsc) {
    const byContext = new Map<string, RequiredCheck>()
    for (const ch of rsc.checks ?? []) {
      if (!isObject(ch) || typeof ch.context !== 'string') continue
      byContext.set(ch.context, {
        context: ch.context,
        ...(ch.app_id !== null && ch.app_id !== undefined && ch.app_id > 0
          ? { integrationId: ch.app_id }
          : {}),
        origins: [o]
      })
    }
    for (const ctx of rsc.contexts ?? [])
      if (typeof ctx === 'string' && !byContext.has(ctx))
        byContext.set(ctx, { context: ctx, origins: [o] })
    p.requiredChecks = [...byContext.values()]
    if (rsc.strict === true) p.strict = on(o)
  }
  const rev = c.required_pull_request_reviews
  if (rev) {
    const n = rev.required_approving_review_count ?? 0
    p.minApprovals = { value: n, origins: n > 0 ? [o] : [] }
    if (rev.dismiss_stale_reviews === true) p.dismissStaleReviews = on(o)
    if (rev.require_code_owner_reviews === true) p.codeOwnerReview = on(o)
    if (rev.require_last_push_approval === true) p.lastPushApproval = on(o)
    const allow = rev.bypass_pull_request_allowances
    for (const u of allow?.users ?? [])
      p.bypass.push({ type: 'User', id: u.id, name: u.login, mode: 'pull_request', origins: [o] })
    for (const t of allow?.teams ?? [])
      p.bypass.push({ type: 'Team', id: t.id, name: t.slug, mode: 'pull_request', origins: [o] })
    for (const a of (allow?.apps ?? []).filter(isObject))
      p.bypass.push({
        type: 'Integration',
        id: a.id,
        ...(a.slug ? { name: a.slug } : {}),
        mode: 'pull_request',
        origins: [o]
      })
  }
  // Without "include administrators", repository admins are not held to classic protection.
  if (c.enforce_admins?.enabled !== true)
    p.bypass.push({
      type: 'RepositoryAdmin',
      name: 'repository administrators',
      mode: 'always',
      origins: [o]
    })
  if (c.required_linear_history?.enabled === true) p.linearHistory = on(o)
  if (c.allow_force_pushes?.enabled === false) p.forcePushesBlocked = on(o)
  if (c.allow_deletions?.enabled === false) p.deletionsBlocked = on(o)
  if (c.required_conversation_resolution?.enabled === true) p.conversationResolution = on(o)
  if (c.required_signatures?.enabled === true) p.signedCommits = on(o)
  return p
}

function orFlag(a: Flag, b: Flag): Flag {
  return { value: a.value || b.value, origins: [...a.origins, ...b.origins] }
}

/** Several sources apply at once: every required check, the most approvals, any flag that is on. */
export function combine(...ps: readonly Protection[]): Protection {
  const out = noProtection()
  const checks = new Map<string, RequiredCheck>()
  const bypass = new Map<string, BypassActor>()
  for (const p of ps) {
    for (const c of p.requiredChecks) {
      // Keyed by context and app: two sources pinning one context to two apps need both.
      const key = `${c.context}\u0000${c.integrationId ?? ''}`
      const prev = checks.get(key)
      if (!prev) checks.set(key, { ...c, origins: [...c.origins] })
      else {
        prev.origins.push(...c.origins)
        // Enforced on creation by any source means enforced on creation.
        if (!c.skippedOnCreate) delete prev.skippedOnCreate
      }
    }
    if (p.minApprovals.value > out.minApprovals.value)
      out.minApprovals = { value: p.minApprovals.value, origins: [...p.minApprovals.origins] }
    else if (p.minApprovals.value === out.minApprovals.value && p.minApprovals.value > 0)
      out.minApprovals.origins.push(...p.minApprovals.origins)
    for (const k of FLAG_SETTINGS) out[k] = orFlag(out[k], p[k])
    for (const b of p.bypass) {
      const key = `${b.type}:${b.id ?? ''}`
      const prev = bypass.get(key)
      if (prev) prev.origins.push(...b.origins)
      else bypass.set(key, { ...b, origins: [...b.origins] })
    }
  }
  // "Any app" is subsumed where some source pins the same context to an app.
  const anyApp = (ctx: string): RequiredCheck | undefined => checks.get(`${ctx}\u0000`)
  const pinned = new Set(
    [...checks.values()].filter((c) => c.integrationId !== undefined).map((c) => c.context)
  )
  out.requiredChecks = [...checks.values()]
    .filter((c) => c.integrationId !== undefined || !pinned.has(c.context))
    .map((c) =>
      c.integrationId !== undefined && anyApp(c.context)
        ? { ...c, origins: [...c.origins, ...(anyApp(c.context)?.origins ?? [])] }
        : c
    )
    .sort((a, b) =>
      a.context < b.context
        ? -1
        : a.context > b.context
          ? 1
          : (a.integrationId ?? 0) - (b.integrationId ?? 0)
    )
  out.bypass = [...bypass.values()].sort((a, b) =>
    `${a.type}:${a.id ?? ''}`.localeCompare(`${b.type}:${b.id ?? ''}`, 'en')
  )
  return out
}

export const FLAG_SETTINGS: readonly FlagSetting[] = [
  'strict',
  'dismissStaleReviews',
  'codeOwnerReview',
  'lastPushApproval',
  'conversationResolution',
  'linearHistory',
  'forcePushesBlocked',
  'deletionsBlocked',
  'signedCommits',
  'mergeQueue'
]

/**
 * Bypass actor types GitHub identifies by their type alone: for `OrganizationAdmin` it ignores
 * `actor_id` (it may read back as 1 or null), and a `DeployKey` actor has none (REST API
 * "Repository rulesets": `bypass_actors[].actor_id`). Such actors are matched on their type.
 */
export function typeOnlyActor(type: string): boolean {
  return type === 'OrganizationAdmin' || type === 'DeployKey'
}

/** "ruleset 'main' (#42, organisation acme)" or "classic branch protection". */
export function describeOrigin(o: Origin): string {
  if (o.kind === 'classic') return 'classic branch protection'
  const src = o.sourceType === 'Organization' ? `, organisation ${o.source ?? ''}` : ''
  const mode = o.enforcement && o.enforcement !== 'active' ? `, ${o.enforcement}` : ''
  return `ruleset ${o.name ? `'${o.name}' ` : ''}(#${o.id ?? '?'}${src}${mode})`
}
