// The upgrade lookup over real HTTP: a PEP 691 index on 127.0.0.1 serving PyPI's real listings
// (testbed/package-index.mjs), and the same index slow, failing, or without the JSON API.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { openPackageIndex } from '../../src/dependencies/package-index.js'
import type { Dependency } from '../../src/dependencies/readiness.js'
// @ts-expect-error: a plain ES module of the test bed
import { startPackageIndex } from '../../testbed/package-index.mjs'

type Index = { url: (fault?: string) => string; requests: string[]; close: () => Promise<void> }
let index: Index
beforeAll(async () => {
  index = await startPackageIndex()
})
afterAll(() => index.close())

const LINUX = { os: 'linux', arch: 'x64', libc: 'gnu' } as const
const DEPS: Dependency[] = [
  { name: 'NumPy', version: '1.26.4', wheel: 'built-here', built: 'this-run' },
  { name: 'cryptography', version: '45.0.0', wheel: 'abi3' },
  { name: 'zstandard', version: '0.23.0', wheel: 'built-here' },
  { name: 'not-on-the-index', version: '1.0', wheel: 'built-here' },
  { name: 'the-project', version: '0.1', wheel: 'built-here', local: true },
  { name: 'six', version: '1.16.0', wheel: 'pure' },
]
const upgradeOf = (deps: Dependency[], name: string) => deps.find((d) => d.name === name)?.upgrade

describe('the package index, asked over HTTP', () => {
  test('one JSON request per dependency that needs it, answered from the real listings', async () => {
    const before = index.requests.length
    const lookup = openPackageIndex({ url: index.url(), platform: LINUX, deadlineMs: 5000 })
    const deps = await lookup.upgrades(DEPS, 'cp314t')
    expect(upgradeOf(deps, 'NumPy')).toEqual({ status: 'found', version: '2.3.2', kind: 'abi' })
    expect(upgradeOf(deps, 'cryptography')).toEqual({ status: 'found', version: '46.0.0', kind: 'abi' })
    expect(upgradeOf(deps, 'zstandard')).toEqual({ status: 'none', newer: false })
    expect(upgradeOf(deps, 'not-on-the-index')).toEqual({ status: 'absent' })
    expect(upgradeOf(deps, 'the-project')).toBeUndefined()
    expect(upgradeOf(deps, 'six')).toBeUndefined()
    // Names normalized as the simple API's paths are (PEP 503); the standard build's lookup reuses them.
    await lookup.upgrades(DEPS, 'cp314')
    expect(index.requests.slice(before).sort()).toEqual([
      '/simple/cryptography/ [json]',
      '/simple/not-on-the-index/ [json]',
      '/simple/numpy/ [json]',
      '/simple/zstandard/ [json]',
    ])
  })

  test('an index that does not answer: "unknown" at the deadline, for each, at once', async () => {
    const lookup = openPackageIndex({ url: index.url('slow'), platform: LINUX, deadlineMs: 300 })
    const started = Date.now()
    const deps = await lookup.upgrades(DEPS, 'cp313t')
    expect(Date.now() - started).toBeLessThan(2000)
    expect(upgradeOf(deps, 'NumPy')).toEqual({ status: 'unknown', reason: 'no answer within 0.3 s' })
    expect(upgradeOf(deps, 'zstandard')?.status).toBe('unknown')
  })

  test('an index that answers 500, one without the JSON API, and one that is not there', async () => {
    const failing = await openPackageIndex({ url: index.url('500'), platform: LINUX, deadlineMs: 5000 }).upgrades(
      DEPS,
      'cp313t',
    )
    expect(upgradeOf(failing, 'NumPy')).toEqual({ status: 'unknown', reason: 'the index answered HTTP 500' })
    const html = await openPackageIndex({ url: index.url('html'), platform: LINUX, deadlineMs: 5000 }).upgrades(
      DEPS,
      'cp313t',
    )
    expect(upgradeOf(html, 'NumPy')).toEqual({ status: 'unknown', reason: 'the index has no JSON API (PEP 691)' })
    const gone = await openPackageIndex({
      url: 'http://127.0.0.1:9/simple',
      platform: LINUX,
      deadlineMs: 5000,
    }).upgrades(DEPS, 'cp313t')
    expect(upgradeOf(gone, 'NumPy')).toEqual({ status: 'unknown', reason: 'could not reach the index (ECONNREFUSED)' })
  })

  test("a private index's credentials go as a header, never in the path", async () => {
    const url = index.url().replace('http://', 'http://user:s3cret@')
    const before = index.requests.length
    const deps = await openPackageIndex({ url, platform: LINUX, deadlineMs: 5000 }).upgrades(DEPS.slice(0, 1), 'cp313t')
    expect(upgradeOf(deps, 'NumPy')).toEqual({ status: 'found', version: '2.1.0', kind: 'abi' })
    expect(index.requests.slice(before)).toEqual(['/simple/numpy/ [auth] [json]'])
  })

  test('nothing is asked when no dependency needs it', async () => {
    const before = index.requests.length
    const deps = await openPackageIndex({ url: index.url(), platform: LINUX, deadlineMs: 5000 }).upgrades(
      DEPS.slice(-1),
      'cp313t',
    )
    expect(deps).toEqual(DEPS.slice(-1))
    expect(index.requests.length).toBe(before)
  })
})
