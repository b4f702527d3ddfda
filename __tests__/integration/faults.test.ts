import { afterAll, describe, expect, jest, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freshToolCache, runAction } from './action.js'
import { leftovers, probe, useTestbed } from './testbed.js'

jest.setTimeout(240_000)

const bed = useTestbed()

/** One ::error:: line, exit 1, and nothing half-installed. */
async function expectOneError(inputs: Record<string, string>, pattern: RegExp) {
  const toolCache = freshToolCache()
  const run = await runAction(inputs, { toolCache })
  expect(run.errors).toHaveLength(1)
  expect(run.errors[0]).toMatch(pattern)
  expect(run.code).toBe(1)
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/)
  expect(leftovers(toolCache)).toEqual([])
  return { run, toolCache }
}

describe('bad input', () => {
  test('an unknown version lists the nearest that exist', async () => {
    await expectOneError(
      { ...bed.pbsInputs, 'python-version': '3.99' },
      new RegExp(`python-version: .*'3\\.99'.*${bed.version.replace(/\./g, '\\.')}`),
    )
  })

  test('3.12t: free-threaded builds begin at 3.13', async () => {
    await expectOneError(
      { ...bed.pbsInputs, 'python-version': '3.12t' },
      /python-version: '3\.12t' has no free-threaded build: free-threaded CPython begins at 3\.13/,
    )
  })

  test('a plain 3.12 asks for both builds and says how to get the standard one only', async () => {
    await expectOneError(
      { ...bed.pbsInputs, 'python-version': '3.12' },
      /python-version: .*begins at 3\.13.*builds: standard/,
    )
  })

  test('not a version at all', async () => {
    await expectOneError(
      { ...bed.pbsInputs, 'python-version': 'pypy3.10' },
      /python-version: 'pypy3\.10' is not a CPython version/,
    )
  })

  test.each([
    ['source', 'conda', /source: 'conda' is not valid; use one of: auto, python-versions, python-build-standalone/],
    ['builds', 'all', /builds: 'all' is not valid; use one of: both, freethreaded, standard/],
    ['default-build', 'nogil', /default-build: 'nogil' is not valid/],
    ['architecture', 'riscv64', /architecture: 'riscv64' is not supported; use x64 or arm64/],
    ['check-latest', 'maybe', /check-latest: 'maybe' is not valid; use true or false/],
    ['pbs-release', 'latest', /pbs-release: 'latest' is not a python-build-standalone release tag/],
  ])('a bad %s value', async (input, value, pattern) => {
    await expectOneError({ ...bed.pbsInputs, 'python-version': bed.minor, [input]: value }, pattern)
  })

  test('an arch with no build lists the platforms that have one', async () => {
    await expectOneError(
      { ...bed.pythonVersionsInputs, 'python-version': bed.minor, architecture: 'arm64' },
      /python-version: no CPython satisfies '3\.13'.*arm64.*elsewhere: .*x64/,
    )
  })

  test('python-version-file that does not exist', async () => {
    await expectOneError(
      { ...bed.pbsInputs, 'python-version-file': 'no/such/.python-version' },
      /python-version-file: 'no\/such\/\.python-version' does not exist/,
    )
  })
})

