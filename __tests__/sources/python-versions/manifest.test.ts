import { expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  manifestCandidates,
  manifestPlatforms,
  mirrored,
  validateManifest,
} from '../../../src/sources/python-versions/manifest.js'
import type { Platform } from '../../../src/platform/platform.js'

const fixture = validateManifest(
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../../../testbed/fixtures/versions-manifest.json'), 'utf8'),
  ),
)
const ubuntu: Platform = {
  os: 'linux',
  arch: 'x64',
  distroId: 'ubuntu',
  distroVersion: '24.04',
  distroFamily: ['ubuntu', 'debian'],
  libc: 'gnu',
}

test('the real manifest has free-threaded builds for Ubuntu 24.04 from 3.13.0 on', () => {
  const found = manifestCandidates(fixture, ubuntu, 'freethreaded', '')
  expect(found.length).toBeGreaterThan(20)
  expect(found.every((c) => c.filename.endsWith('-x64-freethreaded.tar.gz'))).toBe(true)
  expect(found.some((c) => c.version === '3.13.0')).toBe(true)
  expect(found.some((c) => c.version.startsWith('3.12'))).toBe(false)
  expect(found.find((c) => c.version === '3.15.0-rc.1')?.stable).toBe(false)
})

test('nothing fits Debian 12, the machine this runs on', () => {
  const debian: Platform = { ...ubuntu, distroId: 'debian', distroVersion: '12', distroFamily: ['debian'] }
  expect(manifestCandidates(fixture, debian, 'freethreaded', '')).toEqual([])
  expect(manifestCandidates(fixture, debian, 'standard', '')).toEqual([])
})

test('RHEL clones match the rhel files by major version', () => {
  const rocky: Platform = {
    ...ubuntu,
    distroId: 'rocky',
    distroVersion: '9.4',
    distroFamily: ['rocky', 'rhel', 'centos', 'fedora'],
  }
  const found = manifestCandidates(fixture, rocky, 'standard', '')
  expect(found.length).toBeGreaterThan(0)
  expect(found.every((c) => c.filename.includes('-rhel-9-') || c.filename.includes('linux'))).toBe(true)
})

test('macOS and Windows match by platform and arch', () => {
  expect(manifestCandidates(fixture, { os: 'darwin', arch: 'arm64' }, 'freethreaded', '')[0].filename).toMatch(
    /darwin-arm64-freethreaded/,
  )
  expect(manifestCandidates(fixture, { os: 'win32', arch: 'x64' }, 'standard', '')[0].filename).toMatch(
    /win32-x64\.zip$/,
  )
})

test('a mirror keeps the <tag>/<file> layout of GitHub releases', () => {
  expect(
    mirrored(
      'https://github.com/actions/python-versions/releases/download/3.14.7-1/python-3.14.7-linux-24.04-x64.tar.gz',
      'http://m/pv',
    ),
  ).toBe('http://m/pv/3.14.7-1/python-3.14.7-linux-24.04-x64.tar.gz')
  expect(mirrored('http://other/a/b/tag/file.tar.gz', 'http://m')).toBe('http://m/tag/file.tar.gz')
  expect(mirrored('http://other/x', '')).toBe('http://other/x')
})

test('the platforms listing puts the machine OS first', () => {
  expect(manifestPlatforms(fixture, 'freethreaded', 'win32')[0]).toMatch(/^win32/)
})

test('a manifest that is not a list is refused', () => {
  expect(() => validateManifest({ versions: [] })).toThrow('not a JSON list')
  expect(() => validateManifest([{ version: 3 }])).toThrow('lacks version or files')
})
