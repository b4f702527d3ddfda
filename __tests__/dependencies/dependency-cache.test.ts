import { describe, expect, test } from '@jest/globals'
import { dependencyCache, cacheHitOutputs } from '../../src/dependencies/dependency-cache.js'

describe('the dependency cache of each build', () => {
  const input = { tool: 'pip' as const, patterns: ['**/requirements*.txt'], filesHash: 'abc123' }
  const build = (abi: string) => ({ os: 'linux', arch: 'x64', abi, version: '3.14.2' })

  test('its own folder and key per ABI, with the exact version and the files hash', () => {
    const standard = dependencyCache(input, build('cp314'), '/home/runner')
    const freethreaded = dependencyCache(input, build('cp314t'), '/home/runner')
    expect(standard).toEqual({
      abi: 'cp314',
      dir: '/home/runner/.cache/setup-python-ft/pip/cp314',
      env: { PIP_CACHE_DIR: '/home/runner/.cache/setup-python-ft/pip/cp314' },
      key: 'setup-python-ft-pip-linux-x64-cp314-3.14.2-abc123',
      restoreKeys: ['setup-python-ft-pip-linux-x64-cp314-3.14.2-'],
    })
    expect(freethreaded.key).toBe('setup-python-ft-pip-linux-x64-cp314t-3.14.2-abc123')
    expect(freethreaded.dir).not.toBe(standard.dir)
    // A restore key never reaches the other build's entries.
    expect(standard.key.startsWith(freethreaded.restoreKeys[0])).toBe(false)
    expect(freethreaded.key.startsWith(standard.restoreKeys[0])).toBe(false)
  })

  test('uv, and no dependency files', () => {
    const uv = dependencyCache({ tool: 'uv', patterns: [], filesHash: '' }, build('cp314t'), '/h')
    expect(uv.env).toEqual({ UV_CACHE_DIR: '/h/.cache/setup-python-ft/uv/cp314t' })
    expect(uv.key).toBe('setup-python-ft-uv-linux-x64-cp314t-3.14.2-no-dependency-files')
  })

  test('cache-hit per build and overall', () => {
    const hit = { key: 'a', restoredKey: 'a', hit: true }
    const partial = { key: 'b', restoredKey: 'b-old', hit: false }
    expect(
      cacheHitOutputs([
        { build: 'standard', outcome: hit },
        { build: 'freethreaded', outcome: partial },
      ]),
    ).toEqual({ 'cache-hit': 'false', 'cache-hit-standard': 'true', 'cache-hit-freethreaded': 'false' })
    expect(cacheHitOutputs([{ build: 'standard', outcome: hit }])).toEqual({
      'cache-hit': 'true',
      'cache-hit-standard': 'true',
    })
  })
})
