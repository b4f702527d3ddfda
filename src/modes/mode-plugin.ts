import type { CacheStore } from '../cache/cache-store.js'
import type { Installed } from '../configure/exports.js'
import type { InstallExtra } from '../environments/prepare-environments.js'
import type { RunInputs } from '../inputs/run-inputs.js'
import type { InterpreterOf } from '../legs/leg-plan.js'
import type { LegModeHooks } from '../legs/segments.js'
import type { LegPlan } from '../model/leg.js'
import type { Mode } from '../model/mode.js'
import type { Platform } from '../platform/platform.js'

/*
 * A kind of mode as a plug-in, as cibuildwheel has a module per platform: everything that is special
 * about a mode is said by its plug-in, and the stages ask it. What a mode *is* (its build, its GIL,
 * whether it runs tests in threads) is data in src/model/mode.ts; which plug-in runs it is
 * registry.ts.
 */

/** What a plug-in is given, once per job. */
export interface ModeJob {
  /** The job's modes that this plug-in runs. */
  modes: Mode[]
  inputs: RunInputs
  installed: Installed[]
  platform: Platform
  toolCache: string
  /** The action's folder under RUNNER_TEMP (setup-python-ft). */
  tempDir: string
  /** The run's folder in it (run/): venvs, legs, the probe. */
  root: string
  /** Where caches are kept (the Actions cache, or cache-dir), made on first use. */
  store: () => Promise<CacheStore>
  /** Reports what keeps a mode from running: an error that fails the step. */
  problem: (message: string) => void
}

/** A plug-in's modes, started for one job. */
export interface ModeSession {
  /** The interpreter of the mode's leg on an installed build, and its venv key (planLegs). */
  interpreter: InterpreterOf
  /** The leg's environment for its install and its run, before the venv goes on top. */
  environment(leg: LegPlan, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv
  /** What the mode needs in its venv besides the `install` command. */
  installExtras: InstallExtra[]
  /** What the mode adds to each segment of a leg, and to its results. */
  legHooks(leg: LegPlan): LegModeHooks
  /** Outputs of the step that the modes set (tsan-cache-hit). */
  outputs: Record<string, string>
}

export interface ModePlugin {
  /** Gets what its modes need for the job (the TSan mode: its interpreters). Only when one of them runs. */
  start(job: ModeJob): Promise<ModeSession>
}
