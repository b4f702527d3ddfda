import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import {
  firstRelease,
  lookAfter,
  needsLookup,
  parseWheelFilename,
  platformMatches,
  upgradeText,
  type ProjectListing,
} from '../../src/dependencies/upgrades.js'
import type { Dependency } from '../../src/dependencies/readiness.js'

/** A real listing from PyPI, saved in testbed/package-index (see its README). */
const listing = (project: string): ProjectListing =>
  JSON.parse(gunzipSync(readFileSync(path.join('testbed', 'package-index', `${project}.json.gz`))).toString())

const LINUX = { os: 'linux', arch: 'x64', libc: 'gnu' } as const

describe('the version to upgrade to, from real PyPI listings', () => {
  const numpy = listing('numpy')
  const cryptography = listing('cryptography')
  const zstandard = listing('zstandard')

  test("numpy: the first release with a wheel for each free-threaded ABI, by PEP 440's order", () => {
    expect(firstRelease(numpy, 'cp313t', LINUX)).toEqual({ status: 'found', version: '2.1.0', kind: 'abi' })
    expect(firstRelease(numpy, 'cp314t', LINUX)).toEqual({ status: 'found', version: '2.3.2', kind: 'abi' })
    expect(firstRelease(numpy, 'cp315t', LINUX)).toEqual({ status: 'found', version: '2.5.2', kind: 'abi' })
    // Not 2.0.0rc1's or 2.1.0rc1's: pre-releases are left out, as pip leaves them out.
    expect(firstRelease(numpy, 'cp313t', { os: 'darwin', arch: 'arm64' })).toEqual(
      expect.objectContaining({ version: '2.1.0' }),
    )
    expect(firstRelease(numpy, 'cp313t', { os: 'win32', arch: 'x64' })).toEqual(
      expect.objectContaining({ status: 'found' }),
    )
  })

  test('numpy: yanked files are skipped (all of 2.4.0 was yanked)', () => {
    const after = firstRelease(numpy, 'cp313t', LINUX, '2.3.5')
    expect(after).toEqual({ status: 'found', version: '2.4.1', kind: 'abi' })
  })

  test('cryptography: abi3t (PEP 803) is what 3.15t takes; nothing for 3.13t', () => {
    expect(firstRelease(cryptography, 'cp313t', LINUX)).toEqual({ status: 'none', newer: false })
    expect(firstRelease(cryptography, 'cp314t', LINUX)).toEqual({ status: 'found', version: '46.0.0', kind: 'abi' })
    expect(firstRelease(cryptography, 'cp315t', LINUX)).toEqual({ status: 'found', version: '50.0.2', kind: 'abi3t' })
    expect(firstRelease(cryptography, 'cp316t', LINUX)).toEqual(expect.objectContaining({ kind: 'abi3t' }))
    // The standard build loads its abi3 wheels from the first (cp36-abi3, and older ones).
    expect(firstRelease(cryptography, 'cp313', LINUX)).toEqual(expect.objectContaining({ kind: 'abi3' }))
  })

  test('zstandard: no release has a free-threaded wheel; versions sort by PEP 440, not as text', () => {
    expect(firstRelease(zstandard, 'cp313t', LINUX)).toEqual({ status: 'none', newer: false })
    expect(upgradeText(firstRelease(zstandard, 'cp313t', LINUX), 'cp313t')).toBe('no release has cp313t wheels yet')
    // The index's own list of versions ends 0.9.1; the newest with a cp313 wheel is 0.25.0 or later.
    const newest = firstRelease(zstandard, 'cp313', LINUX, '0.24.0')
    expect(newest).toEqual({ status: 'found', version: '0.25.0', kind: 'abi' })
  })

  test('musl and aarch64 are told apart from glibc and x86_64', () => {
    expect(firstRelease(numpy, 'cp313t', { os: 'linux', arch: 'arm64', libc: 'musl' })).toEqual(
      expect.objectContaining({ status: 'found' }),
    )
    expect(platformMatches('musllinux_1_2_x86_64', LINUX)).toBe(false)
    expect(platformMatches('manylinux_2_17_aarch64', LINUX)).toBe(false)
    expect(platformMatches('manylinux2014_x86_64', LINUX)).toBe(true)
    expect(platformMatches('macosx_10_9_universal2', { os: 'darwin', arch: 'arm64' })).toBe(true)
    expect(platformMatches('win_arm64', { os: 'win32', arch: 'x64' })).toBe(false)
  })
})

