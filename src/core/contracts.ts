/** Contract identifiers written into every document gonogo produces. */
export const REPORT_CONTRACT = 'gonogo.report/v1'
export const SUMMARY_CONTRACT = 'gonogo.executive-summary/v1'
/** A full commit id: SHA-1 (40 hex) or SHA-256 (64 hex), lower case as git prints it. */
export const SHA_PATTERN = /^[0-9a-f]{40}([0-9a-f]{24})?$/
/** The gate's executive summary files (also at the root of a bundle). */
export const SUMMARY_JSON = 'executive-summary.json'
export const SUMMARY_MD = 'executive-summary.md'
export const GENERATOR_NAME = 'gonogo'
export const GENERATOR_VERSION = '1.0.0'
/** Hidden marker that identifies gonogo's sticky PR comment. */
export const COMMENT_MARKER_PREFIX = '<!-- gonogo:gate'
export function commentMarker(key: string): string {
  return `${COMMENT_MARKER_PREFIX}:${key} -->`
}
