/**
 * The mapping from the older gate's files to a gonogo policy, and the notes that explain it.
 * Pure: the same input gives the same policy (the time only decides which notes call a waiver
 * expired).
 *
 * | older                                          | gonogo                                                |
 * | ---------------------------------------------- | ----------------------------------------------------- |
 * | `profiles.<p>.max_high_failures` / `_medium_`  | `profiles.<p>.max_high` / `max_medium` (absent → 0)   |
 * | the workflow's `--policy-profile` choice       | `select_profile` (smoke.yml: strict on push to main/master) |
 * | a report the Playbook names or in artifacts/   | `controls[]`: `source: { report }`, gate severity     |
 * | `exceptions[]` `check_id` / `approved_by` / `reason` / `expires_at` | `waivers[]` `control` / `owner` / `reason` / `expires` |
 *
 * Sources: `tooling/generate_release_readiness_gate.py`, `docs/PRODUCTION_READINESS.md` §2,
 * `docs/RELEASE_EXCEPTIONS_POLICY.md`, `.github/workflows/smoke.yml` and
 * `deployment-promote.yml` of gfernandf/agent-skills (see catalog.ts).
 */
import { DAY_MS } from '../core/time.js'
import { normaliseStatusWord } from '../core/status.js'
import type { Control, Policy, Profile, ProfileRule, Waiver } from '../core/policy.js'
import { WAIVER_WARNING_DAYS } from '../core/decision.js'
import {
  BRANCH_PROTECTION_EVIDENCE,
  GATE_DEFAULT_LIMITS,
  GATE_INTERNAL_CHECKS,
  GATE_REQUIRED_JOBS,
  JOB_CHECK_PREFIX,
  KNOWN_REPORTS,
  PLAYBOOK_PATH,
  PLAYBOOK_REQUIRED_JOBS,
  RULESET_RUNBOOK,
  STRICT_PUSH_BRANCHES,
  TRANSITIONAL_EVENTS,
  controlIdFor,
  kebabId,
  knownReport,
  reportOfGateCheck,
  type KnownReport
} from './catalog.js'
import { ownerOf, type CodeOwnersRule } from './codeowners.js'
import type { ArtifactInfo, OlderException, OlderGatePolicy } from './older-files.js'

/** Everything migrate read, already parsed. */
export interface MigrationInput {
  /** Workspace-relative path of `release_gate_policy.json`. */
  policyFile: string
  gatePolicy: OlderGatePolicy
  /** Workspace-relative path of the exceptions file; undefined when there is none. */
  exceptionsFile: string | undefined
  exceptions: readonly OlderException[]
  /** Workspace-relative POSIX folder of the reports (`artifacts`; `` for the root). */
  artifactsDir: string
  /** The JSON files found there, sorted by path; undefined when the folder does not exist. */
  artifacts: readonly ArtifactInfo[] | undefined
  /** Which of `filesToProbe()` exist in the workspace. */
  existingFiles: ReadonlySet<string>
  /** The CODEOWNERS file found, if any. */
  codeOwners: { file: string; rules: readonly CodeOwnersRule[] } | undefined
  /** Epoch milliseconds; decides only which notes call a waiver expired or expiring. */
  now: number
}

/**
 * `unmapped`: something of the older gate with no equivalent here (and what comes nearest);
 * `todo`: something the team must do for the policy to work as intended; `info`: how a
 * choice was made.
 */
export type NoteKind = 'unmapped' | 'todo' | 'info'

export interface MigrationNote {
  kind: NoteKind
  text: string
}

export interface MigrationResult {
  policy: Policy
  notes: MigrationNote[]
}

/** Workspace files whose existence changes the result: runbooks, the Playbook, the evidence. */
export function filesToProbe(): string[] {
  const runbooks = KNOWN_REPORTS.flatMap((r) => (r.runbook ? [r.runbook] : []))
  return [...new Set([...runbooks, PLAYBOOK_PATH, BRANCH_PROTECTION_EVIDENCE])].sort()
}

/**
 * Builds the gonogo policy equivalent to the older gate's files, with the notes on what did not
 * map. Never throws for a valid input: what cannot be carried over becomes a note, and where the
 * older gate was more lenient than gonogo can express, the policy stays strict (fail closed).
 */
