import { describe, expect, test } from '@jest/globals'
import { namesJunitFile, runsPytest } from '../../src/inputs/command.js'

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
})
