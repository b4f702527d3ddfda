import type { Build } from '../../model/build.js'
import type { Platform } from '../../platform/platform.js'
import { pythonToSemver } from '../../inputs/version-spec.js'
import type { Candidate } from '../candidate.js'

/** latest-release.json on python-build-standalone's latest-release branch. */
export interface LatestRelease {
  tag: string
  asset_url_prefix?: string
}

export function validateLatestRelease(data: unknown): LatestRelease {
  const tag = (data as LatestRelease | null)?.tag
  if (typeof tag !== 'string' || !/^\d{8}$/.test(tag)) {
    throw new Error('latest-release.json has no release tag (expected {"tag": "YYYYMMDD", ...})')
  }
  return data as LatestRelease
}

/** The target triple PBS names its archives with. */
export function pbsTriple(platform: Platform): string {
  const cpu = platform.arch === 'x64' ? 'x86_64' : 'aarch64'
  switch (platform.os) {
    case 'linux':
      return `${cpu}-unknown-linux-${platform.libc ?? 'gnu'}`
    case 'darwin':
      return `${cpu}-apple-darwin`
    case 'win32':
      return `${cpu}-pc-windows-msvc`
  }
}

/** Parses SHA256SUMS: one `<hex>  <asset>` a line. */
export function parseSha256Sums(text: string): Map<string, string> {
  const sums = new Map<string, string>()
  for (const line of text.split('\n')) {
    const match = /^([0-9a-f]{64})\s+\*?(\S+)\s*$/i.exec(line.trim())
    if (match) sums.set(match[2], match[1].toLowerCase())
  }
  return sums
}

const ASSET = /^cpython-([^+]+)\+(\d+)-(.+?)-(freethreaded-)?install_only(_stripped)?\.tar\.gz$/

/** The relocatable install_only archives of this build for the platform, stripped ones preferred. */
export function pbsCandidates(
  sums: Map<string, string>,
  prefix: string,
  platform: Platform,
  build: Build,
): Candidate[] {
  const triple = pbsTriple(platform)
  const byVersion = new Map<string, Candidate & { stripped: boolean }>()
  for (const [asset, sha256] of sums) {
    const match = ASSET.exec(asset)
    if (!match || match[3] !== triple) continue
    if (Boolean(match[4]) !== (build === 'freethreaded')) continue
    const version = pythonToSemver(match[1])
    if (!version) continue
    const stripped = Boolean(match[5])
    const known = byVersion.get(version)
    if (known && (known.stripped || !stripped)) continue
    byVersion.set(version, {
      source: 'python-build-standalone',
      version,
      build,
      stable: !version.includes('-'),
      url: `${prefix}/${encodeURIComponent(asset)}`,
      filename: asset,
      sha256,
      stripped,
    })
  }
  return [...byVersion.values()].map(({ stripped: _stripped, ...candidate }) => candidate)
}

/** Triples this release does have for a build, for error messages. */
export function pbsTriplesFor(sums: Map<string, string>, build: Build): string[] {
  const triples = new Set<string>()
  for (const asset of sums.keys()) {
    const match = ASSET.exec(asset)
    if (match && Boolean(match[4]) === (build === 'freethreaded')) triples.add(match[3])
  }
  return [...triples].sort()
}
