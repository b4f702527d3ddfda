import { existsSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { makeStaging, sweepStagingIn } from '../install/place.js'

/** The paths that do not exist yet: what a failed restore may leave half-made. */
export function absentPaths(paths: string[]): string[] {
  return paths.filter((p) => !existsSync(p))
}

export function removePaths(paths: string[]): void {
  for (const p of paths) rmSync(p, { recursive: true, force: true })
}

/** What a restore does with the paths it set aside: drop them (a hit) or put them back (a miss). */
export interface SetAside {
  /** The restore succeeded: the paths hold the entry; what they held before goes. */
  drop(): void
  /** A miss or a failure: whatever was written is removed and each path holds what it held before. */
  putBack(): void
}

/**
 * Moves the paths that exist out of the way before a restore, each into a staging folder beside it
 * (the name install/place.ts gives a process's staging), so that a restore is all or nothing: on a
 * hit a path holds exactly the entry, on a miss or a failure exactly what it held before, never a mix
 * of the two (a runner whose home persists keeps its caches between jobs). Staging folders a killed
 * restore left are swept first.
 */
export async function setAside(paths: string[]): Promise<SetAside> {
  const held: { target: string; staging: string }[] = []
  const absent = absentPaths(paths)
  for (const target of paths) {
    if (!existsSync(target)) continue
    await sweepStagingIn(path.dirname(target))
    const staging = await makeStaging(target)
    renameSync(target, path.join(staging, 'held'))
    held.push({ target, staging })
  }
  return {
    drop() {
      for (const { staging } of held) rmSync(staging, { recursive: true, force: true })
    },
    putBack() {
      removePaths(absent)
      for (const { target, staging } of held) {
        rmSync(target, { recursive: true, force: true })
        renameSync(path.join(staging, 'held'), target)
        rmSync(staging, { recursive: true, force: true })
      }
    },
  }
}
