import { describe, expect, test } from '@jest/globals'
import { compare } from '../../src/compare/comparison.js'
import { failureReason } from '../../src/pipeline/publish.js'
import { leg } from '../compare/helpers.js'

const common = compare([leg('standard', { t: 'failed' }), leg('freethreaded', { t: 'failed' })], {
  requireGilDisabled: false,
})
const diverged = compare([leg('standard', { t: 'passed' }), leg('freethreaded', { t: 'failed' })], {
  requireGilDisabled: false,
})

describe('fail-on', () => {
  test('divergence fails on divergences only', () => {
    expect(failureReason(diverged, 'divergence', 0)).toBe('The modes disagree: 1 divergent test (fail-on: divergence)')
    expect(failureReason(common, 'divergence', 0)).toBeUndefined()
  })

  test('failure also fails on failures common to every mode', () => {
    expect(failureReason(common, 'failure', 0)).toBe('1 tests failed in every mode (fail-on: failure)')
  })

  test('never passes whatever the tests did, but not over problems that kept modes from running', () => {
    expect(failureReason(diverged, 'never', 0)).toBeUndefined()
    expect(failureReason(common, 'never', 2)).toBe('2 problems above kept modes from running')
  })
})

describe('a suite that never ran a test fails the step whatever fail-on says, except never', () => {
  const status = { exitCode: 4, signal: null, timedOut: false, durationSeconds: 1, segments: 1 }
  const notRun = compare(
    [
      leg('standard', {}, { status: { ...status, cause: "ModuleNotFoundError: No module named 'hypothesis'" } }),
      leg('freethreaded', {}, { status: { ...status, cause: "ModuleNotFoundError: No module named 'hypothesis'" } }),
    ],
    { requireGilDisabled: false },
  )
  const message =
    "standard, freethreaded ran no test: pytest exited 4 before running a test: ModuleNotFoundError: No module named 'hypothesis'"

  test.each(['divergence', 'failure'] as const)('fail-on: %s', (failOn) => {
    expect(failureReason(notRun, failOn, 0)).toBe(message)
  })

  test('fail-on: never passes; problems that kept modes from running still come first', () => {
    expect(failureReason(notRun, 'never', 0)).toBeUndefined()
    expect(failureReason(notRun, 'divergence', 1)).toBe('1 problem above kept modes from running')
  })
})

describe('a flaky divergence', () => {
  const flaky = compare(
    [
      leg('standard', { race: 'passed' }, { reruns: { race: ['passed', 'passed'] } }),
      leg('freethreaded', { race: 'failed' }, { reruns: { race: ['passed', 'failed'] } }),
    ],
    { requireGilDisabled: false },
  )

  test('is a warning under fail-on: divergence, and fails the step under flaky and failure', () => {
    expect(flaky.groups[0].divergences[0].flaky).toBe(true)
    expect(failureReason(flaky, 'divergence', 0)).toBeUndefined()
    expect(failureReason(flaky, 'flaky', 0)).toBe('The modes disagree: 1 divergent test (fail-on: flaky)')
    expect(failureReason(flaky, 'failure', 0)).toBe('The modes disagree: 1 divergent test (fail-on: failure)')
  })

  test('beside one that reproduced, only that one fails the step, and the flaky one is counted aside', () => {
    const both = compare(
      [
        leg('standard', { race: 'passed', broken: 'passed' }, { reruns: { race: ['passed'], broken: ['passed'] } }),
        leg('freethreaded', { race: 'failed', broken: 'failed' }, { reruns: { race: ['passed'], broken: ['failed'] } }),
      ],
      { requireGilDisabled: false },
    )
    expect(failureReason(both, 'divergence', 0)).toBe(
      'The modes disagree: 1 divergent test (fail-on: divergence; 1 flaky, a warning)',
    )
  })
})
