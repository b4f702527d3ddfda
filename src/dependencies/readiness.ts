import type { InstalledDistribution } from './installed.js'
import type { InstallRecord } from './install-log.js'

/*
 * How ready a build's dependencies are for its ABI (pure): for each third-party distribution, how it
 * came (a wheel for this ABI, pure Python, abi3, or built from source here), its free-threading
 * classifier, and which of its extension modules turn the GIL back on.
 */

/**
 * abi: a wheel for this ABI (cp314t) · pure: a pure-Python wheel · abi3: the stable ABI, which the
 * free-threaded build cannot load (before abi3t) · built-here: built from source on this runner · other:
 * none of these (an egg, a legacy install).
 */
export const WHEEL_KINDS = ['abi', 'pure', 'abi3', 'built-here', 'other'] as const
export type WheelKind = (typeof WHEEL_KINDS)[number]

export interface Dependency {
  name: string
  version: string
  wheel: WheelKind
  freeThreading?: string
  /** Its extension modules that turn the GIL back on (the GIL check's finding). */
  reEnablesGil?: string[]
  /** Built from source by this run's install (with the build's seconds), or by an earlier run's, whose wheel the tool's cache kept. */
  built?: 'this-run' | 'earlier-run'
  buildSeconds?: number
}

/** Installed by the venv itself, not by the project. */
const TOOLING = new Set(['pip'])

/**
 * How a distribution came. A wheel built here has a bare platform tag (linux_x86_64): the index's
 * are manylinux or musllinux. Elsewhere the tags cannot tell, and a wheel for the ABI is taken as one.
 */
export function wheelKind(tags: string[], abi: string): WheelKind {
  const parsed = tags.map((tag) => tag.split('-'))
  if (parsed.length === 0) return 'other'
  if (parsed.some(([, tagAbi]) => tagAbi === 'none')) return 'pure'
  if (parsed.some(([, tagAbi]) => tagAbi === 'abi3')) return 'abi3'
  const forAbi = parsed.filter(([, tagAbi]) => tagAbi === abi)
  if (forAbi.length === 0) return 'other'
  return forAbi.every(([, , platform]) => /^linux_/.test(platform ?? '')) ? 'built-here' : 'abi'
}

/**
 * The build's dependencies with what the GIL check found (undeclared: extension modules) and what
 * the install's output said it built from source (which the tags cannot tell off Linux).
 */
export function readiness(
  dists: InstalledDistribution[],
  abi: string,
  undeclared: string[],
  install?: Pick<InstallRecord, 'built' | 'reused'>,
): Dependency[] {
  return dists
    .filter((dist) => !TOOLING.has(dist.name))
    .map((dist) => {
      const culprits = dist.extensions.filter((module) => undeclared.includes(module))
      const builtNow = install?.built.find((b) => b.name === dist.name)
      const built = builtNow ? 'this-run' : install?.reused.includes(dist.name) ? 'earlier-run' : undefined
      const kind = wheelKind(dist.tags, abi)
      return {
        name: dist.name,
        version: dist.version,
        wheel: built && kind !== 'pure' ? 'built-here' : kind,
        ...(dist.freeThreading ? { freeThreading: dist.freeThreading } : {}),
        ...(culprits.length > 0 ? { reEnablesGil: culprits } : {}),
        ...(built ? { built } : {}),
        ...(builtNow?.seconds !== undefined ? { buildSeconds: builtNow.seconds } : {}),
      }
    })
}

/** How a dependency built from source came this time: its build's time, or its wheel from the cache. */
export function buildNote(dep: Dependency): string {
  if (dep.built === 'earlier-run') return 'wheel from the cache'
  if (dep.buildSeconds !== undefined) return `${dep.buildSeconds.toFixed(1)} s`
  return ''
}

/** One line of totals: 3 of 5 dependencies ship cp314t wheels; 1 built from source: x; 1 re-enables the GIL: y. */
export function readinessLine(deps: Dependency[], abi: string): string {
  const count = (kind: WheelKind) => deps.filter((d) => d.wheel === kind).length
  const names = (list: Dependency[]) => list.map((d) => d.name).join(', ')
  const built = deps.filter((d) => d.wheel === 'built-here')
  const abi3 = deps.filter((d) => d.wheel === 'abi3')
  const gil = deps.filter((d) => d.reEnablesGil)
  const ready = count('abi') + count('pure')
  const parts = [`${ready} of ${deps.length} dependencies ship ${abi} or pure-Python wheels`]
  const builtNames = built.map((d) => (buildNote(d) ? `${d.name} (${buildNote(d)})` : d.name)).join(', ')
  if (built.length > 0) parts.push(`${built.length} built from source: ${builtNames}`)
  if (abi3.length > 0) parts.push(`${abi3.length} abi3 only: ${names(abi3)}`)
  if (gil.length > 0)
    parts.push(`${gil.length} ${gil.length === 1 ? 're-enables' : 're-enable'} the GIL: ${names(gil)}`)
  return parts.join('; ')
}
