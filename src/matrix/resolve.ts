import type { Build, Inputs } from '../inputs/inputs.js'
import type { Platform } from '../platform/platform.js'
import { availabilityFrom, type Loaders } from '../plan/plan.js'
import { resolveRequest } from '../plan/resolve.js'
import type { VersionRequest } from '../inputs/version-spec.js'
import type { SourceIndex } from '../sources/candidate.js'
import type { Resolve } from './plan.js'

/** The sources loaded for one runner's platform, best first. */
export type Indexes = Array<[keyof Loaders, SourceIndex]>

/**
 * The version a leg on that platform would install for a request and a build, resolved exactly as
 * the installer resolves it (same source order, stable first), but with an empty tool cache.
 */
export function resolverFrom(indexes: Map<Platform, Indexes>, inputs: Inputs): Resolve {
  return (request: VersionRequest, build: Build, platform: Platform) => {
    const availability = availabilityFrom({ standard: [], freethreaded: [] }, indexes.get(platform)!, platform, inputs)
    return resolveRequest({ ...request, builds: [build] }, availability, { useCacheOnly: false })?.[0]?.version
  }
}
