import type { ChainEntry, PromotionRecord } from './promotion.js'

/** What an append came to: recorded (and where), or lost to a promotion that came first. */
export type AppendResult = { ok: true; where: string } | { ok: false; message: string }

/**
 * Where an environment's promotion records live: GitHub deployments, or the CLI's state folder.
 * The promotion logic is the same for both; only this differs (as actions/cache injects its
 * state provider).
 */
export interface PromotionStore {
  /** For messages: "deployments of acme/app", ".gonogo/state". */
  readonly describe: string
  /** The environment's accepted records, oldest first. */
  history(environment: string): Promise<ChainEntry[]>
  /**
   * Appends a sealed record as the environment's next. Of several appends racing for the same
   * place, exactly one succeeds; the others come back `ok: false` saying who won.
   */
  append(record: PromotionRecord): Promise<AppendResult>
  /** Leaves a trace of a refused promotion where people look (GitHub: a failed deployment). */
  refuse(record: PromotionRecord, why: string): Promise<void>
}