export function migrate(input: MigrationInput): MigrationResult {
  const notes: MigrationNote[] = []
  const note = (kind: NoteKind, text: string): void => {
    notes.push({ kind, text })
  }
  const { profiles, rules } = mapProfiles(input, note)
  const mappedExceptions = mapExceptions(input, note)
  const controls = mapControls(input, mappedExceptions, note)
  const waivers = dedupe(mappedExceptions.flatMap((m) => (m.waiver ? [m.waiver] : [])))
  const policy: Policy = {
    version: 1,
    profiles,
    select_profile: rules,
    controls,
    ...(waivers.length > 0 ? { waivers } : {})
  }
  return { policy, notes }
}

type Note = (kind: NoteKind, text: string) => void

function mapProfiles(
  input: MigrationInput,
  note: Note
): { profiles: Record<string, Profile>; rules: ProfileRule[] } {
  const file = input.policyFile
  const profiles: Record<string, Profile> = {}
  for (const p of input.gatePolicy.profiles) {
    const absent = [
      p.maxHigh === undefined ? 'max_high_failures' : undefined,
      p.maxMedium === undefined ? 'max_medium_failures' : undefined
    ].filter((x) => x !== undefined)
    if (absent.length > 0)
      note(
        'info',
        `profile ${p.name}: ${absent.join(' and ')} not set; 0, the older gate's default, is used`
      )
    profiles[p.name] = {
      max_high: p.maxHigh ?? GATE_DEFAULT_LIMITS.max_high_failures,
      max_medium: p.maxMedium ?? GATE_DEFAULT_LIMITS.max_medium_failures,
      description: cap(`From ${file}, profile ${p.name}`)
    }
  }
  note(
    'info',
    'max_high_failures → max_high, max_medium_failures → max_medium. The older gate counted failed checks, gonogo counts failed controls; a report failed at most one of its two gate checks (present, status), so for a report both judge the counts agree (gonogo also counts the Playbook reports the older gate did not read, and not job results)'
  )
  if (!Object.hasOwn(profiles, 'strict')) {
    profiles.strict = {
      max_high: GATE_DEFAULT_LIMITS.max_high_failures,
      max_medium: GATE_DEFAULT_LIMITS.max_medium_failures,
      description: "The older gate's default limits (no strict profile declared)"
    }
    note(
      'unmapped',
      `${file} has no strict profile, which the older workflow chose on a push to main or master (the older gate then failed policy_load: no-go on every such push); added strict with the older gate's defaults (max_high 0, max_medium 0)`
    )
  }
  const transitional = Object.hasOwn(profiles, 'transitional') ? 'transitional' : 'strict'
  if (transitional !== 'transitional')
    note(
      'unmapped',
      `${file} has no transitional profile, which the older workflow chose for ${TRANSITIONAL_EVENTS.join(', ')} (the older gate then failed policy_load); those events use strict`
    )
  const rules: ProfileRule[] = [
    ...STRICT_PUSH_BRANCHES.map((branch) => ({ event: 'push', branch, profile: 'strict' })),
    ...TRANSITIONAL_EVENTS.map((event) => ({ event, profile: transitional })),
    { profile: 'strict' }
  ]
  note(
    'info',
    `select_profile follows .github/workflows/smoke.yml (job release_readiness_gate): strict on a push to ${STRICT_PUSH_BRANCHES.join(' or ')}, transitional on ${TRANSITIONAL_EVENTS.join(', ')}. A guess: every other case (local runs, event "local"; events that workflow never gated) uses strict, the older script's own default (--policy-profile strict), so nothing unforeseen runs with looser limits. Edit the rules if your workflows differed`
  )
  if (Object.hasOwn(profiles, 'promotion'))
    note(
      'todo',
      'profile promotion: .github/workflows/deployment-promote.yml ran the older gate with --policy-profile promotion, on workflow_dispatch like smoke.yml, so no select_profile rule can tell them apart; in that workflow pass it explicitly: gonogo gate --profile promotion, or the action input profile: promotion'
    )
  for (const p of input.gatePolicy.profiles)
    if (!['strict', 'transitional', 'promotion'].includes(p.name))
      note(
        'info',
        `profile ${p.name} is carried over but no rule selects it; choose it with --profile ${p.name} (or the action input profile)`
      )
  for (const key of input.gatePolicy.unknownKeys)
    note('unmapped', `${file}: top-level key "${key}" is unknown to migrate; not carried over`)
  for (const text of settingNotes(input)) note('unmapped', text)
  note(
    'unmapped',
    `job_result:<job> checks (${GATE_REQUIRED_JOBS.join(', ')}) and Playbook §2.1's jobs (${PLAYBOOK_REQUIRED_JOBS.join(', ')}): the older gate read each job's result from the workflow's needs context; gonogo does not. Equivalent: branch rules — make those jobs required status checks (branches.<branch>.required_checks in this file, verified by action-ruleset-verify; docs/required_status_checks.json may list yours) and keep them in the gate job's needs: so it runs after them`
  )
  note(
    'info',
    `the older gate's checks about itself have no control: ${Object.entries(GATE_INTERNAL_CHECKS)
      .map(([id, instead]) => `${id} (${instead})`)
      .join(', ')}`
  )
  return { profiles, rules }
}

