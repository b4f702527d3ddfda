import { MODE_TRAITS, type Mode } from '../model/mode.js'
import type { LegResult } from '../results/leg-file.js'

/*
 * Where the time went: a mode that takes far longer than another on the same tests is said so, with
 * its slowest tests and their time in the fastest mode. The cause may be the project's (a tracer
 * that is slow on the free-threaded build, lock contention) or the runner's; either way it is shown.
 */

/** A mode this many times slower than another is reported… */
export const SLOW_RATIO = 3
/** …when it also takes this much longer: a 0.3 s suite against a 1.2 s one says nothing. */
export const SLOW_SECONDS = 5
/** How many of its slowest tests are named. */
export const SLOWEST_TESTS = 5

const seconds = (value: number) => `${value.toFixed(1)} s`

/**
 * Legs whose time says something about the suite: not the modes slower by design (stress, TSan), nor
 * one that hung or ran out of time (its hang is reported as such), nor one that ran no test.
 */
function comparable(leg: LegResult): boolean {
  const s = leg.status
  return !MODE_TRAITS[leg.mode].slower && !s.timedOut && !(s.hangs?.length ?? 0) && leg.tests.length > 0
}

/** The slowest tests of the slow leg, with their time there and in the fast leg. */
function slowestTests(slow: LegResult, fast: LegResult) {
  const picked = slow.tests.slowest(SLOWEST_TESTS).map((at) => slow.tests.get(at))
  const wanted = new Set(picked.map((test) => test.id))
  const fastTimes = new Map<string, number>()
  for (let at = 0; at < fast.tests.length && fastTimes.size < wanted.size; at++) {
    const id = fast.tests.id(at)
    if (wanted.has(id)) fastTimes.set(id, fast.tests.get(at).time ?? Number.NaN)
  }
  return picked.map((test) => ({
    test: test.nodeid ?? test.id,
    seconds: { [slow.mode]: test.time!, [fast.mode]: fastTimes.get(test.id) } as Partial<Record<Mode, number>>,
  }))
}

/** A slow mode: which, its message, and its slowest tests. */
export interface SlowMode {
  mode: Mode
  message: string
  slowest: { test: string; seconds: Partial<Record<Mode, number>> }[]
}

/** The group's slowest comparable mode, when it took more than SLOW_RATIO times its fastest. */
export function slowMode(legs: LegResult[]): SlowMode | undefined {
  const timed = legs.filter(comparable).sort((a, b) => a.status.durationSeconds - b.status.durationSeconds)
  if (timed.length < 2) return undefined
  const fast = timed[0]
  const slow = timed[timed.length - 1]
  const [f, s] = [fast.status.durationSeconds, slow.status.durationSeconds]
  if (s < f * SLOW_RATIO || s - f < SLOW_SECONDS) return undefined
  const slowest = slowestTests(slow, fast)
  const named = slowest.map(({ test, seconds: t }) => {
    const there = t[fast.mode]
    return `${test} ${seconds(t[slow.mode]!)}${there === undefined || Number.isNaN(there) ? '' : ` (${fast.mode} ${seconds(there)})`}`
  })
  const ratio = `${(s / Math.max(f, 0.001)).toFixed(1)}×`
  return {
    mode: slow.mode,
    message:
      `${slow.mode} took ${ratio} as long as ${fast.mode} (${seconds(s)} against ${seconds(f)})` +
      (named.length > 0 ? `; its slowest tests: ${named.join(', ')}` : ''),
    slowest,
  }
}
