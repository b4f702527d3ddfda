import { existsSync, rmSync } from 'node:fs'

/** The paths that do not exist yet: what a failed restore may leave half-made. */
export function absentPaths(paths: string[]): string[] {
  return paths.filter((p) => !existsSync(p))
}

export function removePaths(paths: string[]): void {
  for (const p of paths) rmSync(p, { recursive: true, force: true })
}
