import { describe, expect, test } from '@jest/globals'
import { readiness, readinessLine, wheelKind } from '../../src/dependencies/readiness.js'

describe('dependency readiness', () => {
  test('how each distribution came, from its wheel tags', () => {
    expect(wheelKind(['cp314-cp314t-manylinux_2_17_x86_64', 'cp314-cp314t-manylinux2014_x86_64'], 'cp314t')).toBe('abi')
    expect(wheelKind(['cp314-cp314t-linux_x86_64'], 'cp314t')).toBe('built-here')
    expect(wheelKind(['py3-none-any'], 'cp314t')).toBe('pure')
    expect(wheelKind(['cp39-abi3-manylinux_2_17_x86_64'], 'cp314t')).toBe('abi3')
    expect(wheelKind(['cp314-cp314t-macosx_14_0_arm64'], 'cp314t')).toBe('abi')
    expect(wheelKind([], 'cp314t')).toBe('other')
  })

  test('joined with the GIL check, and one line of totals', () => {
    const deps = readiness(
      [
        { name: 'pip', version: '26', tags: ['py3-none-any'], extensions: [] },
        {
          name: 'numpy',
          version: '2.4',
          tags: ['cp314-cp314t-manylinux_2_17_x86_64'],
          freeThreading: '3 - Stable',
          extensions: ['numpy._core._multiarray_umath'],
        },
        { name: 'pyyaml', version: '6.0', tags: ['cp314-cp314t-linux_x86_64'], extensions: ['yaml._yaml'] },
        { name: 'attrs', version: '25', tags: ['py3-none-any'], extensions: [] },
      ],
      'cp314t',
      ['yaml._yaml'],
    )
    expect(deps).toEqual([
      { name: 'numpy', version: '2.4', wheel: 'abi', freeThreading: '3 - Stable' },
      { name: 'pyyaml', version: '6.0', wheel: 'built-here', reEnablesGil: ['yaml._yaml'] },
      { name: 'attrs', version: '25', wheel: 'pure' },
    ])
    expect(readinessLine(deps, 'cp314t')).toBe(
      '2 of 3 dependencies ship cp314t or pure-Python wheels; 1 built from source: pyyaml; 1 re-enables the GIL: pyyaml',
    )
  })

  test('what the install built, with its time, or took from the cache: also where tags cannot tell', () => {
    const deps = readiness(
      [
        { name: 'yaml', version: '6', tags: ['cp314-cp314t-macosx_14_0_arm64'], extensions: ['yaml._yaml'] },
        { name: 'ujson', version: '5', tags: ['cp314-cp314t-linux_x86_64'], extensions: ['ujson'] },
        { name: 'six', version: '1', tags: ['py3-none-any'], extensions: [] },
      ],
      'cp314t',
      [],
      { built: [{ name: 'yaml', seconds: 41.25 }, { name: 'six' }], reused: ['ujson'] },
    )
    expect(deps).toEqual([
      { name: 'yaml', version: '6', wheel: 'built-here', built: 'this-run', buildSeconds: 41.25 },
      { name: 'ujson', version: '5', wheel: 'built-here', built: 'earlier-run' },
      { name: 'six', version: '1', wheel: 'pure', built: 'this-run' },
    ])
    expect(readinessLine(deps, 'cp314t')).toBe(
      '1 of 3 dependencies ship cp314t or pure-Python wheels; 2 built from source: yaml (41.3 s), ujson (wheel from the cache)',
    )
  })
})
