import { describe, expect, test } from '@jest/globals'
import { describeLeg } from '../../src/pipeline/run-legs.js'
import { leg } from '../compare/helpers.js'

describe('describeLeg: the head of a leg log group', () => {
  test('a leg that ran to its end', () => {
    expect(describeLeg(leg('standard', { a: 'passed', b: 'failed' }))).toBe('standard · 3.14.7: exit 0, 2 tests, 1.0 s')
  })

  test('a leg resumed after a crash and a hang says so', () => {
    const resumed = leg(
      'freethreaded',
      { a: 'crashed', b: 'hung', c: 'passed' },
      {
        status: {
          exitCode: 1,
          signal: null,
          timedOut: false,
          durationSeconds: 11.44,
          segments: 3,
          crashes: [{ signal: 'SIGSEGV', test: 'a', segment: 1 }],
          hangs: [{ test: 'b', segment: 2 }],
        },
      },
    )
    expect(describeLeg(resumed)).toBe('freethreaded · 3.14.7: exit 1 after 1 crash and 1 hang, 3 tests, 11.4 s')
  })

  test('a leg that died or ran out of time says that, not what it resumed after', () => {
    const status = { exitCode: null, signal: 'SIGABRT', timedOut: false, durationSeconds: 2, segments: 4 }
    const crashes = [1, 2].map((segment) => ({ signal: 'SIGABRT', segment }))
    expect(describeLeg(leg('freethreaded', {}, { status: { ...status, crashes } }))).toBe(
      'freethreaded · 3.14.7: died on SIGABRT, 0 tests, 2.0 s',
    )
    expect(describeLeg(leg('freethreaded', {}, { status: { ...status, signal: null, timedOut: true } }))).toBe(
      'freethreaded · 3.14.7: timed out, 0 tests, 2.0 s',
    )
  })
})
