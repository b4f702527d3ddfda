import { describe, expect, test } from '@jest/globals'
import { untestedExtensions, type InstalledDistribution } from '../../src/dependencies/installed.js'

const dist = (name: string, extensions: string[], local = false): InstalledDistribution => ({
  name,
  version: '1.0',
  tags: [],
  extensions,
  ...(local ? { local: true as const } : {}),
})

describe("untestedExtensions: the project's own extension modules the run never imported", () => {
  test('those of a distribution installed from a folder of which the run imported none', () => {
    const dists = [dist('pkg', ['pkg._speedups', 'pkg._core'], true), dist('numpy', ['numpy._core._multiarray_umath'])]
    expect(untestedExtensions(dists, [])).toEqual(['pkg._core', 'pkg._speedups'])
    expect(untestedExtensions(dists, ['numpy._core._multiarray_umath'])).toEqual(['pkg._core', 'pkg._speedups'])
    expect(untestedExtensions([dist('pure', [], true)], [])).toEqual([])
  })

  test('one of its extensions imported: the installed package was in use, the tests chosen touch only part of it', () => {
    expect(untestedExtensions([dist('pkg', ['pkg._speedups', 'pkg._core'], true)], ['pkg._core'])).toEqual([])
  })
})
