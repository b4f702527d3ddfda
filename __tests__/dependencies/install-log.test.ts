import { describe, expect, test } from '@jest/globals'
import { isInstallEvent, readInstallLog } from '../../src/dependencies/install-log.js'

const timed = (lines: [number, string][]) => lines.map(([at, text]) => ({ at, text }))

describe('the install record, read from the install output', () => {
  test('pip without a terminal: each build with its time, and wheels from its cache', () => {
    const lines = timed([
      [0, 'Collecting ftcounter'],
      [100, '  Using cached pytest-8.4.2-py3-none-any.whl (365 kB)'],
      [200, '  Using cached Cython_Ext-2.0-cp314-cp314t-linux_x86_64.whl'],
      [1000, '  Building wheel for Ft_Counter (pyproject.toml): started'],
      [4500, "  Building wheel for Ft_Counter (pyproject.toml): finished with status 'done'"],
      [4600, '  Created wheel for ft-counter: filename=ft_counter-1.0-cp314-cp314t-linux_x86_64.whl size=7336'],
    ])
    expect(lines.filter((l) => isInstallEvent(l.text))).toHaveLength(3)
    expect(readInstallLog(lines)).toEqual({ built: [{ name: 'ft-counter', seconds: 3.5 }], reused: ['cython-ext'] })
  })

  test('pip on a terminal and uv: builds without a start have no time', () => {
    const lines = timed([
      [0, '  Building wheel for yaml (pyproject.toml) ... done'],
      [5, '  Building editable for ftproj (pyproject.toml) ... done'],
      [10, '   Building ftdemo @ file:///work/example'],
      [2010, '      Built ftdemo @ file:///work/example'],
      [2020, '      Built ftcounter==1.0'],
    ])
    expect(readInstallLog(lines).built).toEqual([
      { name: 'yaml' },
      { name: 'ftproj' },
      { name: 'ftdemo', seconds: 2 },
      { name: 'ftcounter' },
    ])
  })
})

describe('builds that failed: the cause of a failed install', () => {
  test("pip's lines, as versions from 22 to 25 print them, and uv's", () => {
    const failed = (...texts: string[]) => readInstallLog(timed(texts.map((text, i) => [i, text]))).failed
    // pip 25.2 (the machine's), on msgpack 1.0.8 for cp313t.
    expect(
      failed(
        '  ERROR: Failed building wheel for msgpack',
        'Successfully built toolz',
        'Failed to build msgpack',
        'error: failed-wheel-build-for-install',
      ),
    ).toEqual(['msgpack'])
    // pip 25.2 when the build's own setup refuses (cffi 2.0.0 on 3.13t).
    expect(failed("ERROR: Failed to build 'cffi' when getting requirements to build wheel")).toEqual(['cffi'])
    expect(failed('Failed to build msgpack PyYAML')).toEqual(['msgpack', 'pyyaml'])
    expect(
      failed(
        'ERROR: Could not build wheels for msgpack, PyYAML, which is required to install pyproject.toml-based projects',
      ),
    ).toEqual(['msgpack', 'pyyaml'])
    expect(
      failed('ERROR: Failed to build installable wheels for some pyproject.toml based projects (msgpack, numpy)'),
    ).toEqual(['msgpack', 'numpy'])
    expect(failed('  × Failed to build `msgpack==1.0.8`')).toEqual(['msgpack'])
    expect(failed('error: Failed to download and build `numpy==1.26.4`')).toEqual(['numpy'])
    expect(failed('Successfully built toolz')).toBeUndefined()
  })

  test('a long line that almost matches is read in linear time (no backtracking blow-up)', () => {
    const line = `Failed to build ${'name '.repeat(20_000)}(`
    const started = Date.now()
    expect(isInstallEvent(line)).toBe(false)
    expect(Date.now() - started).toBeLessThan(500)
  })
})
