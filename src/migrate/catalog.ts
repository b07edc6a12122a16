/**
 * What `gonogo migrate` knows about the older governance scripts (the Python `tooling/*.py` of
 * the project gonogo replaces), written down once as data.
 *
 * Sources, in the public repository gfernandf/agent-skills:
 * - `tooling/generate_release_readiness_gate.py` (the older gate): which report each of its
 *   checks reads, each check's severity, its `job_result:<job>` checks and its internal checks;
 * - `docs/PRODUCTION_READINESS.md` (the Production Readiness Playbook): §2.2 the required
 *   governance artifacts, §2.3 the executive summaries, §2.4 the one control that may be
 *   `unverified` (`github_branch_protection_report`, with the runbook
 *   `docs/GITHUB_RULESET_RUNBOOK.md`), §2.1 the required CI jobs, §7 the related runbooks;
 * - `.github/workflows/smoke.yml` (job `release_readiness_gate`) and
 *   `.github/workflows/deployment-promote.yml`: how the gate's profile was chosen.
 */
import type { Severity } from '../core/status.js'

/** One check of the older gate: its `check_id` and the severity it failed with. */
export interface GateCheck {
  id: string
  severity: Severity
}

/** A report the older scripts write, as the Playbook and the older gate know it. */
export interface KnownReport {
  /** File name in the artifacts folder (`artifacts/<file>` in the older workflows). */
  file: string
  /** The script that writes it. */
  script: string
  /** Where the Playbook requires it (`§2.2 item 1`, …); absent when only the older gate reads it. */
  playbook?: string
  /** What the Playbook asks of it. */
  requirement?: string
  /** The older gate's checks that read this file (empty when the gate does not read it). */
  gateChecks: readonly GateCheck[]
  /** A runbook the Playbook names for this control (§2.4, §7), used when the file exists. */
  runbook?: string
  /** Playbook §2.4: the only control that may stay `unverified`, with manual evidence. */
  allowUnverified?: boolean
}

const high = (id: string): GateCheck => ({ id, severity: 'high' })

/** The Playbook itself: a fallback runbook for every control it names. */
export const PLAYBOOK_PATH = 'docs/PRODUCTION_READINESS.md'

/** Playbook §2.4 item 2: the manual verification runbook for branch protection. */
export const RULESET_RUNBOOK = 'docs/GITHUB_RULESET_RUNBOOK.md'

/**
 * Where the manual verification of branch protection is recorded (Playbook §2.4 items 2–3); the
 * same path the corpus cases use. The team creates it after each manual check.
 */
export const BRANCH_PROTECTION_EVIDENCE = 'evidence/github-ruleset-manual-verification.md'

/**
 * Every report migrate makes a control for without finding it: the Playbook's (§2.2, §2.3, §2.4),
 * in the Playbook's order; then the ones only the older gate reads, in the gate's order. Severities
 * are those of the gate's checks (all `high`; the two that the gate could lower to `medium`,
 * the trend reports and the runtime summary, did so only through profile settings that
 * migrate reports as not mapped).
 */
export const KNOWN_REPORTS: readonly KnownReport[] = [
  {
    file: 'policy_bundle_lifecycle_report.json',
    script: 'tooling/verify_policy_bundle_lifecycle.py',
    playbook: '§2.2 item 1',
    requirement: 'status = passed',
    gateChecks: [
      high('policy_bundle_lifecycle_report_present'),
      high('policy_bundle_lifecycle_status_passed')
    ],
    runbook: 'docs/OPA_POLICY_BUNDLE_LIFECYCLE.md'
  },
  {
    file: 'policy_gate_freshness_report.json',
    script: 'tooling/verify_policy_gate_freshness.py',
    playbook: '§2.2 item 2',
    requirement: 'status = passed',
    gateChecks: []
  },
  {
    file: 'branch_protection_policy_report.json',
    script: 'tooling/verify_branch_protection_policy.py',
    playbook: '§2.2 item 3',
    requirement: 'status = passed',
    gateChecks: [],
    runbook: 'docs/BRANCH_PROTECTION_POLICY.md'
  },
  {
    file: 'required_status_checks_consistency_report.json',
    script: 'tooling/verify_required_status_checks_consistency.py',
    playbook: '§2.2 item 4',
    requirement: 'status = passed',
    gateChecks: [],
    runbook: 'docs/BRANCH_PROTECTION_POLICY.md'
  },
  {
    file: 'workflow_embedded_python_report.json',
    script: 'tooling/verify_workflow_embedded_python.py',
    playbook: '§2.2 item 5',
    requirement: 'status = passed',
    gateChecks: []
  },
  {
    file: 'policy_promotion_readiness_report.json',
    script: 'tooling/generate_policy_promotion_readiness.py',
    playbook: '§2.2 item 6',
    requirement: 'status = passed',
    gateChecks: [
      high('promotion_readiness_report_present'),
      high('promotion_readiness_status_passed')
    ]
  },
  {
    file: 'policy_promotion_readiness_verify_report.json',
    script: 'tooling/verify_policy_promotion_readiness.py',
    playbook: '§2.2 item 7',
    requirement: 'status = passed',
    gateChecks: [high('promotion_verify_report_present'), high('promotion_verify_status_passed')]
  },
  {
    file: 'governance_executive_summary.json',
    script: 'tooling/generate_governance_executive_summary.py',
    playbook: '§2.3 item 1',
    requirement: 'present; consolidated status passed',
    gateChecks: [],
    // §2.3 with §2.4: unverified only when branch protection is its one unverified input; the
    // reader refuses acceptance for any other unverified input (legacy-report.ts).
    allowUnverified: true
  },
  {
    file: 'runtime_governance_executive_summary.json',
    script: 'tooling/generate_governance_executive_summary.py',
    playbook: '§2.3 item 2',
    requirement: 'present; consolidated status passed',
    gateChecks: [high('runtime_exec_summary_present'), high('runtime_exec_summary_not_failed')]
  },
  {
    file: 'github_branch_protection_report.json',
    script: 'tooling/verify_github_branch_protection.py',
    playbook: '§2.4',
    requirement: 'passed; unverified only with manual UI verification evidence',
    gateChecks: [],
    runbook: RULESET_RUNBOOK,
    allowUnverified: true
  },
  {
    file: 'smoke_report.json',
    script: 'tooling/verify_smoke_capabilities.py',
    gateChecks: [high('smoke_report_present'), high('smoke_report_failed_zero')]
  },
  {
    file: 'runtime_coverage.json',
    script: 'tooling/compute_runtime_coverage.py',
    gateChecks: [high('runtime_coverage_report_present'), high('runtime_coverage_ratio')]
  },
  {
    file: 'skill_executability.json',
    script: 'tooling/compute_skill_executability.py',
    gateChecks: [high('skill_executability_report_present'), high('skill_executability_ratio')]
  },
  {
    file: 'durability_advanced_report.json',
    script: 'tooling/verify_durability_advanced.py',
    gateChecks: [
      high('durability_advanced_report_present'),
      high('durability_advanced_status_passed')
    ]
  },
  {
    file: 'dx_metrics_slo_report.json',
    script: 'tooling/evaluate_dx_metrics.py',
    gateChecks: [high('dx_slo_report_present'), high('dx_slo_status_pass')]
  },
  {
    file: 'critical_ci_trend_slo_report.json',
    script: 'tooling/evaluate_critical_ci_trend.py',
    gateChecks: [high('trend_slo_report_present'), high('trend_slo_status')]
  },
  {
    file: 'critical_ci_trend_report.json',
    script: 'tooling/report_critical_ci_trend.py',
    gateChecks: [high('trend_report_present'), high('trend_report_status')]
  }
]

