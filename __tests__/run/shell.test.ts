import { describe, expect, test } from '@jest/globals'
import { namesJunitFile, runsPytest, shellInvocation } from '../../src/run/shell.js'
import { signalFromExitCode } from '../../src/run/process.js'
import { runProblems, testFunctionOf, workspacePath } from '../../src/run/leg-runner.js'

describe('commands', () => {
  test.each([
    ['pytest', true],
    ['python -m pytest -x tests', true],
    ['cd src && pytest -q', true],
    ['.venv/bin/pytest', true],
    ['py.test', true],
    ['tox -e py', false],
    ['python -m unittest', false],
    ['pytest-benchmark-compare', false],
  ])('%s runs pytest: %s', (command, expected) => expect(runsPytest(command)).toBe(expected))

  test('a command with its own JUnit file', () => {
    expect(namesJunitFile('pytest --junitxml=out.xml')).toBe(true)
    expect(namesJunitFile('pytest --junit-xml out.xml')).toBe(true)
    expect(namesJunitFile('pytest')).toBe(false)
  })

  test('shells', () => {
    expect(shellInvocation('bash', 'x', 'py')).toEqual({
      file: 'bash',
      args: ['--noprofile', '--norc', '-eo', 'pipefail', '-c', 'x'],
    })
    expect(shellInvocation('python', 'print(1)', '/venv/bin/python')).toEqual({
      file: '/venv/bin/python',
      args: ['-c', 'print(1)'],
    })
  })

  test('a shell reports a signal as 128+N', () => {
    expect(signalFromExitCode(139, 'linux')).toBe('SIGSEGV')
    expect(signalFromExitCode(134, 'linux')).toBe('SIGABRT')
    expect(signalFromExitCode(1, 'linux')).toBeNull()
    expect(signalFromExitCode(139, 'win32')).toBeNull()
    expect(signalFromExitCode(3221225477, 'win32')).toBe('EXCEPTION_ACCESS_VIOLATION')
    expect(signalFromExitCode(-1073741819, 'win32')).toBe('EXCEPTION_ACCESS_VIOLATION')
    expect(signalFromExitCode(0xc0000135, 'win32')).toBe('NTSTATUS 0xC0000135')
  })

  test('what an exit code says about the command', () => {
    const status = { exitCode: 127, signal: null, timedOut: false, durationSeconds: 0, segments: 1 }
    expect(runProblems('nosuch', status, 0)).toEqual([
      'run: the command was not found (exit code 127)',
      'no test results (exit code 127); comparing exit codes',
    ])
    expect(runProblems('pytest', { ...status, exitCode: 5 }, 0)[0]).toBe('pytest collected no tests (exit code 5)')
    expect(testFunctionOf('pkg.mod::TestX::test_y[a::b]')).toBe('test_y')
  })
  test('test files relative to the repository, for annotations', () => {
    expect(workspacePath('/repo/example/tests/t.py', '/repo/example', '/repo')).toBe('example/tests/t.py')
    expect(workspacePath('tests/t.py', '/repo/example', '/repo')).toBe('example/tests/t.py')
    expect(workspacePath('/elsewhere/t.py', '/repo', '/repo')).toBe('/elsewhere/t.py')
  })
})
