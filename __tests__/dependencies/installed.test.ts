import { describe, expect, test } from '@jest/globals'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { untestedExtensions, venvDistributions, type InstalledDistribution } from '../../src/dependencies/installed.js'

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

describe("venvDistributions: a venv's listing, kept while its packages' folder is unchanged", () => {
  test('listed once; listed again after an install adds to the folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spft-listing-'))
    const purelib = path.join(dir, 'site-packages')
    mkdirSync(purelib)
    // An interpreter that answers the listing and counts how often it was asked.
    const calls = path.join(dir, 'calls')
    const python = path.join(dir, 'python')
    const listing = JSON.stringify([
      { name: 'attrs', version: '25.1.0', tags: [], freeThreading: null, extensions: [], local: false },
    ])
    writeFileSync(python, `#!/bin/sh\necho x >> ${calls}\necho '${listing}'\n`)
    chmodSync(python, 0o755)
    const venv = { dir, python, purelib }
    const asked = () => readFileSync(calls, 'utf8').split('\n').length - 1
    expect(await venvDistributions(venv, process.env)).toEqual([
      { name: 'attrs', version: '25.1.0', tags: [], extensions: [] },
    ])
    expect(await venvDistributions(venv, process.env)).toEqual([
      { name: 'attrs', version: '25.1.0', tags: [], extensions: [] },
    ])
    expect(asked()).toBe(1)
    // pip install: a new folder among the packages.
    await new Promise((resolve) => setTimeout(resolve, 20))
    mkdirSync(path.join(purelib, 'six-1.17.0.dist-info'))
    await venvDistributions(venv, process.env)
    expect(asked()).toBe(2)
    // Another interpreter at the venv's path (made again): listed again.
    await venvDistributions({ ...venv, python: `${dir}/../${path.basename(dir)}/python` }, process.env)
    expect(asked()).toBe(3)
  })
})
