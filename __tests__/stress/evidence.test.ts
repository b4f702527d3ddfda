import { describe, expect, test } from '@jest/globals'
import { countsText, DECIDING_P, fisherOneSided, weighStress } from '../../src/stress/evidence.js'
import type { Outcome } from '../../src/model/outcome.js'

const times = (n: number, outcome: Outcome): Outcome[] => Array.from({ length: n }, () => outcome)
const runs = (failed: number, of: number): Outcome[] => [...times(failed, 'failed'), ...times(of - failed, 'passed')]
const race = { standard: 'passed', 'standard-stress': 'passed', 'freethreaded-stress': 'failed' } as const

describe('fisherOneSided', () => {
  test.each([
    // All failures on one side: C(n1, a) / C(n1 + n2, a).
    [5, 5, 0, 5, 1 / 252],
    [3, 3, 0, 3, 1 / 20],
    [7, 20, 0, 20, 77520 / 18643560],
    [1, 20, 0, 20, 0.5],
    // Even counts say nothing.
    [0, 10, 0, 10, 1],
    // Both sides failing: the sum of the hypergeometric tail, (C(10,8)C(6,1) + C(10,9)C(6,0)) / C(16,9).
    [8, 10, 1, 6, 0.024475524475524476],
  ])('%i/%i against %i/%i is %f', (a, n1, b, n2, p) => {
    expect(fisherOneSided(a, n1, b, n2)).toBeCloseTo(p, 10)
  })
})

describe('weighStress', () => {
  test('the first run alone decides nothing', () => {
    expect(weighStress(race)).toEqual({ verdict: 'undecided', counts: {}, firstFailed: ['freethreaded-stress'] })
  })

  test('five failing reruns against five clean ones decide a race (p = 1/252)', () => {
    const evidence = weighStress(race, { 'freethreaded-stress': runs(5, 5), 'standard-stress': runs(0, 5) })
    expect(evidence.verdict).toBe('races-without-gil')
    expect(evidence.p).toBeCloseTo(1 / 252, 10)
    expect(evidence.p!).toBeLessThanOrEqual(DECIDING_P)
  })

  test('four of five is not yet enough; 7/20 against 0/20 is', () => {
    expect(weighStress(race, { 'freethreaded-stress': runs(4, 5), 'standard-stress': runs(0, 5) }).verdict).toBe(
      'undecided',
    )
    expect(weighStress(race, { 'freethreaded-stress': runs(7, 20), 'standard-stress': runs(0, 20) }).verdict).toBe(
      'races-without-gil',
    )
    expect(weighStress(race, { 'freethreaded-stress': runs(5, 20), 'standard-stress': runs(0, 20) }).verdict).toBe(
      'undecided',
    )
  })

  test('one failure under standard-stress, first run or rerun, makes it a thread-unsafe test', () => {
    const reruns = { 'freethreaded-stress': runs(19, 20), 'standard-stress': runs(1, 20) }
    expect(weighStress(race, reruns)).toMatchObject({ verdict: 'thread-unsafe' })
    expect(
      weighStress(
        { 'standard-stress': 'failed', 'freethreaded-stress': 'passed' },
        { 'freethreaded-stress': runs(1, 3), 'standard-stress': runs(0, 3) },
      ).verdict,
    ).toBe('thread-unsafe')
  })

  test('failures only under standard-stress make a thread-unsafe test: the GIL did not keep it safe', () => {
    // more-itertools 10.5.0's SampleTests::test_counts, one run: 0/5 under freethreaded-stress, 5/5 under standard-stress.
    const first = { 'standard-stress': 'failed', 'freethreaded-stress': 'passed' } as const
    expect(weighStress(first, { 'freethreaded-stress': runs(0, 5), 'standard-stress': runs(5, 5) }).verdict).toBe(
      'thread-unsafe',
    )
    expect(weighStress(first).verdict).toBe('thread-unsafe')
  })

  test('a crash counts as a failure; a rerun that did not record the test counts for nothing', () => {
    const reruns = {
      'freethreaded-stress': [...times(5, 'crashed'), 'absent' as const],
      'standard-stress': [...runs(0, 5), 'absent' as const],
    }
    const evidence = weighStress({ ...race, 'freethreaded-stress': 'crashed' }, reruns)
    expect(evidence.counts).toEqual({
      'freethreaded-stress': { failed: 5, runs: 5 },
      'standard-stress': { failed: 0, runs: 5 },
    })
    expect(evidence.verdict).toBe('races-without-gil')
  })

  test('with one stress mode only, every rerun must fail again', () => {
    const first = { standard: 'passed', 'freethreaded-stress': 'failed' } as const
    expect(weighStress(first, { 'freethreaded-stress': runs(5, 5) }).verdict).toBe('stress-only')
    expect(weighStress(first, { 'freethreaded-stress': runs(4, 5) }).verdict).toBe('undecided')
    expect(weighStress(first, { 'freethreaded-stress': runs(3, 3) }).verdict).toBe('undecided')
  })
})

test('countsText', () => {
  const counts = { 'standard-stress': { failed: 0, runs: 20 }, 'freethreaded-stress': { failed: 7, runs: 20 } }
  expect(countsText({ verdict: 'races-without-gil', counts, firstFailed: ['freethreaded-stress'] })).toBe(
    'failed 7/20 under freethreaded-stress, 0/20 under standard-stress',
  )
  expect(countsText({ verdict: 'undecided', counts: {}, firstFailed: ['freethreaded-stress'] })).toBe('not rerun')
  // A thread-unsafe test whose failure under standard-stress was in the first run only.
  expect(
    countsText({
      verdict: 'thread-unsafe',
      counts: { 'freethreaded-stress': { failed: 1, runs: 2 }, 'standard-stress': { failed: 0, runs: 2 } },
      firstFailed: ['standard-stress'],
    }),
  ).toBe('failed 1/2 under freethreaded-stress, 0/2 under standard-stress; the first run failed under standard-stress')
})
