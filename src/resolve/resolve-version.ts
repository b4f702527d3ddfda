import semver from 'semver'
import { InputError } from '../common/faults.js'
import type { Build } from '../model/build.js'
import type { Candidate } from '../sources/candidate.js'
import { effectiveRange, type VersionRequest } from '../inputs/version-spec.js'

/** One build to make available: from the tool cache, or from a download. */
export interface Planned {
  request: VersionRequest
  version: string
  build: Build
  /** Undefined when the tool cache already has it. */
  download?: Candidate
}

/** What is known about one build: cached versions and downloadable candidates, best source first. */
export interface Availability {
  cached: string[]
  candidates: Candidate[]
  /** Platforms the loaded sources do have this build for, for the error when this one has none. */
  elsewhere?: string[]
}

function satisfies(version: string, request: VersionRequest, build: Build, stableOnly: boolean): boolean {
  if (stableOnly && semver.prerelease(version)) return false
  return semver.satisfies(version, effectiveRange(request, build), { includePrerelease: request.includePrerelease })
}

/**
 * Picks the newest version that satisfies the request for every build it asks for, so both builds of
 * an entry are the same version. Returns undefined when no version is common to all.
 */
export function resolveRequest(
  request: VersionRequest,
  availability: Record<Build, Availability>,
  options: { useCacheOnly: boolean },
): Planned[] | undefined {
  // Stable releases first; pre-releases only when none matches and the request allows them.
  const version =
    newestCommon(request, availability, options.useCacheOnly, true) ??
    (request.includePrerelease ? newestCommon(request, availability, options.useCacheOnly, false) : undefined)
  if (!version) return undefined
  return request.builds.map((build) => {
    const { cached, candidates } = availability[build]
    if (cached.includes(version)) return { request, version, build }
    return { request, version, build, download: candidates.find((c) => c.version === version) }
  })
}

function newestCommon(
  request: VersionRequest,
  availability: Record<Build, Availability>,
  useCacheOnly: boolean,
  stableOnly: boolean,
): string | undefined {
  const versionsPerBuild = request.builds.map((build) => {
    const { cached, candidates } = availability[build]
    const pool = useCacheOnly ? cached : [...cached, ...candidates.map((c) => c.version)]
    return new Set(pool.filter((v) => satisfies(v, request, build, stableOnly)))
  })
  const common = [...versionsPerBuild[0]].filter((v) => versionsPerBuild.every((set) => set.has(v)))
  return semver.rsort(common)[0]
}

/** The clear error for a request nothing satisfies: it lists the nearest versions there are. */
export function unresolvedError(
  request: VersionRequest,
  availability: Record<Build, Availability>,
  where: string,
): InputError {
  const parts = request.builds.map((build) => {
    const { cached, candidates } = availability[build]
    const all = semver.rsort([...new Set([...cached, ...candidates.map((c) => c.version)])])
    const label = build === 'freethreaded' ? 'free-threaded' : 'standard'
    if (all.length === 0) {
      const elsewhere = availability[build].elsewhere ?? []
      return `no ${label} build for ${where}${elsewhere.length ? `; elsewhere: ${elsewhere.slice(0, 8).join(', ')}` : ''}`
    }
    return `${label} builds for ${where}: ${nearest(all, request.range).join(', ')}`
  })
  return new InputError(
    'python-version',
    `no CPython satisfies '${request.entry}'` +
      `${request.includePrerelease ? '' : ' (prereleases need allow-prereleases: true)'}; ${parts.join('; ')}`,
  )
}

/** Up to eight available versions closest to what was asked, newest first. */
function nearest(sortedDesc: string[], range: string): string[] {
  const floor = semver.minVersion(range)
  if (!floor) return sortedDesc.slice(0, 8)
  const distance = (v: string) =>
    Math.abs(semver.major(v) * 1000 + semver.minor(v) - (floor.major * 1000 + floor.minor)) * 1000 +
    Math.abs(semver.patch(v) - floor.patch)
  return [...sortedDesc]
    .sort((a, b) => distance(a) - distance(b))
    .slice(0, 8)
    .sort((a, b) => semver.rcompare(a, b))
}