describe('network and archive faults', () => {
  test('an unreachable mirror', async () => {
    await expectOneError(
      {
        ...bed.pbsInputs,
        'python-version': bed.minor,
        'pbs-latest-release-url': 'http://127.0.0.1:9/latest-release.json',
      },
      /pbs-latest-release-url: could not fetch http:\/\/127\.0\.0\.1:9\/latest-release\.json: .*ECONNREFUSED/,
    )
  })

  test('HTTP 404 on the archive', async () => {
    await expectOneError(
      { ...bed.pbsInputs, 'python-version': bed.minor, 'pbs-mirror': `${bed.server.url}/fault/404/pbs` },
      /pbs-mirror: could not fetch .*SHA256SUMS: HTTP 404/,
    )
    await expectOneError(
      {
        ...bed.pythonVersionsInputs,
        'python-version': bed.minor,
        mirror: `${bed.server.url}/fault/404/python-versions`,
      },
      /mirror: download of .* failed: HTTP 404; check that mirror serves python-/,
    )
  })

  test('HTTP 500 is retried, then reported', async () => {
    const before = bed.server.requests.length
    await expectOneError(
      {
        ...bed.pythonVersionsInputs,
        'python-version': `${bed.minor}t`,
        mirror: `${bed.server.url}/fault/500/python-versions`,
      },
      /mirror: download of .* failed: HTTP 500, in each of 3 attempts; check that mirror serves python-/,
    )
    const attempts = bed.server.requests.slice(before).filter((r) => r.includes('/fault/500/'))
    expect(attempts).toHaveLength(3)
  })

  test('a transient 500 is retried and the install succeeds', async () => {
    const toolCache = freshToolCache()
    const run = await runAction(
      {
        ...bed.pythonVersionsInputs,
        'python-version': `${bed.minor}t`,
        mirror: `${bed.server.url}/fault/flaky500-1/python-versions`,
      },
      { toolCache },
    )
    expect(run.errors).toEqual([])
    expect(probe(run.outputs['python-path'], { LD_LIBRARY_PATH: run.env.LD_LIBRARY_PATH }).gilDisabledBuild).toBe(1)
  })

  test('a transfer cut short says how far it got, that it was retried, then what to check', async () => {
    const before = bed.server.requests.length
    const { run } = await expectOneError(
      {
        ...bed.pythonVersionsInputs,
        'python-version': `${bed.minor}t`,
        mirror: `${bed.server.url}/fault/reset/python-versions`,
      },
      /mirror: download of .* failed: the transfer was cut short: ([\d,]+) of ([\d,]+) bytes arrived \(.*\), in each of 3 attempts; the server or a proxy closes the connection early: check that mirror serves python-.*\.tar\.gz whole/,
    )
    const [, received, total] = /cut short: ([\d,]+) of ([\d,]+) bytes/
      .exec(run.errors[0])!
      .map((n) => Number(n.replace(/,/g, '')))
    expect(received).toBeGreaterThan(0)
    expect(received).toBeLessThan(total)
    expect(bed.server.requests.slice(before).filter((r) => r.includes('/fault/reset/'))).toHaveLength(3)
    expect(run.stdout.match(/^Download attempt \d of .* failed: .*; retrying$/gm)).toHaveLength(2)
  })

  test('a truncated archive (no published checksum) fails to extract', async () => {
    await expectOneError(
      {
        ...bed.pythonVersionsInputs,
        'python-version': `${bed.minor}t`,
        mirror: `${bed.server.url}/fault/truncate/python-versions`,
      },
      /mirror: python-.*\.tar\.gz is corrupt or truncated/,
    )
  })

  test('a checksum mismatch', async () => {
    await expectOneError(
      { ...bed.pbsInputs, 'python-version': `${bed.minor}t`, 'pbs-mirror': `${bed.server.url}/fault/corrupt/pbs` },
      /checksum mismatch for cpython-.*: expected sha256 [0-9a-f]{64}, got [0-9a-f]{64}/,
    )
  })

  test('a truncated PBS archive is caught by its checksum', async () => {
    await expectOneError(
      { ...bed.pbsInputs, 'python-version': `${bed.minor}t`, 'pbs-mirror': `${bed.server.url}/fault/truncate/pbs` },
      /pbs-mirror: checksum mismatch/,
    )
  })
})

/** A 40 MiB tmpfs, too small for one unpacked CPython; undefined where mounting is not allowed. */
function smallDisk(): string | undefined {
  const dir = mkdtempSync(path.join(tmpdir(), 'spft-full-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=40m', 'tmpfs', dir], { stdio: 'ignore' })
    return dir
  } catch {
    return undefined
  }
}

const disk = smallDisk()
const onSmallDisk = disk ? test : test.skip

describe('a full disk', () => {
  afterAll(() => {
    if (disk) execFileSync('umount', [disk])
  })

  onSmallDisk('is reported as such and leaves nothing behind', async () => {
    const toolCache = disk as string
    const run = await runAction({ ...bed.pbsInputs, 'python-version': bed.minor }, { toolCache })
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(/no space left on the device that holds the tool cache/)
    expect(run.code).toBe(1)
    expect(leftovers(toolCache)).toEqual([])
    expect(readdirSync(toolCache).flatMap((d) => readdirSync(path.join(toolCache, d)))).toEqual([])
  })
})

describe('concurrency', () => {
  test('two processes installing the same version into one tool cache both succeed, one intact tree', async () => {
    const toolCache = freshToolCache()
    const inputs = { ...bed.pbsInputs, 'python-version': bed.minor }
    const [a, b] = await Promise.all([runAction(inputs, { toolCache }), runAction(inputs, { toolCache })])
    expect([a.code, b.code, ...a.errors, ...b.errors]).toEqual([0, 0])
    expect(a.outputs['python-path']).toBe(b.outputs['python-path'])
    expect(leftovers(toolCache)).toEqual([])
    expect(readdirSync(path.join(toolCache, 'Python', bed.version)).sort()).toEqual([
      'x64',
      'x64-freethreaded',
      'x64-freethreaded.complete',
      'x64.complete',
    ])
    expect(probe(a.outputs['python-path-standard']).gilDisabledBuild).toBe(0)
    expect(probe(a.outputs['python-path-freethreaded']).gilDisabledBuild).toBe(1)
  })
})
