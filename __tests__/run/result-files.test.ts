import { describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseRunInputs } from '../../src/inputs/run-inputs.js'
import type { LegPlan } from '../../src/run/legs.js'
import { resultFiles, resultsPattern } from '../../src/run/result-files.js'

const inputs = (results: string) => parseRunInputs((name) => (name === 'results' ? results : ''), 'linux')
const plan = (mode: LegPlan['mode'], version = '3.13.15'): LegPlan => ({
  id: `${version}-${mode}`,
  group: 'g',
  mode,
  build: mode === 'standard' ? 'standard' : 'freethreaded',
  version,
  abi: 'cp313',
  python: 'python',
  pythonGil: undefined,
})

describe('the results input', () => {
  test('each mode must match its own files, since the modes run at the same time', () => {
    const two = [plan('standard'), plan('freethreaded')]
    expect(resultsPattern(inputs(''), two)).toBeUndefined()
    expect(resultsPattern(inputs('out/{mode}.xml'), two)).toBe('out/{mode}.xml')
    expect(() => resultsPattern(inputs('out/*.xml'), two)).toThrow(/^results: the modes run at the same time/)
    expect(() => resultsPattern(inputs('out/{mode}.xml'), [...two, plan('standard', '3.14.0')])).toThrow(
      /put \{mode\} \(or \{leg\} with several versions\)/,
    )
    expect(resultsPattern(inputs('out/*.xml'), [plan('standard')])).toBe('out/*.xml')
  })

  test("a leg's files: its results folder, and the glob with {mode} filled in", async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'result-files-'))
    const legDir = path.join(work, 'leg')
    mkdirSync(path.join(legDir, 'results', 'deep'), { recursive: true })
    mkdirSync(path.join(work, 'out'))
    for (const file of ['leg/results/deep/a.xml', 'out/standard.xml', 'out/freethreaded.xml']) {
      writeFileSync(path.join(work, file), '<testsuite/>')
    }
    expect(await resultFiles('out/{mode}.xml', plan('freethreaded'), legDir, work)).toEqual([
      path.join(legDir, 'results', 'deep', 'a.xml'),
      path.join(work, 'out', 'freethreaded.xml'),
    ])
    expect(await resultFiles(undefined, plan('standard'), legDir, work)).toEqual([
      path.join(legDir, 'results', 'deep', 'a.xml'),
    ])
  })
})
