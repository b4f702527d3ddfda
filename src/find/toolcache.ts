import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import semver from 'semver'
import type { Build } from '../model/build.js'
import type { Arch } from '../platform/platform.js'
import { archDirName } from './layout.js'
import { completeMarker } from '../common/complete-marker.js'

/** Versions in the tool cache with a complete install of this build and arch. No network. */
export function cachedVersions(toolCache: string, arch: Arch, build: Build): string[] {
  const pythonDir = path.join(toolCache, 'Python')
  let entries: string[]
  try {
    entries = readdirSync(pythonDir)
  } catch {
    return []
  }
  const archDir = archDirName(arch, build)
  return entries.filter(
    (version) => semver.valid(version) && existsSync(completeMarker(path.join(pythonDir, version, archDir))),
  )
}
