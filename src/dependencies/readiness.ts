import type { InstalledDistribution } from './installed.js'
import type { InstallRecord } from './install-log.js'
import { tagMinor } from '../model/build.js'

/*
 * How ready a build's dependencies are for its ABI (pure): for each third-party distribution, how it
 * came (a wheel for this ABI, pure Python, abi3, or built from source here), its free-threading
 * classifier, and which of its extension modules turn the GIL back on.
 */

/**
 * abi: a wheel for this ABI (cp314t) · pure: a pure-Python wheel · abi3t: the free-threaded stable ABI
 * (PEP 803; 3.15t and later load it) · abi3: the stable ABI, which the standard build loads and a
 * free-threaded one cannot · built-here: built from source on this runner · other: none of these (an
 * egg, a legacy install).
 */
export const WHEEL_KINDS = ['abi', 'pure', 'abi3t', 'abi3', 'built-here', 'other'] as const
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
  /** Installed from a local folder: the project itself, most often. */
  local?: true
  /** What the package index offers instead, for a dependency this build cannot use as it came (upgrades.ts). */
  upgrade?: Upgrade
}

/**
 * What the package index offers instead (upgrades.ts): the release to upgrade to and the kind of its
 * wheel, or that none has one (or none newer than the installed one, for one whose installed wheel
 * loads), or that the project is not on the index, or that the index could not be asked (why).
 */
export type Upgrade =
  | { status: 'found'; version: string; kind: WheelKind }
  | { status: 'none'; newer: boolean }
  | { status: 'absent' }
  | { status: 'unknown'; reason: string }

/** Installed by the venv itself, not by the project. */
const TOOLING = new Set(['pip'])

/**
 * How a distribution came. A wheel built here has a bare platform tag (linux_x86_64): the index's
 * are manylinux or musllinux. Elsewhere the tags cannot tell, and a wheel for the ABI is taken as one.
 */
export function wheelKind(tags: string[], abi: string): WheelKind {
  const parsed = expandTags(tags)
  if (parsed.length === 0) return 'other'
  if (parsed.some((tag) => tag.abi === 'none')) return 'pure'
  const forAbi = parsed.filter((tag) => tag.abi === abi)
  if (forAbi.length > 0) return forAbi.every((tag) => /^linux_/.test(tag.platform)) ? 'built-here' : 'abi'
  // abi3t loads on the free-threaded build from 3.15, and on any later one than the wheel's.
  const minor = tagMinor(abi)
  const loadsAbi3t = (tag: Tag) => tag.abi === 'abi3t' && tagMinor(tag.interpreter) <= minor && minor >= 15
  if (abi.endsWith('t') && parsed.some(loadsAbi3t)) return 'abi3t'
  if (parsed.some((tag) => tag.abi === 'abi3')) return 'abi3'
  return 'other'
}

/** A wheel tag's three parts (PEP 425), one tag per combination of a compressed set (abi3.abi3t). */
interface Tag {
  interpreter: string
  abi: string
  platform: string
}

/** Expanded tags: cp315-abi3.abi3t-manylinux_2_34_x86_64 is two, as a WHEEL file lists them. */
export function expandTags(tags: string[]): Tag[] {
  return tags.flatMap((tag) => {
    const [interpreters = '', abis = '', platforms = ''] = tag.split('-')
    return interpreters
      .split('.')
      .flatMap((interpreter) =>
        abis.split('.').flatMap((abi) => platforms.split('.').map((platform) => ({ interpreter, abi, platform }))),
      )
  })
}

/** Whether a kind of wheel works on the build of this ABI (cp314 or cp314t). */
export function loads(kind: WheelKind, abi: string): boolean {
  if (kind === 'abi3') return !abi.endsWith('t')
  return kind === 'abi' || kind === 'pure' || kind === 'abi3t'
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
        ...(dist.local ? { local: true as const } : {}),
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
  const cannotLoad = deps.filter((d) => !loads(d.wheel, abi) && d.wheel === 'abi3')
  const gil = deps.filter((d) => d.reEnablesGil)
  const ready = deps.filter((d) => loads(d.wheel, abi)).length
  // The stable ABI this build loads (abi3t on a free-threaded one, abi3 on the standard), when any came so.
  const stableKind = (['abi3t', 'abi3'] as const).find((kind) => loads(kind, abi) && count(kind) > 0)
  const stable = stableKind ? `, ${stableKind}` : ''
  const parts = [`${ready} of ${deps.length} dependencies ship ${abi}${stable} or pure-Python wheels`]
  const builtNames = built.map((d) => (buildNote(d) ? `${d.name} (${buildNote(d)})` : d.name)).join(', ')
  if (built.length > 0) parts.push(`${built.length} built from source: ${builtNames}`)
  if (cannotLoad.length > 0)
    parts.push(`${cannotLoad.length} abi3 only, which ${abi} cannot load: ${names(cannotLoad)}`)
  if (gil.length > 0)
    parts.push(`${gil.length} ${gil.length === 1 ? 're-enables' : 're-enable'} the GIL: ${names(gil)}`)
  const upgrades = deps.flatMap((d) => (d.upgrade?.status === 'found' ? [`${d.name} → ${d.upgrade.version}`] : []))
  if (upgrades.length > 0) parts.push(`upgrade: ${upgrades.join(', ')}`)
  return parts.join('; ')
}
