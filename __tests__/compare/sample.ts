import type { LegResult } from '../../src/results/leg-file.js'
import type { Mode } from '../../src/model/mode.js'
import { OUTCOMES, type Outcome, type TestResult } from '../../src/model/outcome.js'
import { leg } from './helpers.js'

/*
 * A varied sample of legs for the golden reports (__tests__/report/golden/: report.json,
 * summary.md, annotations.json): every outcome, reruns, stress threads, crashes, tests missing from
 * a mode, legs in another order, a group that ran no tests, a group expected but missing.
 * Deterministic: the same legs on every call.
 */

function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state / 0x7fffffff
  }
}

function sampleTests(count: number, mode: Mode, next: () => number): TestResult[] {
  const tests: TestResult[] = []
  for (let i = 0; i < count; i++) {
    const roll = next()
    // Mostly the same outcome everywhere; now and then one that differs by mode.
    const base: Outcome = i % 53 === 0 ? 'failed' : i % 17 === 0 ? 'skipped' : i % 71 === 0 ? 'xfail' : 'passed'
    const outcome: Outcome = roll < 0.03 ? OUTCOMES[Math.floor(next() * OUTCOMES.length)] : base
    if (outcome === 'absent') continue
    const test: TestResult = { id: `tests.test_m${i % 9}::test_${i}`, outcome }
    if (i % 3 !== 0) Object.assign(test, { file: `tests/test_m${i % 9}.py`, line: (i % 40) + 1 })
    if (i % 5 === 0) test.nodeid = `tests/test_m${i % 9}.py::test_${i}`
    if (outcome === 'failed' || outcome === 'error' || outcome === 'crashed' || outcome === 'hung') {
      if (i % 4 !== 1) test.message = `assert ${i} == ${mode.length}`
      if (i % 2 === 0) test.details = `def test_${i}():\n>   assert ${i} == ${mode.length}\nE   AssertionError\n`
    }
    if (i % 7 === 0) test.time = (i % 13) / 100
    if (mode.endsWith('-stress')) {
      test.threads = i % 11 === 0 ? 1 : 4
      if (i % 11 === 0) test.singleThreaded = 'thread_unsafe marker'
    }
    tests.push(test)
  }
  return tests
}

/** The legs of the sample and the options to compare them with. */
export function sampleLegs(count = 1500): { legs: LegResult[]; expected: { group: string; mode: Mode }[] } {
  const next = random(7)
  const legs: LegResult[] = []
  // The modes the sample (and the golden reports made from it) was first written with.
  const modes: Mode[] = ['standard', 'freethreaded', 'freethreaded-gil', 'standard-stress', 'freethreaded-stress']
  for (const mode of modes) {
    const tests = sampleTests(count, mode, next)
    if (mode === 'freethreaded-gil') tests.reverse()
    const reruns: Record<string, Outcome[]> = {}
    for (const test of tests.filter((t, i) => t.outcome !== 'passed' && i % 3 === 0)) {
      reruns[test.id] = [test.outcome, next() < 0.5 ? 'passed' : test.outcome]
    }
    const stopped = mode === 'freethreaded' ? { signal: 'SIGSEGV', exitCode: null } : {}
    legs.push(
      leg(
        mode,
        {},
        {
          tests,
          reruns,
          status: { exitCode: 1, signal: null, timedOut: false, durationSeconds: 2, segments: 1, ...stopped },
          ...(mode.endsWith('-stress') ? { stress: { threads: 4, iterations: 2 } } : {}),
        },
      ),
    )
  }
  const other = 'Python 3.13 on linux-x64'
  for (const mode of ['standard', 'freethreaded'] as Mode[]) {
    legs.push(leg(mode, {}, { group: other, version: '3.13.15', tests: sampleTests(count / 3, mode, next) }))
  }
  // A command that writes no results (not pytest): its exit codes are compared.
  const silent = 'Python 3.15 on linux-x64'
  legs.push(leg('standard', {}, { group: silent, version: '3.15.0', tests: [], command: 'make check' }))
  legs.push(
    leg(
      'freethreaded',
      {},
      {
        group: silent,
        version: '3.15.0',
        tests: [],
        command: 'make check',
        status: { exitCode: 3, signal: null, timedOut: false, durationSeconds: 1, segments: 1 },
      },
    ),
  )
  const expected = [
    ...legs.map((l) => ({ group: l.group, mode: l.mode })),
    { group: 'Python 3.16 on linux-x64', mode: 'standard' as Mode },
  ]
  return { legs, expected }
}
