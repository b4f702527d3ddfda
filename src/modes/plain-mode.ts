import { installedInterpreter } from '../legs/leg-plan.js'
import type { ModePlugin, ModeSession } from './mode-plugin.js'

/** The plain modes (standard, freethreaded, freethreaded-gil): the suite as it is, on the installed build. */
export const plainSession: ModeSession = {
  interpreter: installedInterpreter,
  environment: (_leg, env) => env,
  installExtras: [],
  legHooks: () => ({
    segment: () => ({ env: {}, addopts: [] }),
    results: async () => ({}),
  }),
  outputs: {},
}

export const plainMode: ModePlugin = {
  start: async () => plainSession,
}
