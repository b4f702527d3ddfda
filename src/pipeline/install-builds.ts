import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { displayVersion, type Installed } from '../configure/exports.js'
import { installDir, interpreterPath } from '../find/layout.js'
import type { InstallInputs } from '../inputs/install-inputs.js'
import type { VersionRequest } from '../inputs/version-spec.js'
import { abiTag, minorOf } from '../model/build.js'
import type { Platform } from '../platform/platform.js'
import { planInstalls } from '../resolve/install-plan.js'
import type { Planned } from '../resolve/resolve-version.js'
import * as core from '../common/workflow-commands.js'
import { stagingOwner } from '../common/staging-name.js'
import type { SourceName } from '../sources/candidate.js'

/**
 * The install stage: each requested version resolved against the tool cache and the sources, the
 * builds the tool cache lacks downloaded and placed, and what is installed where.
 */
export async function installBuilds(
  requests: VersionRequest[],
  inputs: InstallInputs,
  platform: Platform,
  toolCache: string,
): Promise<Installed[]> {
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
  return installed
}

/** Whether a version's folder holds a staging folder (a live install's, or a killed one's). */
function hasLeftovers(versionDir: string): boolean {
  try {
    return readdirSync(versionDir).some((name) => stagingOwner(name) !== undefined)
  } catch {
    return false
  }
}

/** Downloads and installs every planned build the tool cache lacks (and removes what killed installs left), all at once. */
async function installMissing(
  plan: Planned[],
  inputs: InstallInputs,
  platform: Platform,
  toolCache: string,
): Promise<Map<string, SourceName>> {
  const sources = new Map<string, SourceName>()
  const downloads = new Map(plan.filter((p) => p.download).map((p) => [`${p.version}/${p.build}`, p.download!]))
  // A warm tool cache loads no install code, unless an install killed earlier left a folder behind.
  if (downloads.size === 0 && !plan.some((item) => hasLeftovers(path.join(toolCache, 'Python', item.version))))
    return sources
  const { installCandidate, sweepStaleStaging } = await import('../install/install.js')
  const leftAlone = (name: string, reason: string) =>
    core.notice(
      `Left ${name}, from an install that was killed: something still writes into it (${reason}); a later run removes it`,
    )
  for (const left of await sweepStaleStaging(toolCache, leftAlone))
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