/** The older gate's own report: what gonogo replaces, never a control of the migrated policy. */
export const GATE_REPORT_CONTRACT = 'release_readiness_gate_v1'

/** Checks of the older gate about itself, with what gonogo does instead. */
export const GATE_INTERNAL_CHECKS: Readonly<Record<string, string>> = {
  policy_load: 'gonogo refuses a malformed policy file with exit 2',
  exceptions_file_load: 'waivers live in the policy file, refused with exit 2 when malformed',
  exceptions_entry_issue:
    'a malformed waiver is refused with exit 2, an expired one is a high blocker',
  needs_json_parse: 'gonogo does not read the workflow needs context'
}

/** The prefix of the older gate's per-job checks (`job_result:smoke`, …), read from `needs`. */
export const JOB_CHECK_PREFIX = 'job_result:'

/** The jobs the older gate required to have succeeded (its `job_result:<job>` checks). */
export const GATE_REQUIRED_JOBS: readonly string[] = [
  'pin_drift_guard',
  'smoke',
  'contracts',
  'registry_consistency',
  'openapi_verification',
  'runtime_canary',
  'dx_metrics',
  'ci_stability_trend'
]

/** Playbook §2.1: the CI jobs that must pass. */
export const PLAYBOOK_REQUIRED_JOBS: readonly string[] = [
  'policy-bundle-governance',
  'runtime_canary',
  'dx_metrics',
  'ci_stability_trend'
]

/**
 * How the older workflow chose the gate's profile (`.github/workflows/smoke.yml`, job
 * `release_readiness_gate`, `RELEASE_GATE_STRICT_MODE`): `strict` on a push to main or master,
 * `transitional` for the other events that workflow runs on.
 */
export const STRICT_PUSH_BRANCHES: readonly string[] = ['main', 'master']
export const TRANSITIONAL_EVENTS: readonly string[] = [
  'pull_request',
  'schedule',
  'workflow_dispatch'
]

/** The older gate's defaults for a profile without limits (`_load_policy`'s `default_policy`). */
export const GATE_DEFAULT_LIMITS = { max_high_failures: 0, max_medium_failures: 0 } as const

/** Where GitHub looks for CODEOWNERS, in its order (the first one found is used). */
export const CODEOWNERS_PATHS: readonly string[] = [
  '.github/CODEOWNERS',
  'CODEOWNERS',
  'docs/CODEOWNERS'
]

const CONTROL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/

/**
 * The control id for a report file: the kebab-case of its kind, i.e. the file name without
 * `.json` and without a trailing `_report` (`policy_bundle_lifecycle_report.json` →
 * `policy-bundle-lifecycle`, `governance_executive_summary.json` → `governance-executive-summary`),
 * the ids the corpus cases use. Undefined when nothing usable is left.
 */
export function controlIdFor(file: string): string | undefined {
  return kebabId(file.replace(/\.json$/i, '').replace(/[_-]report$/i, ''))
}

/** `Some_Name.v2` → `some-name-v2`, cut to gonogo's 64 characters; undefined when empty. */
export function kebabId(stem: string): string | undefined {
  const id = stem
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '')
  return CONTROL_ID.test(id) ? id : undefined
}

/** The known report a gate check reads, or undefined for a check that reads no report. */
export function reportOfGateCheck(checkId: string): KnownReport | undefined {
  return KNOWN_REPORTS.find((r) => r.gateChecks.some((c) => c.id === checkId))
}

/** The known report with this file name, if any. */
export function knownReport(file: string): KnownReport | undefined {
  return KNOWN_REPORTS.find((r) => r.file === file)
}
