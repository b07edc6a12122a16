/** SARIF 2.1.0 level words (§3.27.10, §3.50.3) and their order of severity. */

export const LEVELS = ['error', 'warning', 'note', 'none'] as const
export type Level = (typeof LEVELS)[number]

const RANK: Readonly<Record<Level, number>> = { none: 0, note: 1, warning: 2, error: 3 }

/** Whether `a` is more severe than `b`. */
export function moreSevere(a: Level, b: Level): boolean {
  return RANK[a] > RANK[b]
}
