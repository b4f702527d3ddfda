import type { Build } from '../model/build.js'

export type SourceName = 'python-versions' | 'python-build-standalone'

/** One downloadable build of one CPython version. */
export interface Candidate {
  source: SourceName
  /** Semver spelling, as the tool cache names its folders: 3.14.7, 3.15.0-rc.1. */
  version: string
  build: Build
  stable: boolean
  url: string
  filename: string
  /** Published checksum, where the source publishes one. */
  sha256?: string
}

/** What one source offers: candidates for this platform, and where else it has each build. */
export interface SourceIndex {
  candidates: Record<Build, Candidate[]>
  platforms: Record<Build, string[]>
}
