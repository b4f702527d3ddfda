import { describe, expect, test } from '@jest/globals'
import { expandTags, loads, readiness, readinessLine, wheelKind } from '../../src/dependencies/readiness.js'

describe('dependency readiness', () => {
  test('how each distribution came, from its wheel tags', () => {
    expect(wheelKind(['cp314-cp314t-manylinux_2_17_x86_64', 'cp314-cp314t-manylinux2014_x86_64'], 'cp314t')).toBe('abi')
    expect(wheelKind(['cp314-cp314t-linux_x86_64'], 'cp314t')).toBe('built-here')
    expect(wheelKind(['py3-none-any'], 'cp314t')).toBe('pure')
    expect(wheelKind(['cp39-abi3-manylinux_2_17_x86_64'], 'cp314t')).toBe('abi3')
    expect(wheelKind(['cp314-cp314t-macosx_14_0_arm64'], 'cp314t')).toBe('abi')
    expect(wheelKind([], 'cp314t')).toBe('other')
  })

  // Real tags, from PyPI's listing of cryptography 50.0.2 (its file names, where tag sets are
  // compressed) and from the WHEEL file inside cryptography-50.0.2-cp315-abi3.abi3t-manylinux_2_34_x86_64.whl
  // (expanded, one Tag line each; its extension is cryptography/hazmat/bindings/_rust.abi3t.so).
  const WHEEL_FILE = ['cp315-abi3-manylinux_2_34_x86_64', 'cp315-abi3t-manylinux_2_34_x86_64']
  const COMPRESSED = ['cp315-abi3.abi3t-manylinux2014_x86_64.manylinux_2_17_x86_64']
  const ABI3 = ['cp311-abi3-manylinux_2_34_x86_64']
  const CP314T = ['cp314-cp314t-manylinux2014_x86_64.manylinux_2_17_x86_64']

  test('abi3t (PEP 803): ready on a free-threaded 3.15 and later, from expanded and compressed tags alike', () => {
    for (const abi of ['cp315t', 'cp316t']) {
      expect(wheelKind(WHEEL_FILE, abi)).toBe('abi3t')
      expect(wheelKind(COMPRESSED, abi)).toBe('abi3t')
      expect(loads(wheelKind(COMPRESSED, abi), abi)).toBe(true)
    }
    // Not before 3.15: abi3t did not exist; and a cp316 abi3t wheel is not for 3.15t.
    for (const abi of ['cp313t', 'cp314t']) expect(wheelKind(COMPRESSED, abi)).toBe('abi3')
    expect(wheelKind(['cp316-abi3t-manylinux_2_34_x86_64'], 'cp315t')).toBe('other')
    // The standard build takes the same wheel as abi3.
    expect(wheelKind(WHEEL_FILE, 'cp315')).toBe('abi3')
    expect(loads('abi3', 'cp315')).toBe(true)
  })

  test('abi3 only, on a free-threaded build, cannot load: never ready', () => {
    for (const abi of ['cp313t', 'cp314t', 'cp315t', 'cp316t']) {
      expect(wheelKind(ABI3, abi)).toBe('abi3')
      expect(loads('abi3', abi)).toBe(false)
    }
    expect(wheelKind(CP314T, 'cp314t')).toBe('abi')
    expect(expandTags(COMPRESSED)).toHaveLength(4)
    const deps = readiness(
      [
        { name: 'cryptography', version: '50.0.2', tags: ABI3, extensions: ['cryptography.hazmat.bindings._rust'] },
        { name: 'attrs', version: '25', tags: ['py3-none-any'], extensions: [] },
      ],
      'cp314t',
      [],
    )
    expect(readinessLine(deps, 'cp314t')).toBe(
      '1 of 2 dependencies ship cp314t or pure-Python wheels; 1 abi3 only, which cp314t cannot load: cryptography',
    )
    const onStandard = readiness([{ name: 'cryptography', version: '50.0.2', tags: ABI3, extensions: [] }], 'cp314', [])
    expect(readinessLine(onStandard, 'cp314')).toBe('1 of 1 dependencies ship cp314, abi3 or pure-Python wheels')
    const on315t = readiness(
      [{ name: 'cryptography', version: '50.0.2', tags: WHEEL_FILE, extensions: [] }],
      'cp315t',
      [],
    )
    expect(readinessLine(on315t, 'cp315t')).toBe('1 of 1 dependencies ship cp315t, abi3t or pure-Python wheels')
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
