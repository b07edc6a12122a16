import { GENERATOR_VERSION } from '../../core/contracts.js'
import { RULE_TEXT, type Judged } from './rules.js'
import { RULES } from './settings.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
export const SARIF_TOOL = 'gonogo workflow-lint'

/**
 * The findings as a SARIF 2.1.0 log for code scanning. Pure and deterministic: rules in a fixed
 * order, results in the findings' order, no timestamps. Failed findings are `error` (or `warning`
 * when their rule's severity is warning); findings nobody could check are `note`. A finding in a
 * local reusable workflow or composite action lists its callers as related locations.
 */
export function toSarif(findings: readonly Judged[]): string {
  const rules = RULES.map((id) => ({
    id,
    name: id
      .split('-')
      .map((w) => (w[0] ?? '').toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: { text: RULE_TEXT[id].title },
    fullDescription: { text: RULE_TEXT[id].help },
    help: { text: RULE_TEXT[id].help },
    defaultConfiguration: { level: 'error' }
  }))
  const results = findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: RULES.indexOf(f.rule),
    level: f.level,
    message: { text: `${f.message}. ${f.remediation}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: f.file, uriBaseId: '%SRCROOT%' },
          region: { startLine: Math.max(1, f.line) }
        }
      }
    ],
    ...(f.related && f.related.length > 0
      ? {
          relatedLocations: f.related.map((r, id) => ({
            id,
            physicalLocation: {
              artifactLocation: { uri: r.file, uriBaseId: '%SRCROOT%' },
              region: { startLine: Math.max(1, r.line) }
            },
            message: { text: r.message }
          }))
        }
      : {}),
    partialFingerprints: { 'gonogoFinding/v1': `${f.rule}:${f.file}:${f.line}` }
  }))
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: SARIF_TOOL,
            version: GENERATOR_VERSION,
            rules
          }
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        results
      }
    ]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}