/** The words the older scripts write in status / slo_status (see the shared corpus README). */
const SCRIPT_WORDS = ['pass', 'passed', 'breach', 'failed', 'unverified']

/** Explanations for the profile settings gonogo has no place for, one per setting. */
function settingNotes(input: MigrationInput): string[] {
  const byKey = new Map<string, { profile: string; value: unknown }[]>()
  for (const p of input.gatePolicy.profiles)
    for (const [key, value] of Object.entries(p.settings)) {
      const list = byKey.get(key) ?? []
      list.push({ profile: p.name, value })
      byKey.set(key, list)
    }
  const out: string[] = []
  const keys = [...byKey.keys()].sort()
  for (const key of keys) {
    const entries = byKey.get(key) ?? []
    const where = grouped(entries)
    switch (key) {
      case 'allow_trend_unverified': {
        const on = entries.filter((e) => e.value === true).map((e) => e.profile)
        if (on.length > 0)
          out.push(
            `allow_trend_unverified (true in ${on.join(', ')}): the older gate let an unverified critical_ci_trend_report.json or critical_ci_trend_slo_report.json pass in those profiles. gonogo has no per-profile allowance and lets only github-branch-protection stay unverified (Playbook §2.4), so an unverified trend report is a high failure in every profile. Nearest: a time-boxed waiver on critical-ci-trend / critical-ci-trend-slo (high → medium, conditional-go where max_medium allows)`
          )
        break
      }
      case 'allow_missing_runtime_executive_summary': {
        const on = entries.filter((e) => e.value === true).map((e) => e.profile)
        if (on.length > 0)
          out.push(
            `allow_missing_runtime_executive_summary (true in ${on.join(', ')}): the older gate passed a missing runtime_governance_executive_summary.json in those profiles. gonogo counts a missing report as failed (Playbook §2.3 requires it) in every profile. Nearest: a waiver on runtime-governance-executive-summary`
          )
        break
      }
      case 'durability_advanced_min_expected_scenarios':
      case 'durability_advanced_min_expected_tests':
        out.push(
          `${key} (${where}): a minimum number of ${key.endsWith('tests') ? 'tests' : 'scenarios'} in durability_advanced_report.json. gonogo judges a report by its verdict, not against a count; have tooling/verify_durability_advanced.py fail its report below the minimum`
        )
        break
      case 'dx_allowed_slo_statuses':
      case 'trend_allowed_slo_statuses': {
        const report =
          key === 'dx_allowed_slo_statuses'
            ? { file: 'dx_metrics_slo_report.json', control: 'dx-metrics-slo' }
            : { file: 'critical_ci_trend_slo_report.json', control: 'critical-ci-trend-slo' }
        const verdicts = distinct(entries).map(({ value, profiles }) => {
          const d = wordDifference(value as string[])
          const same = d.olderOnly.length === 0 && d.gonogoOnly.length === 0
          return `${JSON.stringify(value)} (${profiles.join(', ')}): ${
            same
              ? 'same verdicts for the words the older scripts write'
              : [
                  d.olderOnly.length > 0
                    ? `${d.olderOnly.map((w) => `"${w}"`).join(', ')} passed in the older gate but not here (a waiver on ${report.control} comes nearest)`
                    : '',
                  d.gonogoOnly.length > 0
                    ? `${d.gonogoOnly.map((w) => `"${w}"`).join(', ')} failed in the older gate but passes here`
                    : ''
                ]
                  .filter(Boolean)
                  .join('; ')
          }`
        })
        out.push(
          `${key}: the slo_status words that passed ${report.file}. gonogo reads status words one way in every profile (pass, passed pass; breach, failed fail; unverified is unverified). ${verdicts.join('. ')}`
        )
        break
      }
      case 'required_jobs':
        out.push(
          `required_jobs (${where}): jobs whose result had to be success. gonogo does not read job results; see job_result below: list them under branches.<branch>.required_checks and in the gate job's needs:`
        )
        break
      default:
        out.push(`${key} (${where}): unknown to migrate; not carried over`)
    }
  }
  return out
}

