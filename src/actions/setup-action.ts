import path from 'node:path'
import { computeExports } from '../configure/exports.js'
import { applyExports } from '../configure/apply.js'
import { toolCacheRoot } from '../find/layout.js'
import { loadSetupInputs, type SetupInputs } from '../inputs/setup-inputs.js'
import { installBuilds } from '../pipeline/install-builds.js'
import { detectPlatform } from '../platform/detect.js'
import type { Action } from './action.js'

/** The main action: inputs -> install -> configure, then with `run` the single-job run (src/pipeline). */
export const setupAction: Action<SetupInputs> = {
  load: loadSetupInputs,
  async run({ install: inputs, requests, run: runInputs }) {
    const platform = detectPlatform(inputs.architecture)
    const toolCache = toolCacheRoot()
    const installed = await installBuilds(requests, inputs, platform, toolCache)
    const tempDir = path.join(process.env.RUNNER_TEMP || toolCache, 'setup-python-ft')
    const exports = computeExports(
      installed,
      inputs.defaultBuild,
      platform.os,
      path.delimiter,
      { pkgConfigPath: process.env.PKG_CONFIG_PATH, ldLibraryPath: process.env.LD_LIBRARY_PATH },
      path.join(tempDir, 'env'),
    )
    applyExports(exports, inputs.updateEnvironment)
    if (!runInputs) return undefined
    const { runSingleJob } = await import('../pipeline/single-job.js')
    const namesDir = Object.keys(exports.names.links).length > 0 ? exports.names.dir : undefined
    const end = await runSingleJob(installed, runInputs, {
      platform,
      toolCache,
      tempDir,
      namesDir,
      token: inputs.token,
    })
    return end.failure
  },
}
