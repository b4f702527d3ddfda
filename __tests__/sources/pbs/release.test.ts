import { expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  parseSha256Sums,
  pbsCandidates,
  pbsTriple,
  pbsTriplesFor,
  validateLatestRelease,
} from '../../../src/sources/pbs/release.js'
import type { Platform } from '../../../src/platform/platform.js'

// SHA256SUMS as the real release 20260814 would list it, rebuilt from the fixture's metadata.
const metadata = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../../testbed/fixtures/pbs-download-metadata.json'), 'utf8'),
) as Record<string, { url: string; sha256: string; build: string }>
const sums = parseSha256Sums(
  Object.values(metadata)
    .filter((entry) => entry.build === '20260814')
    .map((entry) => `${entry.sha256}  ${decodeURIComponent(entry.url.split('/').pop() as string)}`)
    .join('\n'),
)
const prefix = 'https://mirror.example/pbs/20260814'
const linux: Platform = { os: 'linux', arch: 'x64', libc: 'gnu', distroId: 'debian', distroVersion: '12' }

test('triples follow PBS naming', () => {
  expect(pbsTriple(linux)).toBe('x86_64-unknown-linux-gnu')
  expect(pbsTriple({ ...linux, arch: 'arm64', libc: 'musl' })).toBe('aarch64-unknown-linux-musl')
  expect(pbsTriple({ os: 'darwin', arch: 'arm64' })).toBe('aarch64-apple-darwin')
  expect(pbsTriple({ os: 'win32', arch: 'x64' })).toBe('x86_64-pc-windows-msvc')
})

test('the free-threaded install_only archives of the platform, with their checksums', () => {
  const found = pbsCandidates(sums, prefix, linux, 'freethreaded')
  expect(found.length).toBeGreaterThan(0)
  for (const c of found) {
    expect(c.filename).toMatch(
      /^cpython-3\.1[3-9].*-x86_64-unknown-linux-gnu-freethreaded-install_only_stripped\.tar\.gz$/,
    )
    expect(c.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(c.url.startsWith(`${prefix}/cpython-`)).toBe(true)
    expect(c.url).toContain('%2B20260814')
  }
  const rc = found.find((c) => c.version.startsWith('3.15.0-'))
  expect(rc?.stable).toBe(false)
})

test('the standard build never picks a free-threaded or debug archive', () => {
  const found = pbsCandidates(sums, prefix, linux, 'standard')
  expect(found.every((c) => !c.filename.includes('freethreaded'))).toBe(true)
  expect(new Set(found.map((c) => c.version)).size).toBe(found.length)
})

test('stripped archives are preferred over plain install_only', () => {
  const both = parseSha256Sums(
    `${'a'.repeat(64)}  cpython-3.14.7+20260814-x86_64-unknown-linux-gnu-install_only.tar.gz\n` +
      `${'b'.repeat(64)}  cpython-3.14.7+20260814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz\n`,
  )
  expect(pbsCandidates(both, prefix, linux, 'standard')).toEqual([expect.objectContaining({ sha256: 'b'.repeat(64) })])
})

test('listing where a build exists', () => {
  expect(pbsTriplesFor(sums, 'freethreaded')).toEqual(
    expect.arrayContaining(['aarch64-apple-darwin', 'x86_64-pc-windows-msvc']),
  )
})

test('latest-release.json must name a tag', () => {
  expect(validateLatestRelease({ version: 1, tag: '20260814', asset_url_prefix: prefix }).tag).toBe('20260814')
  expect(() => validateLatestRelease({ version: 1 })).toThrow('no release tag')
})
