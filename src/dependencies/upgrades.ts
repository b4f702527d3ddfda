import { compare, explain } from '@renovatebot/pep440'
import type { Platform } from '../platform/platform.js'
import { tagMinor } from '../model/build.js'
import { loads, wheelKind, type Dependency, type Upgrade, type WheelKind } from './readiness.js'

/*
 * The version to upgrade to (pure): from a project's listing on the package index (PEP 691 JSON),
 * the first release with a wheel that this build loads on this platform. Files carry no version:
 * it is read from each wheel's filename (name-version[-build]-python-abi-platform.whl) and compared
 * by PEP 440's rules. Pre-releases and yanked files are left out, as pip leaves them out.
 */

/** The part of a PEP 691 project listing that is read: its files' names and whether they are yanked. */
export interface ProjectListing {
  files: { filename: string; yanked?: boolean | string }[]
}

/** One wheel on the index: its version and its tag (compressed tag sets as the filename has them). */
export interface IndexWheel {
  version: string
  tag: string
}

/** name-1.0-cp313-cp313t-manylinux_2_17_x86_64.whl, or with a build tag; undefined for an sdist or a bad name. */
export function parseWheelFilename(filename: string): IndexWheel | undefined {
  if (!filename.endsWith('.whl')) return undefined
  const parts = filename.slice(0, -4).split('-')
  if (parts.length !== 5 && parts.length !== 6) return undefined
  const [python, abi, platform] = parts.slice(-3)
  return { version: parts[1], tag: `${python}-${abi}-${platform}` }
}

/** The machine's words for its platform tags: x86_64 or aarch64; amd64 or arm64 on Windows. */
const MACHINE = { x64: 'x86_64', arm64: 'aarch64' } as const

/**
 * Whether a wheel's platform tag installs on this platform, as the index spells them (no glibc
 * version is compared: the runners' is newer than what wheels ask).
 */
export function platformMatches(tag: string, platform: Pick<Platform, 'os' | 'arch' | 'libc'>): boolean {
  if (tag === 'any') return true
  switch (platform.os) {
    case 'linux': {
      const family = platform.libc === 'musl' ? 'musllinux' : 'manylinux'
      return tag.startsWith(`${family}`) && tag.endsWith(`_${MACHINE[platform.arch]}`)
    }
    case 'darwin': {
      const arch = platform.arch === 'arm64' ? ['arm64', 'universal2'] : ['x86_64', 'universal2', 'intel']
      return /^macosx_\d+_\d+_/.test(tag) && arch.some((a) => tag.endsWith(`_${a}`))
    }
    case 'win32':
      return tag === (platform.arch === 'arm64' ? 'win_arm64' : 'win_amd64')
  }
}

/** The kind of wheel this file is for this build on this platform, when the build loads it. */
function loadableKind(wheel: IndexWheel, abi: string, platform: Pick<Platform, 'os' | 'arch' | 'libc'>) {
  const [pythons = '', abis = '', platforms = ''] = wheel.tag.split('-')
  const here = platforms.split('.').find((tag) => platformMatches(tag, platform))
  // Interpreters this build is: py3, or a CPython 3 no newer than it (cp38-abi3 loads on 3.13).
  const python = pythons.split('.').find((name) => tagMinor(name) <= tagMinor(abi))
  if (!here || !python) return undefined
  const kind = wheelKind([`${python}-${abis}-${here}`], abi)
  return loads(kind, abi) && kind !== 'built-here' ? kind : undefined
}

/** A version pip would pick: a final release or a post-release, valid under PEP 440. */
function isRelease(version: string): boolean {
  const parsed = explain(version)
  return parsed !== null && !parsed.is_prerelease
}

/**
 * The first release with a wheel this build loads here, or, when `after` is given, the first
 * newer than it. A pure-Python wheel counts: it loads everywhere.
 */
export function firstRelease(
  listing: ProjectListing,
  abi: string,
  platform: Pick<Platform, 'os' | 'arch' | 'libc'>,
  after?: string,
): Upgrade {
  const found = new Map<string, WheelKind>()
  for (const file of listing.files) {
    if (file.yanked) continue
    const wheel = parseWheelFilename(file.filename)
    if (!wheel || !isRelease(wheel.version)) continue
    if (after !== undefined && compare(wheel.version, after) <= 0) continue
    const kind = loadableKind(wheel, abi, platform)
    // One kind per release: a wheel for the ABI itself is the one to name.
    if (kind && (found.get(wheel.version) === undefined || kind === 'abi')) found.set(wheel.version, kind)
  }
  const versions = [...found.keys()].sort(compare)
  if (versions.length === 0) return { status: 'none', newer: after !== undefined }
  return { status: 'found', version: versions[0], kind: found.get(versions[0])! }
}

/**
 * Whether the index is asked about a dependency: it was built from source or came in a form this
 * build cannot load (what to upgrade to), or its wheel loads but turns the GIL back on (whether a
 * newer release has such a wheel). The project's own (installed from a folder) is never asked about.
 */
export function needsLookup(dep: Dependency, abi: string): boolean {
  if (dep.local) return false
  return !loads(dep.wheel, abi) || dep.reEnablesGil !== undefined
}

/** The version after which to look: the installed one, when its wheel already loads (the GIL case). */
export function lookAfter(dep: Dependency, abi: string): string | undefined {
  return loads(dep.wheel, abi) ? dep.version : undefined
}

const KIND_WORDS: Partial<Record<WheelKind, string>> = {
  pure: 'pure-Python wheels',
  abi3t: 'abi3t wheels',
  abi3: 'abi3 wheels',
}

/**
 * In words: "2.1.0 has cp313t wheels", "no release has one yet", "unknown (timed out)". Nothing is
 * said about the GIL of a release the index only lists.
 */
export function upgradeText(upgrade: Upgrade, abi: string): string {
  switch (upgrade.status) {
    case 'found':
      return `${upgrade.version} has ${KIND_WORDS[upgrade.kind] ?? `${abi} wheels`}`
    case 'none':
      return upgrade.newer ? `no newer release has ${abi} wheels` : `no release has ${abi} wheels yet`
    case 'absent':
      return 'not on the package index'
    case 'unknown':
      return `unknown (${upgrade.reason})`
  }
}
