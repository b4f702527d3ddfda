// CPython 3.15 as users pick it now (3.15.0 came out on 2026-10-09): the real manifest and PBS
// release of the fixtures (testbed/fixtures, snapshots of August 2026, newest 3.15.0-rc.1) with a
// 3.15.2 entry added in their own shapes, since the live sources are out of reach here. 3.15.2's
// entries are 3.14.7's with the version changed: the same files, platforms and archive names.
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseVersionEntry } from '../../src/inputs/version-spec.js'
import { resolveRequest, type Availability } from '../../src/resolve/resolve-version.js'
import { parseSha256Sums, pbsCandidates } from '../../src/sources/pbs/release.js'
import { manifestCandidates, validateManifest } from '../../src/sources/python-versions/manifest.js'
import type { Build } from '../../src/model/build.js'
import type { Platform } from '../../src/platform/platform.js'

const fixture = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../../testbed/fixtures', name), 'utf8')
const ubuntu: Platform = {
  os: 'linux',
  arch: 'x64',
  distroId: 'ubuntu',
  distroVersion: '24.04',
  distroFamily: ['ubuntu', 'debian'],
  libc: 'gnu',
}

/** The manifest with a 3.15.2 release first, as python-versions lists the newest first. */
function manifestWith3152() {
  const releases = JSON.parse(fixture('versions-manifest.json')) as { version: string }[]
  const base = JSON.stringify(releases.find((r) => r.version === '3.14.7'))
  const added = JSON.parse(base.replaceAll('3.14.7', '3.15.2')) as { version: string }
  return validateManifest([added, ...releases])
}

/** SHA256SUMS of PBS release 20260814 and of a later one (20261120) that has 3.15.2. */
function sumsWith3152() {
  const metadata = JSON.parse(fixture('pbs-download-metadata.json')) as Record<
    string,
    { url: string; sha256: string; build: string }
  >
  const lines = Object.values(metadata)
    .filter((entry) => entry.build === '20260814')
    .map((entry) => `${entry.sha256}  ${decodeURIComponent(entry.url.split('/').pop()!)}`)
  const later = lines
    .filter((line) => line.includes('cpython-3.14.7+'))
    .map((line) => line.replace('cpython-3.14.7+20260814', 'cpython-3.15.2+20261120'))
  return parseSha256Sums([...lines, ...later].join('\n'))
}

const pool = (candidates: (build: Build) => Availability['candidates']): Record<Build, Availability> => ({
  standard: { cached: [], candidates: candidates('standard') },
  freethreaded: { cached: [], candidates: candidates('freethreaded') },
})
const resolve = (entry: string, available: Record<Build, Availability>) =>
  resolveRequest(parseVersionEntry(entry, 'both', false), available, { useCacheOnly: false })?.map((p) => [
    p.build,
    p.version,
  ])

describe.each([
  ['python-versions', () => pool((build) => manifestCandidates(manifestWith3152(), ubuntu, build, ''))],
  [
    'python-build-standalone',
    () => pool((build) => pbsCandidates(sumsWith3152(), 'https://mirror.example/pbs', ubuntu, build)),
  ],
])('%s with a 3.15.2 entry', (_source, available) => {
  test('3.x and 3.15 pick 3.15.2 for both builds', () => {
    for (const entry of ['3.x', '3.15', '>=3.13'])
      expect(resolve(entry, available())).toEqual([
        ['standard', '3.15.2'],
        ['freethreaded', '3.15.2'],
      ])
  })

  test('3.15t the free-threaded build only, 3.15+gil the standard build only', () => {
    expect(resolve('3.15t', available())).toEqual([['freethreaded', '3.15.2']])
    expect(resolve('3.15+gil', available())).toEqual([['standard', '3.15.2']])
    expect(resolve('3.15.2t', available())).toEqual([['freethreaded', '3.15.2']])
  })

  test('3.14 stays on 3.14, and the release candidate is not picked once 3.15.2 is out', () => {
    expect(resolve('3.14', available())).toEqual([
      ['standard', '3.14.7'],
      ['freethreaded', '3.14.7'],
    ])
    expect(
      resolveRequest(parseVersionEntry('3.15', 'both', true), available(), { useCacheOnly: false })?.[0].version,
    ).toBe('3.15.2')
  })
})

test('the 3.15.2 archives are the ones the sources name for this platform', () => {
  const fromManifest = manifestCandidates(manifestWith3152(), ubuntu, 'freethreaded', '').find(
    (c) => c.version === '3.15.2',
  )
  expect(fromManifest?.filename).toBe('python-3.15.2-linux-24.04-x64-freethreaded.tar.gz')
  const fromPbs = pbsCandidates(sumsWith3152(), 'https://mirror.example/pbs', ubuntu, 'freethreaded').find(
    (c) => c.version === '3.15.2',
  )
  expect(fromPbs?.filename).toBe(
    'cpython-3.15.2+20261120-x86_64-unknown-linux-gnu-freethreaded-install_only_stripped.tar.gz',
  )
})