/** The script words whose verdict differs between an allowed-words list and gonogo's reading. */
function wordDifference(list: readonly string[]): { olderOnly: string[]; gonogoOnly: string[] } {
  const allowed = new Set(list.map((w) => w.trim().toLowerCase()))
  const passesHere = (w: string): boolean => normaliseStatusWord(w) === 'passed'
  const olderOnly = [...allowed].filter((w) => !passesHere(w)).sort()
  const gonogoOnly = SCRIPT_WORDS.filter((w) => passesHere(w) && !allowed.has(w))
  return { olderOnly, gonogoOnly }
}

/** `3 in strict, transitional; 4 in promotion`. */
function grouped(entries: readonly { profile: string; value: unknown }[]): string {
  return distinct(entries)
    .map((d) => `${JSON.stringify(d.value)} in ${d.profiles.join(', ')}`)
    .join('; ')
}

function distinct(
  entries: readonly { profile: string; value: unknown }[]
): { value: unknown; profiles: string[] }[] {
  const out: { value: unknown; key: string; profiles: string[] }[] = []
  for (const e of entries) {
    const key = JSON.stringify(e.value)
    const found = out.find((o) => o.key === key)
    if (found) found.profiles.push(e.profile)
    else out.push({ value: e.value, key, profiles: [e.profile] })
  }
  return out.map(({ value, profiles }) => ({ value, profiles }))
}

interface MappedException {
  exception: OlderException
  report?: KnownReport
  waiver?: Waiver
}

/** `exceptions[]` → waivers on the control of the report each check reads. */
function mapExceptions(input: MigrationInput, note: Note): MappedException[] {
  const file = input.exceptionsFile
  if (file === undefined) {
    note('info', 'no exceptions file: no waivers')
    return []
  }
  const widened: string[] = []
  const out = input.exceptions.map((e): MappedException => {
    const at = `${file} exceptions[${e.index}] (${e.checkId}, approved by ${e.approvedBy})`
    if (e.checkId.startsWith(JOB_CHECK_PREFIX)) {
      note(
        'unmapped',
        `${at}: gonogo does not check job results, so there is nothing to waive; not carried over (see job_result above)`
      )
      return { exception: e }
    }
    if (Object.hasOwn(GATE_INTERNAL_CHECKS, e.checkId)) {
      note('unmapped', `${at}: a check of the older gate about itself; not carried over`)
      return { exception: e }
    }
    const report = reportOfGateCheck(e.checkId)
    const control = report ? controlIdFor(report.file) : undefined
    if (!report || control === undefined) {
      note(
        'unmapped',
        `${at}: no check of the older gate has this id, so it waived nothing; not carried over`
      )
      return { exception: e }
    }
    widened.push(`${e.checkId} → ${control}`)
    if (e.expiryChange)
      note('info', `${at}: expires_at ${e.expiresAt} → ${e.expires} (${e.expiryChange})`)
    if (e.unknownKeys.length > 0)
      note(
        'unmapped',
        `${at}: ${e.unknownKeys.join(', ')} not carried over (a waiver has control, owner, reason, expires, mitigation, link)`
      )
    if (e.expiresMs <= input.now)
      note(
        'todo',
        `${at}: expired at ${e.expires}; kept as a waiver on ${control}. gonogo blocks on an expired waiver (a high blocker: no-go) until you renew its expires or remove it; the older gate ignored it (and failed exceptions_entry_issue, medium)`
      )
    else if (e.expiresMs - input.now <= WAIVER_WARNING_DAYS * DAY_MS)
      note('info', `${at}: expires at ${e.expires}, within ${WAIVER_WARNING_DAYS} days`)
    return {
      exception: e,
      report,
      waiver: { control, owner: e.approvedBy, reason: e.reason, expires: e.expires }
    }
  })
  if (widened.length > 0)
    note(
      'info',
      `an older exception lowered one check from high to medium; a gonogo waiver does the same for its whole control, a missing or unreadable report included: ${[...new Set(widened)].join(', ')}`
    )
  return out
}

