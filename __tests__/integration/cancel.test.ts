// A cancelled job through the bundle, on the real interpreters: the runner's SIGINT mid-run stops
// every mode's processes, the step publishes what finished and exits non-zero within the grace
// period, and no process of the run is left behind.
import { describe, expect, jest, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runAction } from './action.js'
import { readReport, useTestbed } from './testbed.js'

jest.setTimeout(300_000)

const bed = useTestbed({ toolCache: true })

/** The standard mode ends at once; the free-threaded ones sit in a test for two minutes. */
function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'spft-cancel-'))
  mkdirSync(path.join(dir, 'tests'))
  writeFileSync(
    path.join(dir, 'tests', 'test_slow.py'),
    [
      'import os, time',
      '',
      'def test_quick():',
      '    pass',
      '',
      'def test_slow_without_standard():',
      '    if os.environ["SETUP_PYTHON_FT_MODE"] != "standard":',
      '        time.sleep(120)',
      '',
    ].join('\n'),
  )
  return dir
}

/** Every process whose command line names the run's folder. */
function processesOf(folder: string): string[] {
  return execFileSync('ps', ['-eo', 'pid,args'])
    .toString()
    .split('\n')
    .filter((line) => line.includes(folder))
}

describe('a cancelled run', () => {
  test('stops every mode, publishes what finished, exits non-zero within the grace period, leaves no process', async () => {
    const run = await runAction(
      {
        'python-version': bed.minor,
        ...bed.pbsInputs,
        modes: 'standard, freethreaded, freethreaded-gil',
        install: 'pip install -q pytest',
        run: 'pytest -q -p no:cacheprovider',
      },
      {
        toolCache: bed.toolCache,
        workdir: project(),
        // The standard leg's log group opens when it has ended; the other two are then in their sleep.
        cancel: { when: /^::group::standard · /m, signal: 'SIGINT', afterMs: 3000 },
      },
    )
    const ended = Date.now()
    expect(run.signalledAt).toBeGreaterThan(0)
    // GitHub sends SIGTERM 7.5 s after SIGINT, then kills: the step ended well before.
    expect(ended - run.signalledAt!).toBeLessThan(7500)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^Cancelled \(SIGINT\): every mode's processes stopped; publishing what finished$/m)
    expect(run.errors).toEqual([
      '::error::cancelled (SIGINT): 1 of 3 modes finished (standard); their results are below',
    ])
    expect(run.outputs.outcome).toBe('cancelled')
    expect(run.summary).toMatch(/^## ❌ cancelled \\\(SIGINT\\\)\\: 1 of 3 modes finished \\\(standard\\\)/)
    const report = readReport(run)
    expect(report.groups[0].modes.map((m: { mode: string }) => m.mode)).toEqual(['standard'])
    expect(report.groups[0].tests.map((t: { id: string }) => t.id).sort()).toEqual([
      'tests.test_slow::test_quick',
      'tests.test_slow::test_slow_without_standard',
    ])
    // Nothing of the run is still running: no pytest of a mode, no shell, no probe.
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(processesOf(run.home)).toEqual([])
  })
})
