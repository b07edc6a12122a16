import path from 'node:path'
import { parseArgs } from 'node:util'
import { runFromEnv } from '../core/bundle-manifest.js'
import { stableStringify } from '../core/canonical-json.js'
import { ConfigurationError } from '../core/errors.js'
import { ENVIRONMENT_NAME, verifyChain, type PromotionRecord } from '../core/promotion.js'
import { parseEffectiveTime } from '../core/time.js'
import { writeAllOrNothing } from '../io/atomic-write.js'
import { headSha } from '../io/git.js'
import { LocalStateStore } from '../io/local-state.js'
import { loadPolicy } from '../io/policy-file.js'
import { Workspace } from '../io/workspace.js'
import { MAX_REASON, runPromotion, type BundleRef } from '../release-bundle/run-promote.js'
import { SHA_PATTERN } from '../core/contracts.js'

export interface PromoteIo {
  out: (s: string) => void
  env: NodeJS.ProcessEnv
  cwd: string
}

const OPTIONS = {
  environment: { type: 'string' },
  bundle: { type: 'string' },
  reason: { type: 'string' },
  state: { type: 'string', default: '.gonogo/state' },
  output: { type: 'string', default: 'gonogo-reports' },
  config: { type: 'string', default: '.github/gonogo.yml' },
  workspace: { type: 'string' },
  'effective-time': { type: 'string' },
  'signing-key-env': { type: 'string' },
  'allow-unverified-reviewers': { type: 'boolean', default: false },
  'allow-unreplayable': { type: 'boolean', default: false },
  json: { type: 'boolean', default: false }
} as const

function environmentOf(v: string | undefined): string {
  if (!v) throw new ConfigurationError('--environment NAME is required')
  if (!ENVIRONMENT_NAME.test(v))
    throw new ConfigurationError(`--environment: '${v}' is not an environment name`)
  return v
}

/** Resolves a workspace-relative path; nothing may leave the workspace, not through a link. */
async function inside(ws: Workspace, p: string, what: string): Promise<string> {
  const abs = await ws.confine(p)
  if (abs === undefined)
    throw new ConfigurationError(`${what}: ${p} is outside the workspace ${ws.root}`)
  return abs
}

/** Record text for a terminal: no control characters from an edited state file. */
function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')
}

