import { existsSync } from 'node:fs'
import path from 'node:path'
import * as core from './runner/commands.js'
import { computeExports, displayVersion, type Installed } from './configure/exports.js'
import { applyExports } from './configure/apply.js'
import { abiTag, installDir, interpreterPath, minorOf, toolCacheRoot } from './find/layout.js'
import { parseInputs, readInputFromEnv, type Inputs } from './inputs/inputs.js'
import { versionEntries } from './inputs/versions.js'
import { detectPlatform } from './platform/detect.js'
import type { Platform } from './platform/platform.js'
import { planInstalls } from './plan/plan.js'
import type { Planned } from './plan/resolve.js'
import { parseVersionEntry, type VersionRequest } from './plan/version-spec.js'
import { InputError } from './inputs/errors.js'

/** The action: inputs -> plan -> install -> configure, then run -> compare -> report when `run` is set. */
export async function run(): Promise<void> {
  tuneDownloadRetries()
  try {
    const inputs = parseInputs(readInputFromEnv, process.env.RUNNER_ARCH || process.arch)
    if (inputs.token) core.setSecret(inputs.token)
    const platform = detectPlatform(inputs.architecture)
    // Checked before anything is installed, so that a typo costs seconds, not a download.
    // Loaded only with `run`: an install-only step keeps its light start-up.
    const runInputs = readInputFromEnv('run')
      ? (await import('./inputs/run-inputs.js')).parseRunInputs(readInputFromEnv, platform.os)
      : undefined
    const requests = versionEntries(inputs, core.warning).map((entry) =>
      parseVersionEntry(entry, inputs.builds, inputs.allowPrereleases),
    )
    checkDefaultBuild(inputs, requests)
    const toolCache = toolCacheRoot()
    const plan = await planInstalls(requests, inputs, platform, toolCache, {
      // Loaded on demand: a warm tool cache never loads the HTTP and tool-cache modules.
      pythonVersions: async () => (await import('./sources/load.js')).loadPythonVersions(inputs, platform),
      pbs: async () => (await import('./sources/load.js')).loadPbs(inputs, platform),
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
    if (runInputs) {
      // The interpreters need their libpython even when the job's environment was left alone.
      if (exports.env.LD_LIBRARY_PATH) process.env.LD_LIBRARY_PATH = exports.env.LD_LIBRARY_PATH
      const { runSuite } = await import('./run/pipeline.js')
      const failure = await runSuite(installed, runInputs, platform, tempDir)
      if (failure) core.setFailed(failure)
    }
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

/** Downloads and installs every planned build the tool cache lacks, all at once. */
async function installMissing(
  plan: Planned[],
  inputs: Inputs,
  platform: Platform,
  toolCache: string,
): Promise<Map<string, string>> {
  const sources = new Map<string, string>()
  const downloads = new Map(plan.filter((p) => p.download).map((p) => [`${p.version}/${p.build}`, p.download!]))
  if (downloads.size === 0) return sources
  const { installCandidate } = await import('./install/install.js')
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
  downloaded: Map<string, string>,
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
    source: downloaded.get(`${item.version}/${item.build}`) ?? 'the tool cache',
    sharedLibpython:
      platform.os === 'linux' && existsSync(path.join(prefix, 'lib', `libpython${minorOf(item.version)}${t}.so.1.0`)),
  }
}

/** default-build must name a build that is being installed; checked before anything is fetched. */
function checkDefaultBuild(inputs: Inputs, requests: VersionRequest[]): void {
  const builds = new Set(requests.flatMap((r) => r.builds))
  if (inputs.defaultBuild && !builds.has(inputs.defaultBuild)) {
    throw new InputError(
      'default-build',
      `'${inputs.defaultBuild}' is not being installed; choose one of: ${[...builds].join(', ')}`,
    )
  }
}

/**
 * tool-cache waits 10-20 s between download attempts; SETUP_PYTHON_FT_RETRY_SECONDS shortens that
 * (tests, impatient self-hosted runners) through tool-cache's own settings.
 */
function tuneDownloadRetries(): void {
  const seconds = process.env.SETUP_PYTHON_FT_RETRY_SECONDS
  if (seconds === undefined || !/^\d+$/.test(seconds)) return
  const settings = globalThis as Record<string, unknown>
  settings.TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS = Number(seconds)
  settings.TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS = Number(seconds)
}
