/** Contract identifiers written into every document gonogo produces. */
export const REPORT_CONTRACT = 'gonogo.report/v1'
export const SUMMARY_CONTRACT = 'gonogo.executive-summary/v1'
export const GENERATOR_NAME = 'gonogo'
export const GENERATOR_VERSION = '1.0.0'
/** Hidden marker that identifies gonogo's sticky PR comment. */
export const COMMENT_MARKER_PREFIX = '<!-- gonogo:gate'
export function commentMarker(key: string): string {
  return `${COMMENT_MARKER_PREFIX}:${key} -->`
}