describe('wheel file names and which dependencies are asked about', () => {
  test('names with and without a build tag; sdists are not wheels', () => {
    expect(parseWheelFilename('numpy-2.1.0-cp313-cp313t-manylinux_2_17_x86_64.manylinux2014_x86_64.whl')).toEqual({
      version: '2.1.0',
      tag: 'cp313-cp313t-manylinux_2_17_x86_64.manylinux2014_x86_64',
    })
    expect(parseWheelFilename('pkg-1.0-1-py3-none-any.whl')).toEqual({ version: '1.0', tag: 'py3-none-any' })
    expect(parseWheelFilename('numpy-2.1.0.tar.gz')).toBeUndefined()
    expect(parseWheelFilename('bad-name.whl')).toBeUndefined()
  })

  test('a pure-Python release counts; an abi3 wheel newer than the build does not', () => {
    const files = (...names: string[]) => ({ files: names.map((filename) => ({ filename })) })
    expect(
      firstRelease(files('p-1.0-cp313-cp313-manylinux_2_17_x86_64.whl', 'p-2.0-py3-none-any.whl'), 'cp313t', LINUX),
    ).toEqual({ status: 'found', version: '2.0', kind: 'pure' })
    expect(firstRelease(files('p-1.0-cp314-abi3-manylinux_2_17_x86_64.whl'), 'cp313', LINUX)).toEqual({
      status: 'none',
      newer: false,
    })
    expect(firstRelease(files('p-1.0-py2-none-any.whl'), 'cp313t', LINUX)).toEqual({ status: 'none', newer: false })
  })

  const dep = (over: Partial<Dependency>): Dependency => ({ name: 'x', version: '1.0', wheel: 'abi', ...over })

  test('built here, abi3 only on a free-threaded build, and a GIL re-enabler are asked about; the project itself never', () => {
    expect(needsLookup(dep({ wheel: 'built-here' }), 'cp313t')).toBe(true)
    expect(needsLookup(dep({ wheel: 'abi3' }), 'cp313t')).toBe(true)
    expect(needsLookup(dep({ wheel: 'abi3' }), 'cp313')).toBe(false)
    expect(needsLookup(dep({ wheel: 'abi' }), 'cp313t')).toBe(false)
    expect(needsLookup(dep({ wheel: 'abi', reEnablesGil: ['x._c'] }), 'cp313t')).toBe(true)
    expect(needsLookup(dep({ wheel: 'built-here', local: true }), 'cp313t')).toBe(false)
    // A re-enabler whose wheel loads: only newer releases are of use; one built here: any.
    expect(lookAfter(dep({ reEnablesGil: ['x._c'] }), 'cp313t')).toBe('1.0')
    expect(lookAfter(dep({ wheel: 'built-here' }), 'cp313t')).toBeUndefined()
  })

  test('in words, saying nothing of the GIL', () => {
    expect(upgradeText({ status: 'found', version: '2.1.0', kind: 'abi' }, 'cp313t')).toBe('2.1.0 has cp313t wheels')
    expect(upgradeText({ status: 'found', version: '50.0.2', kind: 'abi3t' }, 'cp315t')).toBe('50.0.2 has abi3t wheels')
    expect(upgradeText({ status: 'none', newer: true }, 'cp313t')).toBe('no newer release has cp313t wheels')
    expect(upgradeText({ status: 'absent' }, 'cp313t')).toBe('not on the package index')
    expect(upgradeText({ status: 'unknown', reason: 'no answer within 5 s' }, 'cp313t')).toBe(
      'unknown (no answer within 5 s)',
    )
  })
})
