import * as core from '../common/workflow-commands.js'
import { buildOf } from '../model/mode.js'
import { InputError } from '../common/faults.js'
import { parseInstallInputs, type InputReader, type InstallInputs } from './install-inputs.js'
import type { RunInputs } from './run-inputs.js'
import { versionEntries } from './versions.js'
import { parseVersionEntry, type VersionRequest } from './version-spec.js'

/** Everything the main action was given, validated before anything is fetched or installed. */
export interface SetupInputs {
  install: InstallInputs
  /** One per python-version entry. */
  requests: VersionRequest[]
  /** The run, compare and report stages: present when `run` is set. */
  run?: RunInputs
}

/** default-build must name a build that is being installed. */
function checkDefaultBuild(inputs: InstallInputs, requests: VersionRequest[]): void {
  const builds = new Set(requests.flatMap((r) => r.builds))
  if (inputs.defaultBuild && !builds.has(inputs.defaultBuild)) {
    throw new InputError(
      'default-build',
      `'${inputs.defaultBuild}' is not being installed; choose one of: ${[...builds].join(', ')}`,
    )
  }
}

/** Every mode needs its build installed for every version entry. */
function checkModesHaveBuilds(run: RunInputs, requests: VersionRequest[]): void {
  for (const request of requests) {
    for (const mode of run.modes) {
      const build = buildOf(mode)
      if (!request.builds.includes(build)) {
        throw new InputError(
          'modes',
          `${mode} runs on the ${build} build, but python-version '${request.entry}' installs only ${request.builds.join(' and ')} (see builds); drop ${mode} or install both builds`,
        )
      }
    }
  }
}

export async function loadSetupInputs(read: InputReader): Promise<SetupInputs> {
  const install = parseInstallInputs(read, process.env.RUNNER_ARCH || process.arch)
  if (install.token) core.setSecret(install.token)
  const requests = versionEntries(install, core.warning).map((entry) =>
    parseVersionEntry(entry, install.builds, install.allowPrereleases),
  )
  checkDefaultBuild(install, requests)
  // Loaded only with `run`: an install-only step keeps its light start-up.
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const run = read('run')
    ? (await import('./run-inputs.js')).parseRunInputs(read, {
        os: process.platform,
        versions: requests.length,
        workspace,
      })
    : undefined
  if (run) {
    checkModesHaveBuilds(run, requests)
    const dependencyCache = await (await import('./cache-inputs.js')).readDependencyCache(read, workspace)
    if (dependencyCache) run.dependencyCache = dependencyCache
  } else if (read('cache')) {
    throw new InputError(
      'cache',
      "keeps the pip or uv cache of each build's install and run commands, so it needs run: set run (and install), or leave cache empty",
    )
  }
  return { install, requests, run }
}
