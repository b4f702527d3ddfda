import { ensureRunParallel, RUN_PARALLEL_VERSION, stressOptions } from '../stress/run-parallel.js'
import type { ModePlugin } from './mode-plugin.js'
import { plainSession } from './plain-mode.js'

/**
 * The stress modes (standard-stress, freethreaded-stress): every test in several threads at once
 * through pytest-run-parallel, installed into the build's venv unless the project brings it.
 */
export const stressMode: ModePlugin = {
  async start({ inputs }) {
    return {
      ...plainSession,
      installExtras: [
        { name: `pytest-run-parallel ${RUN_PARALLEL_VERSION}`, for: 'the stress modes', ensure: ensureRunParallel },
      ],
      legHooks: () => ({
        segment: () => ({ env: {}, addopts: [stressOptions(inputs.stress)] }),
        results: async () => ({ stress: inputs.stress }),
      }),
    }
  },
}
