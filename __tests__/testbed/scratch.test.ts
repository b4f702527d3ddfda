import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
// @ts-expect-error plain ESM helper without types
import { makeScratch, sweepStaleScratch } from '../../testbed/scratch.mjs'

describe('the test run scratch folder', () => {
  test('this run writes its temporary files under its own scratch folder', () => {
    expect(path.basename(tmpdir())).toMatch(new RegExp(`^spft-tests-\\d+-`))
    expect(process.env.SETUP_PYTHON_FT_TEST_SCRATCH).toBe(tmpdir())
  })

  test('a sweep removes the folders of runs that are gone and keeps the live ones', () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'sweep-'))
    const gone = spawnSync(process.execPath, ['-e', '0']).pid as number
    const stale = path.join(parent, `spft-tests-${gone}-abc123`)
    mkdirSync(path.join(stale, 'spft-toolcache-x', 'Python'), { recursive: true })
    const live = makeScratch(parent) as string
    const unrelated = path.join(parent, 'spft-tests-notapid')
    mkdirSync(unrelated)

    expect(sweepStaleScratch(parent)).toEqual([path.basename(stale)])
    expect(existsSync(stale)).toBe(false)
    expect(readdirSync(parent).sort()).toEqual([path.basename(live), 'spft-tests-notapid'].sort())
  })
})
