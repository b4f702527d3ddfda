// A baseline through the bundle, on the real interpreters: the run writes its divergences as a
// baseline; fed back, it makes the next run pass; a baseline holding some fails only on the others.
import { beforeAll, describe, expect, jest, test } from '@jest/globals'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type ActionRun, runAction } from './action.js'
import { readReport, useTestbed } from './testbed.js'

jest.setTimeout(600_000)

const bed = useTestbed({ toolCache: true })
let project: string

beforeAll(async () => {
  project = mkdtempSync(path.join(tmpdir(), 'spft-baseline-'))
  mkdirSync(path.join(project, 'tests'))
  writeFileSync(
    path.join(project, 'tests', 'test_known.py'),
    [
      'import sysconfig',
      'FT = sysconfig.get_config_var("Py_GIL_DISABLED")',
      '',
      'def test_old_race():',
      '    assert not FT',
      '',
      'def test_new_race():',
      '    assert not FT',
      '',
      'def test_fine():',
      '    assert True',
      '',
    ].join('\n'),
  )
})

function suite(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction(
    {
      'python-version': bed.minor,
      ...bed.pbsInputs,
      install: 'pip install -q pytest',
      run: 'pytest -p no:cacheprovider',
      ...inputs,
    },
    { toolCache: bed.toolCache, workdir: project },
  )
}

describe('baseline', () => {
  let first: ActionRun

  beforeAll(async () => {
    first = await suite({})
  })

  test('every run writes its divergences as a baseline', () => {
    expect(first.code).toBe(1)
    const written = JSON.parse(readFileSync(first.outputs['baseline-path'], 'utf8'))
    expect(written).toEqual({
      schema: 'setup-python-ft/baseline@1',
      divergences: [
        {
          test: 'tests.test_known::test_new_race',
          group: `Python ${bed.minor} on linux-x64`,
          class: 'freethreaded-only',
          modes: ['freethreaded'],
        },
        {
          test: 'tests.test_known::test_old_race',
          group: `Python ${bed.minor} on linux-x64`,
          class: 'freethreaded-only',
          modes: ['freethreaded'],
        },
      ],
      findings: [],
    })
    expect(first.outputs['new-divergences']).toBe('2')
  })

  test('a baseline that holds one divergence fails on the other only; the known one is folded', async () => {
    writeFileSync(
      path.join(project, 'partial.json'),
      JSON.stringify({
        schema: 'setup-python-ft/baseline@1',
        divergences: [
          { test: 'tests.test_known::test_old_race', class: 'freethreaded-only' },
          { test: 'tests.test_known::test_fixed_long_ago' },
        ],
      }),
    )
    const run = await suite({ baseline: 'partial.json' })
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ divergences: '2', 'new-divergences': '1' })
    expect(run.errors.some((line) => line.includes('1 new divergent test'))).toBe(true)
    expect(run.errors.some((line) => line.includes('test_new_race'))).toBe(true)
    expect(run.errors.some((line) => line.includes('test_old_race'))).toBe(false)
    expect(run.stdout).toContain('::notice title=Fails only on the free-threaded build (in the baseline),')
    expect(run.stdout).toContain(
      '::notice title=Fixed in the baseline::tests.test_known::test_fixed_long_ago no longer diverges: remove it from the baseline',
    )
    expect(run.summary).toContain('<details><summary>Known divergences, in the baseline (1)</summary>')
    expect(run.summary.split('\n')[0].replace(/\\/g, '')).toBe(
      `## ❌ 1 new test breaks only with the GIL off (${bed.version}t): 1 failure — it passes on standard (1 known divergence, in the baseline)`,
    )
    const report = readReport(run)
    expect(report.baseline).toEqual({
      newDivergences: 1,
      fixed: { divergences: [{ test: 'tests.test_known::test_fixed_long_ago' }], findings: [] },
    })
  })

  test('the written baseline, copied into the repository, makes the next run pass', async () => {
    copyFileSync(first.outputs['baseline-path'], path.join(project, 'baseline.json'))
    const run = await suite({ baseline: 'baseline.json' })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ outcome: 'diverged', divergences: '2', 'new-divergences': '0' })
    expect(run.summary.split('\n')[0].replace(/\\/g, '')).toBe(
      '## ✅ nothing new between the modes (2 known divergences, in the baseline)',
    )
  })

  test('a malformed baseline is one error naming the input, before anything is installed', async () => {
    writeFileSync(path.join(project, 'broken.json'), '{"schema": "setup-python-ft/baseline@2"}')
    const run = await suite({ baseline: 'broken.json' })
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([
      '::error::baseline: broken.json: schema must be \'setup-python-ft/baseline@1\', found "setup-python-ft/baseline@2"; this version of the action reads setup-python-ft/baseline@1',
    ])
    expect(run.stdout).not.toContain('Downloading')
  })
})
