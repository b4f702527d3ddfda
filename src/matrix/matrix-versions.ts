import type { InstallInputs } from '../inputs/install-inputs.js'
import type { Build } from '../model/build.js'
import type { Platform } from '../platform/platform.js'
import { availabilityFrom, type Loaders } from '../resolve/install-plan.js'
import { resolveRequest } from '../resolve/resolve-version.js'
import type { VersionRequest } from '../inputs/version-spec.js'
import type { SourceIndex } from '../sources/candidate.js'
import type { Resolve } from './matrix-plan.js'

/** The sources loaded for one runner's platform, best first. */
export type Indexes = Array<[keyof Loaders, SourceIndex]>

/**
 * The version a leg on that platform would install for a request and a build, resolved exactly as
 * the installer resolves it (same source order, stable first), but with an empty tool cache.
 */
export function resolverFrom(indexes: Map<Platform, Indexes>, inputs: InstallInputs): Resolve {
  return (request: VersionRequest, build: Build, platform: Platform) => {
    const availability = availabilityFrom({ standard: [], freethreaded: [] }, indexes.get(platform)!, platform, inputs)
    return resolveRequest({ ...request, builds: [build] }, availability, { useCacheOnly: false })?.[0]?.version
  }
}