interface Planned {
  id: string
  file: string
  known?: KnownReport
  artifact?: ArtifactInfo
}

/** One control per report the Playbook names, per older report in artifacts/, per waived report. */
function mapControls(
  input: MigrationInput,
  exceptions: readonly MappedException[],
  note: Note
): Control[] {
  const dir = input.artifactsDir
  const shown = dir === '' ? 'the workspace root' : `${dir}/`
  // By file name; the first in path order when several folders hold one (the others are noted).
  const found = new Map<string, ArtifactInfo>()
  for (const a of input.artifacts ?? []) {
    const seen = found.get(a.name)
    if (!seen) found.set(a.name, a)
    else
      note(
        'unmapped',
        `${a.path}: another ${a.name} is read (${seen.path}); keep one copy of each report in ${shown}`
      )
  }
  const waived = new Set(exceptions.flatMap((m) => (m.report ? [m.report.file] : [])))
  const planned: Planned[] = []
  const taken = new Set<string>()
  const missingPlaybook: string[] = []
  const gateOnlyAbsent: string[] = []
  for (const known of KNOWN_REPORTS) {
    const artifact = found.get(known.file)
    const present = artifact !== undefined
    if (!known.playbook && !present && !waived.has(known.file)) {
      gateOnlyAbsent.push(`${known.file} (${known.gateChecks.map((c) => c.id).join(', ')})`)
      continue
    }
    if (known.playbook && !present) missingPlaybook.push(known.file)
    const id = controlIdFor(known.file) as string
    taken.add(id)
    planned.push({ id, file: known.file, known, ...(artifact ? { artifact } : {}) })
  }
  const extras: string[] = []
  for (const a of found.values()) {
    if (knownReport(a.name)) continue
    if (a.kind !== 'older-report') {
      note('info', `${a.path}: no control (${a.why ?? a.kind})`)
      continue
    }
    const id = uniqueId(a.name, taken)
    if (id === undefined) {
      note('unmapped', `${a.path}: no usable control id can be made from its name; rename the file`)
      continue
    }
    taken.add(id)
    planned.push({ id, file: a.name, artifact: a })
    extras.push(id)
  }

  if (input.artifacts === undefined)
    note(
      'info',
      `${shown} does not exist: controls only for the reports the Playbook names${waived.size > 0 ? ' and the waived ones' : ''}`
    )
  if (missingPlaybook.length > 0 && input.artifacts !== undefined)
    note(
      'info',
      `not in ${shown} yet, controls all the same (the Playbook requires them; the gate counts a missing report as failed): ${missingPlaybook.join(', ')}`
    )
  if (gateOnlyAbsent.length > 0)
    note(
      'unmapped',
      `the older gate also required ${gateOnlyAbsent.join('; ')}; not in ${shown}, so no control: add one (source: { report: ${join(dir, '<file>')} }) if your pipeline writes it`
    )
  if (extras.length > 0)
    note(
      'info',
      `controls for older reports found in ${shown} that neither the Playbook nor the older gate requires: ${extras.join(', ')}; remove any you do not want to gate on`
    )

  const controls = planned.map((p) => control(input, p))
  const bp = planned.find((p) => p.known?.allowUnverified && /branch_protection/.test(p.file))
  if (bp) {
    const has = input.existingFiles.has(BRANCH_PROTECTION_EVIDENCE)
    note(
      has ? 'info' : 'todo',
      has
        ? `${bp.id} may be unverified (Playbook §2.4) with the evidence in ${BRANCH_PROTECTION_EVIDENCE}, which exists: keep it current for each release (${RULESET_RUNBOOK})`
        : `${bp.id} may be unverified (Playbook §2.4) only with manual evidence: after the manual check in GitHub's UI following ${RULESET_RUNBOOK}, create ${BRANCH_PROTECTION_EVIDENCE} (what was checked, by whom, when); until it exists an unverified report counts as failed`
    )
    note(
      'info',
      `governance-executive-summary consolidates ${bp.file}: when that report is its only unverified input, the summary may be unverified too (Playbook §2.3 with §2.4), with the same evidence; any other unverified input is refused`
    )
  }
  return controls
}

