import { describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fillPlaceholders } from '../../src/legs/leg-plan.js'
import { type LegPlan } from '../../src/model/leg.js'
import { resultFiles } from '../../src/legs/result-files.js'

const plan = (mode: LegPlan['mode'], version = '3.13.15'): LegPlan => ({
  id: `${version}-${mode}`,
  group: 'g',
  mode,
  build: mode === 'standard' ? 'standard' : 'freethreaded',
  version,
  abi: 'cp313',
  venvKey: 'cp313',
  python: 'python',
  pythonGil: undefined,
})

describe('result files', () => {
  test("a leg's files: its results folder, and the glob with {mode} filled in", async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'result-files-'))
    const legDir = path.join(work, 'leg')
    mkdirSync(path.join(legDir, 'results', 'deep'), { recursive: true })
    mkdirSync(path.join(work, 'out'))
    for (const file of ['leg/results/deep/a.xml', 'out/standard.xml', 'out/freethreaded.xml']) {
      writeFileSync(path.join(work, file), '<testsuite/>')
    }
    expect(await resultFiles('out/{mode}.xml', plan('freethreaded'), legDir, work, 0)).toEqual([
      path.join(legDir, 'results', 'deep', 'a.xml'),
      path.join(work, 'out', 'freethreaded.xml'),
    ])
    expect(await resultFiles('', plan('standard'), legDir, work, 0)).toEqual([
      path.join(legDir, 'results', 'deep', 'a.xml'),
    ])
  })

  test('a file written before the leg started is stale and left out', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'result-files-'))
    const legDir = path.join(work, 'leg')
    mkdirSync(path.join(work, 'out'))
    for (const mode of ['standard', 'freethreaded'])
      writeFileSync(path.join(work, 'out', `${mode}.xml`), '<testsuite/>')
    const hourAgo = new Date(Date.now() - 3600_000)
    utimesSync(path.join(work, 'out', 'standard.xml'), hourAgo, hourAgo)
    const since = Date.now() - 60_000
    expect(await resultFiles('out/{mode}.xml', plan('standard'), legDir, work, since)).toEqual([])
    expect(await resultFiles('out/{mode}.xml', plan('freethreaded'), legDir, work, since)).toEqual([
      path.join(work, 'out', 'freethreaded.xml'),
    ])
  })
})

describe('placeholders', () => {
  test('{mode}, {version} and {leg} are filled in; a shell variable ${mode} is left alone', () => {
    const leg = plan('freethreaded')
    expect(fillPlaceholders('pytest -o results-{mode}.xml --v={version} {leg}', leg)).toBe(
      'pytest -o results-freethreaded.xml --v=3.13.15 3.13.15-freethreaded',
    )
    expect(fillPlaceholders('echo ${mode} {other}', leg)).toBe('echo ${mode} {other}')
  })
})
