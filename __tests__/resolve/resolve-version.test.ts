import { expect, test } from '@jest/globals'
import { resolveRequest, unresolvedError, type Availability } from '../../src/resolve/resolve-version.js'
import { parseVersionEntry } from '../../src/inputs/version-spec.js'
import type { Candidate } from '../../src/sources/candidate.js'

function candidate(
  version: string,
  build: Candidate['build'],
  source: Candidate['source'] = 'python-versions',
): Candidate {
  return {
    source,
    version,
    build,
    stable: !version.includes('-'),
    url: `https://x/${version}-${build}`,
    filename: `${version}-${build}`,
  }
}

function availability(standard: Partial<Availability>, freethreaded: Partial<Availability>) {
  return {
    standard: { cached: [], candidates: [], ...standard },
    freethreaded: { cached: [], candidates: [], ...freethreaded },
  }
}

test('both builds of an entry resolve to the same, newest common version', () => {
  const request = parseVersionEntry('3.x', 'both', false)
  const plan = resolveRequest(
    request,
    availability(
      { candidates: [candidate('3.14.7', 'standard'), candidate('3.14.6', 'standard')] },
      { candidates: [candidate('3.14.6', 'freethreaded')] },
    ),
    { useCacheOnly: false },
  )
  expect(plan?.map((p) => [p.build, p.version])).toEqual([
    ['standard', '3.14.6'],
    ['freethreaded', '3.14.6'],
  ])
})

test('a cached version is used without a download', () => {
  const request = parseVersionEntry('3.14', 'both', false)
  const plan = resolveRequest(
    request,
    availability(
      { cached: ['3.14.5'], candidates: [candidate('3.14.5', 'standard')] },
      { candidates: [candidate('3.14.5', 'freethreaded')] },
    ),
    { useCacheOnly: false },
  )
  expect(plan?.map((p) => Boolean(p.download))).toEqual([false, true])
})

test('cache-only resolution needs every build cached', () => {
  const request = parseVersionEntry('3.14', 'both', false)
  expect(resolveRequest(request, availability({ cached: ['3.14.5'] }, {}), { useCacheOnly: true })).toBeUndefined()
  expect(
    resolveRequest(request, availability({ cached: ['3.14.5'] }, { cached: ['3.14.5'] }), { useCacheOnly: true }),
  ).toHaveLength(2)
})

test('pre-releases only with allow-prereleases or a -dev entry', () => {
  const pool = availability(
    { candidates: [candidate('3.15.0-rc.1', 'standard')] },
    { candidates: [candidate('3.15.0-rc.1', 'freethreaded')] },
  )
  expect(resolveRequest(parseVersionEntry('3.15', 'both', false), pool, { useCacheOnly: false })).toBeUndefined()
  expect(resolveRequest(parseVersionEntry('3.15', 'both', true), pool, { useCacheOnly: false })?.[0].version).toBe(
    '3.15.0-rc.1',
  )
  expect(resolveRequest(parseVersionEntry('3.15-dev', 'both', false), pool, { useCacheOnly: false })?.[0].version).toBe(
    '3.15.0-rc.1',
  )
})

test('the first source listing a version serves it', () => {
  const request = parseVersionEntry('3.14.7t', 'both', false)
  const plan = resolveRequest(
    request,
    availability(
      {},
      {
        candidates: [
          candidate('3.14.7', 'freethreaded'),
          candidate('3.14.7', 'freethreaded', 'python-build-standalone'),
        ],
      },
    ),
    { useCacheOnly: false },
  )
  expect(plan?.[0].download?.source).toBe('python-versions')
})

test('the error for an unknown version lists the nearest ones', () => {
  const request = parseVersionEntry('3.13.99', 'both', false)
  const versions = ['3.14.7', '3.14.6', '3.13.15', '3.13.14', '3.13.0']
  const error = unresolvedError(
    request,
    availability(
      { candidates: versions.map((v) => candidate(v, 'standard')) },
      { candidates: versions.map((v) => candidate(v, 'freethreaded')) },
    ),
    'linux x64',
  )
  expect(error.message).toMatch(/^python-version: no CPython satisfies '3\.13\.99'/)
  expect(error.message).toContain('standard builds for linux x64: 3.14.7, 3.14.6, 3.13.15, 3.13.14, 3.13.0')
})

test('the error for a platform with no build lists where there is one', () => {
  const error = unresolvedError(
    parseVersionEntry('3.14', 'both', false),
    availability({}, { elsewhere: ['linux 24.04 x64'] }),
    'linux arm64',
  )
  expect(error.message).toContain('no free-threaded build for linux arm64; elsewhere: linux 24.04 x64')
})

test('with allow-prereleases a stable release still wins when there is one', () => {
  const versions = ['3.14.7', '3.15.0-rc.1']
  const pool = availability(
    { candidates: versions.map((v) => candidate(v, 'standard')) },
    { candidates: versions.map((v) => candidate(v, 'freethreaded')) },
  )
  expect(resolveRequest(parseVersionEntry('3.x', 'both', true), pool, { useCacheOnly: false })?.[0].version).toBe(
    '3.14.7',
  )
})
