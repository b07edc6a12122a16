import {
  DEPLOYMENTS_READ_PERMISSION,
  DEPLOYMENTS_READ_UNLOCK,
  type PromotionHistory,
  type PromotionHistoryAnswer,
  type PromotionSource
} from '../../core/facts-runtime.js'
import type { RollbackDrillSettings } from './settings.js'

/** What rollback-drill read: the store it chose and each environment's answer, in order. */
export interface DrillFacts {
  source: PromotionSource
  /** The state folder (for messages about the local source). */
  state: string
  environments: { environment: string; answer: PromotionHistoryAnswer }[]
}

/**
 * The store to read: the setting, or with `auto` the deployments when this gate can read them
 * (it has a token), else the CLI's state folder.
 */
export function chooseSource(
  promotions: PromotionHistory,
  store: RollbackDrillSettings['store']
): PromotionSource {
  if (store !== 'auto') return store
  return promotions.sources.includes('deployments') ? 'deployments' : 'local'
}

/**
 * Reads each environment's promotion history from the chosen store. Never throws: a store this
 * gate cannot read (deployments without a token) or a read that fails is an `ok: false` answer
 * naming the permission that would let it be read.
 */
export async function gatherDrills(
  promotions: PromotionHistory,
  settings: RollbackDrillSettings
): Promise<DrillFacts> {
  const source = chooseSource(promotions, settings.store)
  const environments: DrillFacts['environments'] = []
  for (const environment of settings.environments) {
    if (!promotions.sources.includes(source)) {
      environments.push({
        environment,
        answer: {
          ok: false,
          source,
          describe: source === 'local' ? settings.state : 'deployments',
          reason:
            source === 'deployments'
              ? 'no GitHub token, so the deployments could not be read'
              : 'this gate cannot read the state folder',
          unlock:
            source === 'deployments'
              ? `${DEPLOYMENTS_READ_UNLOCK}; locally, set GITHUB_TOKEN and GITHUB_REPOSITORY`
              : 'run the gate in the repository that holds the state folder',
          ...(source === 'deployments' ? { permission: DEPLOYMENTS_READ_PERMISSION } : {})
        }
      })
      continue
    }
    const answer = await promotions.read(
      source === 'local' ? { source, environment, folder: settings.state } : { source, environment }
    )
    environments.push({ environment, answer })
  }
  return { source, state: settings.state, environments }
}
