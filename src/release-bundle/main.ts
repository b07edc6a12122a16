import { setFailed } from '../io/action-output.js'
import { ConfigurationError, errorMessage } from '../core/errors.js'
import { mode } from './inputs.js'
import { apiLimitsFromEnv } from '../github/api-limits.js'

/** action-release-bundle: make a bundle (mode: bundle), or promote / roll one back. */
export async function run(): Promise<void> {
  try {
    const m = mode()
    apiLimitsFromEnv() // a bad api-timeout / api-deadline fails before any work
    if (m === 'bundle') await (await import('./bundle-step.js')).bundleStep()
    else if (m === 'verify') await (await import('./verify-step.js')).verifyStep()
    else await (await import('./promote-step.js')).promoteStep(m)
  } catch (e) {
    setFailed(
      e instanceof ConfigurationError
        ? e.message
        : `gonogo release-bundle failed unexpectedly: ${errorMessage(e)}`
    )
  }
}
