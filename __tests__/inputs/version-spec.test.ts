import { describe, expect, test } from '@jest/globals'
import semver from 'semver'
import { parseVersionEntry, parseVersionFile, pythonToSemver } from '../../src/inputs/version-spec.js'

describe('parseVersionEntry', () => {
  test.each([
    ['3.14', '3.14.0', '3.14.7', '3.15.0'],
    ['3.14.7', '3.14.7', '3.14.7', '3.14.6'],
    ['3.x', '3.13.0', '3.14.7', '4.0.0'],
    ['>=3.13', '3.13.0', '3.15.1', '3.12.9'],
  ])('%s matches %s and %s but not %s', (entry, low, high, outside) => {
    const request = parseVersionEntry(entry, 'both', false)
    expect(request.builds).toEqual(['standard', 'freethreaded'])
    expect(semver.satisfies(low, request.range)).toBe(true)
    expect(semver.satisfies(high, request.range)).toBe(true)
    expect(semver.satisfies(outside, request.range)).toBe(false)
  })

  test('3.15-dev matches pre-releases of 3.15 only', () => {
    const request = parseVersionEntry('3.15-dev', 'both', false)
    expect(request.includePrerelease).toBe(true)
    expect(semver.satisfies('3.15.0-rc.1', request.range, { includePrerelease: true })).toBe(true)
    expect(semver.satisfies('3.14.7', request.range, { includePrerelease: true })).toBe(false)
  })

  test('a trailing t asks for the free-threaded build only', () => {
    expect(parseVersionEntry('3.14t', 'both', false)).toMatchObject({ range: '~3.14.0', builds: ['freethreaded'] })
    expect(parseVersionEntry('3.14.7t', 'both', false)).toMatchObject({ range: '3.14.7', builds: ['freethreaded'] })
  })

  test('+gil, as uv writes it, asks for the standard build only', () => {
    expect(parseVersionEntry('3.14+gil', 'both', false)).toMatchObject({ range: '~3.14.0', builds: ['standard'] })
    expect(parseVersionEntry('3.15.2+gil', 'both', false)).toMatchObject({ range: '3.15.2', builds: ['standard'] })
    // 3.12 has no free-threaded build, and +gil asks for none.
    expect(parseVersionEntry('3.12+gil', 'both', false).builds).toEqual(['standard'])
  })

  test('builds narrows a plain entry', () => {
    expect(parseVersionEntry('3.14', 'standard', false).builds).toEqual(['standard'])
    expect(parseVersionEntry('3.14', 'freethreaded', false).builds).toEqual(['freethreaded'])
  })

  test('3.12 is fine for the standard build alone', () => {
    expect(parseVersionEntry('3.12', 'standard', false).builds).toEqual(['standard'])
  })

  test.each([
    ['3.12t', 'both', /'3\.12t' has no free-threaded build: free-threaded CPython begins at 3\.13$/],
    ['3.12', 'both', /begins at 3\.13; set builds: standard/],
    ['<3.13', 'freethreaded', /has no free-threaded build/],
    ['3.14t', 'standard', /asks for the free-threaded build, but builds is 'standard'/],
    ['3.14+gil', 'freethreaded', /asks for the standard build, but builds is 'freethreaded'/],
    ['pypy3.10', 'both', /'pypy3\.10' is not a CPython version/],
    ['latest', 'both', /is not a CPython version/],
  ] as const)('%s with builds %s is refused', (entry, builds, message) => {
    expect(() => parseVersionEntry(entry, builds, false)).toThrow(message)
  })

  test('an explicit pre-release allows pre-releases', () => {
    expect(parseVersionEntry('3.15.0rc1', 'both', false)).toMatchObject({
      range: '3.15.0-rc.1',
      includePrerelease: true,
    })
  })
})

test('pythonToSemver reads both spellings of pre-releases', () => {
  expect(pythonToSemver('3.15.0rc1')).toBe('3.15.0-rc.1')
  expect(pythonToSemver('3.15.0-rc.1')).toBe('3.15.0-rc.1')
  expect(pythonToSemver('3.15.0a7')).toBe('3.15.0-alpha.7')
  expect(pythonToSemver('3.14.7')).toBe('3.14.7')
  expect(pythonToSemver('3.14')).toBe('3.14.0')
  expect(pythonToSemver('pypy')).toBeUndefined()
})

test('parseVersionFile keeps versions and drops comments and blanks', () => {
  expect(parseVersionFile('# comment\n3.14\n\n3.13t  # ft\r\n')).toEqual(['3.14', '3.13t'])
})
