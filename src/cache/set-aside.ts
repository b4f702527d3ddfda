import { existsSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { makeStaging, sweepStagingIn } from '../common/staging.js'

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
 * restore left are swept first. When one path cannot be moved, those already moved come back and
 * the error is thrown. drop and putBack act once; a second call does nothing.
 */
export async function setAside(paths: string[]): Promise<SetAside> {
  const held: { target: string; staging: string }[] = []
  const absent = absentPaths(paths)
  let settled = false
  const putBack = () => {
    if (settled) return
    settled = true
    removePaths(absent)
    for (const { target, staging } of held) {
      rmSync(target, { recursive: true, force: true })
      renameSync(path.join(staging, 'held'), target)
      rmSync(staging, { recursive: true, force: true })
    }
  }
  try {
    for (const target of paths) {
      if (!existsSync(target)) continue
      await sweepStagingIn(path.dirname(target))
      const staging = await makeStaging(target)
      try {
        renameSync(target, path.join(staging, 'held'))
      } catch (error) {
        rmSync(staging, { recursive: true, force: true })
        throw error
      }
      held.push({ target, staging })
    }
  } catch (error) {
    putBack()
    throw error
  }
  return {
    drop() {
      if (settled) return
      settled = true
      for (const { staging } of held) rmSync(staging, { recursive: true, force: true })
    },
    putBack,
  }
}

/**
 * Ends a restore: what was set aside goes on a hit and comes back otherwise (a failure to do either
 * is warned). Returns the key restored, or undefined.
 */
export function settle(
  aside: SetAside | undefined,
  restored: string | undefined,
  warn: (message: string) => void,
): string | undefined {
  try {
    if (restored) aside?.drop()
    else aside?.putBack()
  } catch (error) {
    const what = restored ? 'remove what was set aside for' : 'put back the folders after'
    warn(`cache: could not ${what} the restore: ${(error as Error).message}`)
  }
  return restored
}
