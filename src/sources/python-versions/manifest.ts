import semver from 'semver'
import type { Build } from '../../model/build.js'
import type { Platform } from '../../platform/platform.js'
import type { Candidate } from '../candidate.js'

export interface ManifestFile {
  filename: string
  arch: string
  platform: string
  platform_version?: string
  download_url: string
}

export interface ManifestRelease {
  version: string
  stable: boolean
  release_url?: string
  files: ManifestFile[]
}

const GITHUB_DOWNLOADS = /^https:\/\/github\.com\/[^/]+\/[^/]+\/releases\/download\//

/** Checks the shape of a parsed versions-manifest.json; throws with what is wrong. */
export function validateManifest(data: unknown): ManifestRelease[] {
  if (!Array.isArray(data)) throw new Error('the manifest is not a JSON list of releases')
  for (const release of data) {
    if (typeof release?.version !== 'string' || !Array.isArray(release.files)) {
      throw new Error('a manifest entry lacks version or files')
    }
  }
  return data as ManifestRelease[]
}

/** True when a manifest file is built for this OS release. */
function fitsPlatform(file: ManifestFile, platform: Platform): boolean {
  if (platform.os !== 'linux') return file.platform === platform.os
  const version = platform.distroVersion ?? ''
  if (file.platform === 'linux') return file.platform_version === version
  if (file.platform === 'rhel') {
    return (platform.distroFamily ?? []).includes('rhel') && file.platform_version === version.split('.')[0]
  }
  return false
}

/** Rewrites a GitHub release download URL onto a mirror that keeps the <tag>/<file> layout. */
export function mirrored(url: string, mirror: string): string {
  if (!mirror) return url
  const rest = url.replace(GITHUB_DOWNLOADS, '')
  return `${mirror}/${rest === url ? url.split('/').slice(-2).join('/') : rest}`
}

/** Every manifest file of this build that runs on the platform. */
export function manifestCandidates(
  manifest: ManifestRelease[],
  platform: Platform,
  build: Build,
  mirror: string,
): Candidate[] {
  const arch = build === 'freethreaded' ? `${platform.arch}-freethreaded` : platform.arch
  const found: Candidate[] = []
  for (const release of manifest) {
    const version = semver.valid(release.version)
    if (!version) continue
    const file = release.files.find((f) => f.arch === arch && fitsPlatform(f, platform))
    if (!file) continue
    found.push({
      source: 'python-versions',
      version,
      build,
      stable: release.stable,
      url: mirrored(file.download_url, mirror),
      filename: file.filename,
    })
  }
  return found
}

/** The platforms (OS, release, arch) the manifest has this build for, the given OS first. */
export function manifestPlatforms(manifest: ManifestRelease[], build: Build, os: string): string[] {
  const wantFt = build === 'freethreaded'
  const seen = new Set<string>()
  for (const release of manifest) {
    for (const f of release.files) {
      if (f.arch.endsWith('-freethreaded') !== wantFt) continue
      seen.add(
        `${f.platform}${f.platform_version ? ` ${f.platform_version}` : ''} ${f.arch.replace('-freethreaded', '')}`,
      )
    }
  }
  return [...seen].sort((a, b) => Number(b.startsWith(os)) - Number(a.startsWith(os)) || a.localeCompare(b))
}
