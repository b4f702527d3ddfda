import { describe, expect, test } from '@jest/globals'
import { classify } from '../../src/compare/classify.js'

const none = new Set<never>()

describe('classify', () => {
  test.each([
    [{ standard: 'passed', freethreaded: 'failed' }, 'freethreaded-only'],
    [{ standard: 'passed', freethreaded: 'error' }, 'freethreaded-only'],
    [{ standard: 'failed', freethreaded: 'passed' }, 'standard-only'],
    [{ standard: 'passed', freethreaded: 'failed', 'freethreaded-gil': 'failed' }, 'freethreaded-only'],
    [{ standard: 'failed', freethreaded: 'failed', 'freethreaded-gil': 'passed' }, 'differs'],
    [{ standard: 'passed', freethreaded: 'crashed' }, 'crashed'],
    [{ standard: 'hung', freethreaded: 'passed' }, 'hung'],
    [{ standard: 'passed', freethreaded: 'absent' }, 'one-mode-only'],
    [{ standard: 'passed', freethreaded: 'skipped' }, 'differs'],
    [{ standard: 'failed', freethreaded: 'error' }, 'common'],
    [{ standard: 'passed', freethreaded: 'passed' }, 'same'],
    [{ standard: 'xfail', freethreaded: 'xfail' }, 'same'],
    [{ freethreaded: 'crashed' }, 'common'],
    [{ freethreaded: 'passed' }, 'same'],
    // A failure where the test ran outranks its absence elsewhere.
    [{ standard: 'passed', freethreaded: 'failed', 'freethreaded-gil': 'absent' }, 'freethreaded-only'],
  ] as const)('%j is %s', (outcomes, kind) => {
    expect(classify(outcomes, none).kind).toBe(kind)
  })

  test('a test absent from a mode that crashed earlier was not run, not left uncollected', () => {
    expect(classify({ standard: 'passed', freethreaded: 'absent' }, new Set(['freethreaded'] as const)).kind).toBe(
      'not-run',
    )
  })
})
