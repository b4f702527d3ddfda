import { LEG_SCHEMA, type LegResult } from '../../src/results/leg-file.js'
import { type Mode } from '../../src/model/mode.js'
import type { Outcome, TestResult } from '../../src/model/outcome.js'
import { TestList } from '../../src/results/test-list.js'

/** A leg as the run stage writes it, with the given outcomes by test id. */
export function leg(
  mode: Mode,
  outcomes: Record<string, Outcome>,
  overrides: Partial<Omit<LegResult, 'tests'>> & { tests?: TestResult[] | TestList } = {},
): LegResult {
  const tests: TestResult[] = Object.entries(outcomes).map(([id, outcome]) => ({ id, outcome }))
  return {
    schema: LEG_SCHEMA,
    group: 'Python 3.14 on linux-x64',
    mode,
    version: '3.14.7',
    abi: mode === 'standard' ? 'cp314' : 'cp314t',
    os: 'linux',
    arch: 'x64',
    command: 'pytest',
    status: { exitCode: 0, signal: null, timedOut: false, durationSeconds: 1, segments: 1 },
    gil: { pythonGil: mode === 'freethreaded' ? '0' : null, enabledBy: [], undeclared: [], extensions: [] },
    reruns: {},
    warnings: [],
    ...overrides,
    tests: TestList.from(overrides.tests ?? tests),
  }
}

/** Changes each test of a leg (the leg holds them as columns: each is replaced). */
export function editTests(leg: LegResult, edit: (test: TestResult, index: number) => void): void {
  const tests = [...leg.tests]
  tests.forEach(edit)
  leg.tests = TestList.from(tests)
}
