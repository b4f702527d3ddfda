import { existsSync } from 'node:fs'
import path from 'node:path'
import * as core from '../runner/commands.js'
import { computeExports, displayVersion, type Installed } from '../configure/exports.js'
import { applyExports } from '../configure/apply.js'
import { abiTag, installDir, interpreterPath, minorOf, toolCacheRoot } from '../find/layout.js'
import type { Inputs } from '../inputs/inputs.js'
import { loadSetupInputs, type SetupInputs } from '../inputs/setup.js'
import { detectPlatform } from '../platform/detect.js'
import type { Platform } from '../platform/platform.js'
import { planInstalls } from '../plan/plan.js'
import type { Planned } from '../plan/resolve.js'
import type { SourceName } from '../sources/candidate.js'
import type { Action } from './entry.js'
import { cacheStore } from '../cache/store.js'
import { isTsan } from '../results/leg.js'

/** The main action: inputs -> plan -> install -> configure, then run -> compare -> report with `run`. */
export const setupAction: Action<SetupInputs> = {
  load: loadSetupInputs,
  async run({ install: inputs, requests, run: runInputs }) {
    const platform = detectPlatform(inputs.architecture)
    const toolCache = toolCacheRoot()
    const plan = await planInstalls(requests, inputs, platform, toolCache, {
      // Loaded on demand: a warm tool cache never loads the HTTP and tool-cache modules.
      pythonVersions: async () => (await import('../sources/load.js')).loadPythonVersions(inputs, platform),
      pbs: async () => (await import('../sources/load.js')).loadPbs(inputs, platform),
    })
    const downloaded = await installMissing(plan, inputs, platform, toolCache)
    const installed = plan.map((item) => describeInstalled(item, platform, toolCache, downloaded))
    for (const item of installed) {
      core.info(`Python ${displayVersion(item)} (${item.abi}) from ${item.source}: ${item.python}`)
    }
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
    // The interpreters need their libpython even when the job's environment was left alone.
    if (exports.env.LD_LIBRARY_PATH) process.env.LD_LIBRARY_PATH = exports.env.LD_LIBRARY_PATH
    const { runSuite } = await import('../run/pipeline.js')
    const namesDir = Object.keys(exports.names.links).length > 0 ? exports.names.dir : undefined
    const needsStore = runInputs.dependencyCache !== undefined || runInputs.modes.some(isTsan)
    const store = needsStore ? await cacheStore(runInputs.cacheDir, core.warning) : undefined
    const problems: string[] = []
    const tsan = runInputs.modes.some(isTsan)
      ? await (
          await import('../tsan/acquire.js')
        ).acquireTsanInterpreters(
          [...new Set(installed.filter((i) => i.build === 'freethreaded').map((i) => i.version))],
          {
            inputs: runInputs.tsan,
            toolCache,
            platform,
            store: store!,
            workDir: path.join(tempDir, 'tsan-build'),
            problem: (message) => problems.push(message),
          },
        )
      : undefined
    if (tsan) core.setOutput('tsan-cache-hit', String(tsan.size > 0 && [...tsan.values()].every((t) => t.restored)))
    return runSuite(installed, runInputs, {
      platform,
      tempDir,
      namesDir,
      token: inputs.token,
      store,
      tsan: tsan ?? new Map(),
      problems,
    })
  },
}

/** Downloads and installs every planned build the tool cache lacks, all at once. */
async function installMissing(
  plan: Planned[],
  inputs: Inputs,
  platform: Platform,
  toolCache: string,
): Promise<Map<string, SourceName>> {
  const sources = new Map<string, SourceName>()
  const downloads = new Map(plan.filter((p) => p.download).map((p) => [`${p.version}/${p.build}`, p.download!]))
  if (downloads.size === 0) return sources
  const { installCandidate, sweepStaleStaging } = await import('../install/install.js')
  for (const left of await sweepStaleStaging(toolCache))
    core.info(`Removed ${left}, left by an install that was killed`)
  const tempDir = path.join(process.env.RUNNER_TEMP || toolCache, 'setup-python-ft', 'downloads')
  await Promise.all(
    [...downloads].map(async ([key, candidate]) => {
      core.info(`Downloading ${candidate.filename} from ${candidate.source}`)
      await installCandidate(candidate, { inputs, platform, toolCache, tempDir })
      sources.set(key, candidate.source)
    }),
  )
  return sources
}

function describeInstalled(
  item: Planned,
  platform: Platform,
  toolCache: string,
  downloaded: Map<string, SourceName>,
): Installed {
  const prefix = installDir(toolCache, item.version, platform.arch, item.build)
  const t = item.build === 'freethreaded' ? 't' : ''
  return {
    entry: item.request.entry,
    version: item.version,
    build: item.build,
    abi: abiTag(item.version, item.build),
    prefix,
    python: interpreterPath(prefix, platform.os, item.version, item.build),
    source: downloaded.get(`${item.version}/${item.build}`) ?? 'tool-cache',
    sharedLibpython:
      platform.os === 'linux' && existsSync(path.join(prefix, 'lib', `libpython${minorOf(item.version)}${t}.so.1.0`)),
  }
}