function control(input: MigrationInput, p: Planned): Control {
  const known = p.known
  // The older gate's severity for this report's checks; high when it had none (or any high).
  const gate = known?.gateChecks ?? []
  const severity = gate.length > 0 && gate.every((c) => c.severity === 'medium') ? 'medium' : 'high'
  const ownerPath = known?.script ?? p.artifact?.path ?? join(input.artifactsDir, p.file)
  const owner = input.codeOwners ? ownerOf(input.codeOwners.rules, ownerPath) : undefined
  const runbook = [known?.runbook, known?.playbook ? PLAYBOOK_PATH : undefined].find(
    (r) => r !== undefined && input.existingFiles.has(r)
  )
  return {
    id: p.id,
    description: cap(describe(p, input.artifactsDir)),
    // A report found in a subfolder (one per downloaded artifact) is read wherever it lands.
    source: {
      report:
        p.artifact && p.artifact.path !== join(input.artifactsDir, p.file)
          ? join(input.artifactsDir, `**/${p.file}`)
          : join(input.artifactsDir, p.file)
    },
    severity,
    ...(owner !== undefined ? { owner } : {}),
    ...(runbook !== undefined ? { runbook } : {}),
    ...(known?.allowUnverified
      ? { allow_unverified: { evidence: BRANCH_PROTECTION_EVIDENCE } }
      : {})
  }
}

function describe(p: Planned, dir: string): string {
  const known = p.known
  if (!known) {
    const contract = p.artifact?.contract
    return `Older-script report${contract ? ` (${contract})` : ''} found in ${dir === '' ? 'the workspace root' : `${dir}/`}.`
  }
  const parts = [
    known.playbook ? `Playbook ${known.playbook}: ${known.requirement ?? 'required'}.` : '',
    `Written by ${known.script}.`,
    known.gateChecks.length > 0
      ? `The older gate checked ${known.gateChecks.map((c) => c.id).join(', ')} (${known.gateChecks[0]?.severity ?? 'high'}).`
      : ''
  ]
  return parts.filter(Boolean).join(' ')
}

/**
 * The control id for an unknown report's file, unique among `taken`: the kind's kebab-case, else
 * the whole file name's (`foo_report.json` → `foo-report` when `foo` is taken), else numbered.
 */
function uniqueId(name: string, taken: ReadonlySet<string>): string | undefined {
  const base = controlIdFor(name)
  if (base === undefined) return undefined
  const whole = kebabId(name.replace(/\.json$/i, '')) ?? base
  for (const candidate of [base, whole]) if (!taken.has(candidate)) return candidate
  for (let i = 2; i < 1000; i++) {
    const c = `${base.slice(0, 60)}-${i}`
    if (!taken.has(c)) return c
  }
  return undefined
}

/** gonogo's schema allows 500 characters in a description (a long folder name could pass it). */
function cap(text: string): string {
  return text.length <= 500 ? text : `${text.slice(0, 499)}…`
}

function join(dir: string, file: string): string {
  return dir === '' ? file : `${dir}/${file}`
}

/** Identical waivers (two exceptions on checks of one report) are written once. */
function dedupe(waivers: readonly Waiver[]): Waiver[] {
  const seen = new Set<string>()
  return waivers.filter((w) => {
    const key = JSON.stringify([w.control, w.owner, w.reason, w.expires])
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
