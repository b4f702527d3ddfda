import { describe, expect, test } from '@jest/globals'
import { compare } from '../../src/compare/comparison.js'
import { SLOW_RATIO, slowMode } from '../../src/compare/timing.js'
import type { LegStatus } from '../../src/model/leg.js'
import type { Mode } from '../../src/model/mode.js'
import type { TestResult } from '../../src/model/outcome.js'
import { leg } from './helpers.js'

const status = (durationSeconds: number, more: Partial<LegStatus> = {}): LegStatus => ({
  exitCode: 0,
  signal: null,
  timedOut: false,
  durationSeconds,
  segments: 1,
  ...more,
})

/** Ten tests; in the slow mode, test_3 and test_7 take most of the time. */
function timedLeg(mode: Mode, duration: number, slowFactor: number, more: Partial<LegStatus> = {}) {
  const tests: TestResult[] = Array.from({ length: 10 }, (_, i) => ({
    id: `t.test_${i}`,
    nodeid: `tests/t.py::test_${i}`,
    outcome: 'passed',
    time: i === 3 ? 2 * slowFactor : i === 7 ? 1.5 * slowFactor : 0.1,
  }))
  return leg(mode, {}, { tests, status: status(duration, more) })
}

describe('slowMode: where the time went', () => {
  test('a mode more than 3× as slow and 5 s longer is named, with its slowest tests and their time elsewhere', () => {
    const slow = slowMode([timedLeg('standard', 10, 1), timedLeg('freethreaded', 61, 20)])
    expect(slow?.mode).toBe('freethreaded')
    expect(slow?.message).toBe(
      'freethreaded took 6.1× as long as standard (61.0 s against 10.0 s); its slowest tests: ' +
        'tests/t.py::test_3 40.0 s (standard 2.0 s), tests/t.py::test_7 30.0 s (standard 1.5 s), ' +
        'tests/t.py::test_0 0.1 s (standard 0.1 s), tests/t.py::test_1 0.1 s (standard 0.1 s), ' +
        'tests/t.py::test_2 0.1 s (standard 0.1 s)',
    )
    expect(slow?.slowest[0]).toEqual({ test: 'tests/t.py::test_3', seconds: { freethreaded: 40, standard: 2 } })
  })

  test('within the ratio, or too short to mean anything: nothing', () => {
    expect(slowMode([timedLeg('standard', 10, 1), timedLeg('freethreaded', 10 * SLOW_RATIO - 1, 2)])).toBeUndefined()
    expect(slowMode([timedLeg('standard', 0.5, 1), timedLeg('freethreaded', 4, 8)])).toBeUndefined()
  })

  test('modes slower by design, and a mode that hung, are not compared', () => {
    expect(slowMode([timedLeg('standard', 10, 1), timedLeg('freethreaded-stress', 100, 10)])).toBeUndefined()
    expect(slowMode([timedLeg('standard', 10, 1), timedLeg('freethreaded-tsan', 200, 10)])).toBeUndefined()
    const hung = timedLeg('freethreaded', 100, 1, { hangs: [{ test: 't.test_3', segment: 1 }] })
    expect(slowMode([timedLeg('standard', 10, 1), hung])).toBeUndefined()
  })

  test('it is a finding of the group, under the modes: never blocking', () => {
    const comparison = compare([timedLeg('standard', 10, 1), timedLeg('freethreaded', 61, 20)], {
      requireGilDisabled: false,
    })
    expect(comparison.outcome).toBe('passed')
    expect(comparison.findings).toEqual([
      expect.objectContaining({ kind: 'slow-mode', modes: ['freethreaded'], blocking: false }),
    ])
  })
})