/** `gonogo promote` and `gonogo rollback`: exit 0 recorded, 1 refused. */
export async function promoteCommand(
  kind: 'promotion' | 'rollback',
  args: string[],
  io: PromoteIo,
  signingKey: (name: string | undefined) => string | undefined
): Promise<number> {
  const { values } = parseArgs({ args, options: OPTIONS, strict: true })
  const environment = environmentOf(values.environment)
  const reason = values.reason?.trim() ?? ''
  if (reason.length > MAX_REASON)
    throw new ConfigurationError(`--reason is longer than ${MAX_REASON} characters`)
  if (kind === 'rollback' && !reason)
    throw new ConfigurationError('gonogo rollback needs --reason TEXT (it goes into the record)')
  if (kind === 'promotion' && !values.bundle)
    throw new ConfigurationError('gonogo promote needs --bundle PATH (a bundle folder or zip)')
  const ws = await Workspace.open(path.resolve(io.cwd, values.workspace ?? '.'))
  const policy = await loadPolicy(ws, values.config)
  const key = signingKey(values['signing-key-env'])
  const now =
    values['effective-time'] !== undefined
      ? parseEffectiveTime(values['effective-time'])
      : Date.now()
  const stateDir = await inside(ws, values.state, '--state')
  const store = new LocalStateStore(stateDir, ws.relative(stateDir) ?? values.state)
  const given = values.bundle
  const refFor = async (p: string, what: string): Promise<BundleRef> => {
    const abs = await inside(ws, path.relative(ws.root, path.resolve(io.cwd, p)), what)
    return { path: abs, artifact: null, location: ws.relative(abs) ?? null }
  }
  const bundle =
    kind === 'promotion' && given
      ? await refFor(given, '--bundle')
      : (r: PromotionRecord): Promise<BundleRef> => {
          if (given) return refFor(given, '--bundle')
          if (!r.bundle.location)
            return Promise.reject(
              new ConfigurationError(
                `record ${r.sequence} does not say where bundle ${r.bundle.id} was: pass --bundle PATH`
              )
            )
          return refFor(
            path.join(ws.root, r.bundle.location),
            `record ${r.sequence}'s bundle location`
          )
        }
  const sha = io.env.GITHUB_SHA ?? (await headSha(ws.root))
  const r = await runPromotion({
    kind,
    environment,
    ...(reason ? { reason } : {}),
    corridor: policy.environments,
    store,
    bundle,
    ...(key !== undefined ? { signingKey: key } : {}),
    rules: () => Promise.resolve({ kind: 'local' }),
    approvals: () => Promise.resolve({ kind: 'local' }),
    run: runFromEnv(io.env),
    now,
    fallbackSubject: {
      repository: io.env.GITHUB_REPOSITORY ?? '',
      sha: SHA_PATTERN.test(sha) ? sha : '0'.repeat(40)
    },
    allowUnverifiedReviewers: values['allow-unverified-reviewers'],
    allowUnreplayable: values['allow-unreplayable']
  })
  const outDir = await inside(ws, values.output, '--output')
  const name = `promotion-${environment}.json`
  await writeAllOrNothing(outDir, [{ name, content: `${stableStringify(r.report)}\n` }])
  const verb = kind === 'rollback' ? 'rollback' : 'promotion'
  io.out(
    `${verb} to ${environment}: ${r.recorded ? `recorded as #${r.record?.sequence ?? '?'} (${r.where ?? ''})` : 'refused'}\n`
  )
  if (given) io.out(`  bundle: ${given}\n`)
  for (const c of r.report.checks) {
    io.out(`  [${c.status}] ${c.id}: ${c.message}${c.remediation ? ` (${c.remediation})` : ''}\n`)
  }
  io.out(`  report: ${path.join(outDir, name)}\n`)
  return r.recorded ? 0 : 1
}

/** `gonogo history`: the environment's records, and whether its chain is intact (exit 0) or not (1). */
export async function historyCommand(
  args: string[],
  io: PromoteIo,
  signingKey: (name: string | undefined) => string | undefined
): Promise<number> {
  const { values } = parseArgs({ args, options: OPTIONS, strict: true })
  const environment = environmentOf(values.environment)
  const ws = await Workspace.open(path.resolve(io.cwd, values.workspace ?? '.'))
  const stateDir = await inside(ws, values.state, '--state')
  const store = new LocalStateStore(stateDir, ws.relative(stateDir) ?? values.state)
  const chain = verifyChain(
    environment,
    await store.history(environment),
    signingKey(values['signing-key-env'])
  )
  if (values.json) {
    io.out(
      `${stableStringify({
        environment,
        intact: chain.ok,
        ...(chain.broken ? { broken: chain.broken } : {}),
        records: chain.records
      })}\n`
    )
    return chain.ok ? 0 : 1
  }
  io.out(
    `${environment}: ${chain.records.length} record(s), ${chain.ok ? 'chain intact' : 'chain BROKEN'}\n`
  )
  for (const rec of chain.records) {
    const approvals = rec.approvals.map((a) => `${a.user} ${a.state}`).join(', ')
    io.out(
      `${plain(`  #${rec.sequence} ${rec.promoted_at} ${rec.kind} ${rec.bundle.id} ${rec.bundle.decision} ${rec.digest}${rec.reason ? ` reason: ${rec.reason}` : ''}${approvals ? ` approvals: ${approvals}` : ''}`)}\n`
    )
  }
  if (chain.broken)
    io.out(`${plain(`  broken at ${chain.broken.where}: ${chain.broken.message}`)}\n`)
  else if (chain.head)
    io.out(`  current: bundle ${chain.head.bundle.id} (${chain.head.bundle.digest})\n`)
  return chain.ok ? 0 : 1
}
