import * as core from '@actions/core'
import { ConfigurationError, errorMessage } from '../core/errors.js'
import { mode } from './inputs.js'

/** action-release-bundle: make a bundle (mode: bundle), or promote / roll one back. */
export async function run(): Promise<void> {
  try {
    const m = mode()
    if (m === 'bundle') await (await import('./bundle-step.js')).bundleStep()
    else await (await import('./promote-step.js')).promoteStep(m)
  } catch (e) {
    core.setFailed(
      e instanceof ConfigurationError
        ? e.message
        : `gonogo release-bundle failed unexpectedly: ${errorMessage(e)}`
    )
  }
}
