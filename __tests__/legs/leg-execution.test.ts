import { describe, expect, test } from '@jest/globals'
import { runProblems, workspacePath } from '../../src/legs/leg-execution.js'

describe('a leg', () => {
  test('what an exit code says about the command', () => {
    const status = { exitCode: 127, signal: null, timedOut: false, durationSeconds: 0, segments: 1 }
    expect(runProblems('nosuch', status, 0)).toEqual([
      'run: the command was not found (exit code 127)',
      'no test results (exit code 127); comparing exit codes',
    ])
    expect(runProblems('pytest', { ...status, exitCode: 5 }, 0)[0]).toBe('pytest collected no tests (exit code 5)')
  })

  test('test files relative to the repository, for annotations', () => {
    expect(workspacePath('/repo/example/tests/t.py', '/repo/example', '/repo')).toBe('example/tests/t.py')
    expect(workspacePath('tests/t.py', '/repo/example', '/repo')).toBe('example/tests/t.py')
    expect(workspacePath('/elsewhere/t.py', '/repo', '/repo')).toBe('/elsewhere/t.py')
  })
})
