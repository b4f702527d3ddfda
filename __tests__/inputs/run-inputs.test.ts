import { describe, expect, test } from '@jest/globals'
import { parseDuration, parseEnv, parseModes, parseRunInputs } from '../../src/inputs/run-inputs.js'

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('run inputs', () => {
  test('defaults', () => {
    expect(parseRunInputs(reader({ run: 'pytest' }), 'linux')).toEqual({
      modes: ['standard', 'freethreaded'],
      unknownModes: [],
      gil: 'force-off',
      requireGilDisabled: false,
      install: '',
      run: 'pytest',
      workingDirectory: '.',
      shell: 'bash',
      env: {},
      timeoutSeconds: 1800,
      results: '',
      junit: true,
      rerun: 0,
      failOn: 'divergence',
      artifact: '',
      artifactDir: '',
    })
    expect(parseRunInputs(reader({}), 'win32').shell).toBe('pwsh')
  })

  test('modes keep their canonical order and set aside unknown names', () => {
    expect(parseModes('freethreaded-gil\nstandard, turbo # fast')).toEqual({
      modes: ['standard', 'freethreaded-gil'],
      unknownModes: ['turbo'],
    })
  })

  test.each([
    ['30', 1800],
    ['90s', 90],
    ['1.5h', 5400],
    ['10 m', 600],
  ])('duration %s', (value, seconds) => expect(parseDuration(value, 'timeout')).toBe(seconds))

  test('env lines', () => {
    expect(parseEnv('A=1\n# note\n\nC=x=y')).toEqual({ A: '1', C: 'x=y' })
    expect(() => parseEnv('B = 2')).toThrow("env: 'B = 2' is not KEY=value")
  })
})
