import { describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { LegPlan } from '../../src/run/legs.js'
import { resultFiles } from '../../src/run/result-files.js'

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

describe('result files', () => {
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
    expect(await resultFiles('', plan('standard'), legDir, work)).toEqual([
      path.join(legDir, 'results', 'deep', 'a.xml'),
    ])
  })
})
