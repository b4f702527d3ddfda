import { InputError } from '../common/faults.js'
import type { InstallInputs } from '../inputs/install-inputs.js'
import type { Platform } from '../platform/platform.js'
import type { SourceIndex } from './candidate.js'
import { fetchJson, fetchText } from './fetch.js'
import {
  manifestCandidates,
  manifestPlatforms,
  validateManifest,
  type ManifestRelease,
} from './python-versions/manifest.js'
import { parseSha256Sums, pbsCandidates, pbsTriplesFor, validateLatestRelease } from './pbs/release.js'

/** The two sources' loaders for one platform, by the names the plan's source policy uses. */
export function sourceLoaders(inputs: InstallInputs, platform: Platform) {
  return { pythonVersions: () => loadPythonVersions(inputs, platform), pbs: () => loadPbs(inputs, platform) }
}

/** Fetches python-versions' manifest and lists what it has for each build. */
export async function loadPythonVersions(inputs: InstallInputs, platform: Platform): Promise<SourceIndex> {
  const data = await fetchJson(inputs.manifestUrl, 'manifest-url', inputs.token)
  let manifest
  try {
    manifest = validateManifest(data)
  } catch (error) {
    throw new InputError('manifest-url', `${inputs.manifestUrl}: ${(error as Error).message}`)
  }
  return pythonVersionsIndex(manifest, platform, inputs.mirror)
}

/** What a parsed manifest offers this platform, for each build. */
export function pythonVersionsIndex(manifest: ManifestRelease[], platform: Platform, mirror: string): SourceIndex {
  return {
    candidates: {
      standard: manifestCandidates(manifest, platform, 'standard', mirror),
      freethreaded: manifestCandidates(manifest, platform, 'freethreaded', mirror),
    },
    platforms: {
      standard: manifestPlatforms(manifest, 'standard', platform.os),
      freethreaded: manifestPlatforms(manifest, 'freethreaded', platform.os),
    },
  }
}

/** Finds the PBS release (pbs-release, or the latest) and lists its archives for each build. */
export async function loadPbs(inputs: InstallInputs, platform: Platform): Promise<SourceIndex> {
  let tag = inputs.pbsRelease
  let prefix = ''
  if (!tag) {
    const data = await fetchJson(inputs.pbsLatestReleaseUrl, 'pbs-latest-release-url', inputs.token)
    let latest
    try {
      latest = validateLatestRelease(data)
    } catch (error) {
      throw new InputError('pbs-latest-release-url', (error as Error).message)
    }
    tag = latest.tag
    prefix = latest.asset_url_prefix ?? ''
  }
  if (inputs.pbsMirror) prefix = `${inputs.pbsMirror}/${tag}`
  if (!prefix) prefix = `https://github.com/astral-sh/python-build-standalone/releases/download/${tag}`
  const sums = parseSha256Sums(
    await fetchText(`${prefix}/SHA256SUMS`, inputs.pbsMirror ? 'pbs-mirror' : 'pbs-release', inputs.token),
  )
  return pbsIndex(sums, prefix, platform)
}

/** What a PBS release (its SHA256SUMS) offers this platform, for each build. */
export function pbsIndex(sums: Map<string, string>, prefix: string, platform: Platform): SourceIndex {
  return {
    candidates: {
      standard: pbsCandidates(sums, prefix, platform, 'standard'),
      freethreaded: pbsCandidates(sums, prefix, platform, 'freethreaded'),
    },
    platforms: { standard: pbsTriplesFor(sums, 'standard'), freethreaded: pbsTriplesFor(sums, 'freethreaded') },
  }
}
