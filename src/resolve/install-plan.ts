import type { InstallInputs } from '../inputs/install-inputs.js'
import type { Build } from '../model/build.js'
import type { Platform } from '../platform/platform.js'
import { cachedVersions } from '../find/toolcache.js'
import type { SourceIndex } from '../sources/candidate.js'
import { resolveRequest, unresolvedError, type Availability, type Planned } from './resolve-version.js'
import type { VersionRequest } from '../inputs/version-spec.js'

type Index = SourceIndex

/** Describes the platform for messages: linux (debian 12) x64. */
export function describePlatform(platform: Platform): string {
  const distro = platform.os === 'linux' ? ` (${platform.distroId} ${platform.distroVersion}, ${platform.libc})` : ''
  return `${platform.os}${distro} ${platform.arch}`
}

/**
 * Which sources may serve a build. python-versions comes first (runner images pre-cache from it),
 * except for the free-threaded build on macOS and Windows in auto mode: there its archives run
 * python.org installers that remove a same-minor install of the other build.
 */
export function sourceOrder(inputs: InstallInputs, platform: Platform, build: Build): Array<keyof Loaders> {
  if (inputs.source === 'python-versions') return ['pythonVersions']
  if (inputs.source === 'python-build-standalone') return ['pbs']
  if (build === 'freethreaded' && platform.os !== 'linux') return ['pbs']
  return ['pythonVersions', 'pbs']
}

export interface Loaders {
  pythonVersions: () => Promise<Index>
  pbs: () => Promise<Index>
}

/**
 * Loads one source. In auto mode a source that cannot be reached is skipped (its error returned)
 * while another may serve; a source the user chose fails the step.
 */
export async function loadOrSkip(
  load: () => Promise<Index>,
  inputs: InstallInputs,
): Promise<{ index: Index } | { error: unknown }> {
  try {
    return { index: await load() }
  } catch (error) {
    if (inputs.source !== 'auto') throw error
    return { error }
  }
}

/**
 * Plans every request. The tool cache is consulted first and, unless check-latest is set, a hit
 * needs no network at all. Remote indexes are fetched only when needed, python-versions first.
 */
export async function planInstalls(
  requests: VersionRequest[],
  inputs: InstallInputs,
  platform: Platform,
  toolCache: string,
  loaders: Loaders,
): Promise<Planned[]> {
  const cached: Record<Build, string[]> = {
    standard: cachedVersions(toolCache, platform.arch, 'standard'),
    freethreaded: cachedVersions(toolCache, platform.arch, 'freethreaded'),
  }
  const loaded = new Map<keyof Loaders, Promise<Index>>()
  const load = (name: keyof Loaders) => {
    if (!loaded.has(name)) loaded.set(name, loaders[name]())
    return loaded.get(name) as Promise<Index>
  }

  const plan: Planned[] = []
  for (const request of requests) {
    if (!inputs.checkLatest) {
      const hit = resolveRequest(request, availabilityFrom(cached, [], platform, inputs), { useCacheOnly: true })
      if (hit) {
        plan.push(...hit)
        continue
      }
    }
    const names = [...new Set(request.builds.flatMap((b) => sourceOrder(inputs, platform, b)))]
    const indexes: Array<[keyof Loaders, Index]> = []
    let resolved: Planned[] | undefined
    let lastError: unknown
    for (const name of names) {
      const loaded = await loadOrSkip(() => load(name), inputs)
      if ('error' in loaded) {
        lastError = loaded.error
        continue
      }
      indexes.push([name, loaded.index])
      resolved = resolveRequest(request, availabilityFrom(cached, indexes, platform, inputs), { useCacheOnly: false })
      if (resolved) break
    }
    if (!resolved) {
      if (indexes.length === 0 && lastError) throw lastError
      throw unresolvedError(request, availabilityFrom(cached, indexes, platform, inputs), describePlatform(platform))
    }
    plan.push(...resolved)
  }
  return plan
}

export function availabilityFrom(
  cached: Record<Build, string[]>,
  indexes: Array<[keyof Loaders, Index]>,
  platform: Platform,
  inputs: InstallInputs,
): Record<Build, Availability> {
  const forBuild = (build: Build): Availability => {
    const allowed = sourceOrder(inputs, platform, build)
    const loaded = allowed.flatMap((name) => indexes.filter(([n]) => n === name).map(([, index]) => index))
    return {
      cached: cached[build],
      candidates: loaded.flatMap((index) => index.candidates[build]),
      elsewhere: loaded.flatMap((index) => index.platforms[build]),
    }
  }
  return { standard: forBuild('standard'), freethreaded: forBuild('freethreaded') }
}
