import { createHash } from 'node:crypto'
import path from 'node:path'
import { minorOf } from '../model/build.js'

/*
 * The free-threaded CPython built with ThreadSanitizer that the freethreaded-tsan mode runs on (pure):
 * where it goes, how it is configured, and the key it is cached under.
 */

/**
 * Bump when the build recipe changes, so that cached interpreters are built again. The flags: no
 * pip in the prefix (venvs bring their own from ensurepip's bundled wheel), no test package (its
 * install compiles thousands of files under TSan), a static libpython.
 */
export const TSAN_RECIPE = 2
export const CONFIGURE_FLAGS = [
  '--disable-gil',
  '--with-thread-sanitizer',
  '--with-ensurepip=no',
  '--disable-test-modules',
] as const

/** The tool-cache folder setup-python and the other builds never look in (they use Python/<version>). */
export const TSAN_TOOL = 'setup-python-ft-tsan'

/**
 * The record written into a built interpreter (its key and flags): it travels with the cache entry,
 * so that a restored copy is known to be this key's. Completeness is the marker beside the folder.
 */
export const TSAN_MARKER = 'setup-python-ft-tsan.json'

/** CPython's own suppressions for the free-threaded build, copied from its source into the prefix. */
export const SUPPRESSIONS_IN_PREFIX = path.join('share', 'setup-python-ft', 'suppressions_free_threading.txt')

export function tsanInstallDir(toolCache: string, version: string, arch: string): string {
  return path.join(toolCache, TSAN_TOOL, version, arch)
}

export function tsanPython(prefix: string, version: string): string {
  return path.join(prefix, 'bin', `python${minorOf(version)}t`)
}

/**
 * CPython's own spelling of a version, as its tarballs are named: 3.15.0-rc.1 (semver, as the
 * action resolves versions) -> 3.15.0rc1; 3.14.2 stays.
 */
export function cpythonVersion(version: string): string {
  const pre = { alpha: 'a', beta: 'b', rc: 'rc' } as Record<string, string>
  return version.replace(/-(alpha|beta|rc)\.(\d+)$/, (_, kind: string, n: string) => `${pre[kind]}${n}`)
}

/** The release folder of python.org's layout: the version without its pre-release part. */
const releaseFolder = (version: string) => version.replace(/-.*$/, '')

export function sourceFilename(version: string): string {
  return `Python-${cpythonVersion(version)}.tar.xz`
}

/** The tarball in python.org's layout: <mirror>/3.15.0/Python-3.15.0rc1.tar.xz. */
export function sourceUrl(mirror: string, version: string): string {
  return `${mirror}/${releaseFolder(version)}/${sourceFilename(version)}`
}

/** A sums file a mirror may serve beside the tarballs, in sha256sum's format. */
export function sumsUrl(mirror: string, version: string): string {
  return `${mirror}/${releaseFolder(version)}/SHA256SUMS`
}

/** The checksum sha256sum's output gives a file, if it lists it. */
export function checksumIn(sums: string, filename: string): string | undefined {
  for (const line of sums.split('\n')) {
    const match = /^([0-9a-fA-F]{64})\s+\*?(\S+)\s*$/.exec(line.trim())
    if (match && path.posix.basename(match[2]) === filename) return match[1].toLowerCase()
  }
  return undefined
}

/**
 * The compiler from what `cc --version` prints: "gcc (Debian 12.2.0-14) 12.2.0" (or Debian's
 * "cc (Debian ...) 12.2.0", which is gcc too: its output names the Free Software Foundation) ->
 * gcc-12.2.0; "Apple clang version 15.0.0 (...)" -> clang-15.0.0.
 */
export function compilerId(versionOutput: string): string {
  const first = versionOutput.trim().split('\n')[0]
  const name = /clang/i.test(first)
    ? 'clang'
    : /gcc|g\+\+|GCC|Free Software Foundation/.test(versionOutput)
      ? 'gcc'
      : 'cc'
  const version = /(\d+\.\d+(?:\.\d+)?)\s*$/.exec(first)?.[1] ?? /(\d+\.\d+(?:\.\d+)?)/.exec(first)?.[1]
  return version ? `${name}-${version}` : `${name}-${createHash('sha256').update(first).digest('hex').slice(0, 8)}`
}

export interface TsanBuildFacts {
  os: string
  arch: string
  version: string
  /** compilerId() of the compiler configure will use. */
  compiler: string
}

/** The cache key: OS, arch, version, compiler and its version, and the configure flags (as a hash). */
export function tsanCacheKey(facts: TsanBuildFacts): string {
  const flags = createHash('sha256')
    .update(`${TSAN_RECIPE} ${CONFIGURE_FLAGS.join(' ')}`)
    .digest('hex')
    .slice(0, 12)
  return `setup-python-ft-tsan-${facts.os}-${facts.arch}-${facts.version}-${facts.compiler}-${flags}`
}
