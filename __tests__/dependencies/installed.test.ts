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
  test('only those of a distribution installed from a folder, and only those not loaded', () => {
    const dists = [dist('pkg', ['pkg._speedups', 'pkg._core'], true), dist('numpy', ['numpy._core._multiarray_umath'])]
    expect(untestedExtensions(dists, ['pkg._core'])).toEqual(['pkg._speedups'])
    expect(untestedExtensions(dists, ['pkg._core', 'pkg._speedups'])).toEqual([])
    expect(untestedExtensions([dist('pure', [], true)], [])).toEqual([])
  })
})
