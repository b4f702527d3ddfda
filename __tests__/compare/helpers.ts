import { LEG_SCHEMA, type LegResult, type Mode } from '../../src/results/leg.js'
import type { Outcome, TestResult } from '../../src/results/outcome.js'

/** A leg as the run stage writes it, with the given outcomes by test id. */
export function leg(mode: Mode, outcomes: Record<string, Outcome>, overrides: Partial<LegResult> = {}): LegResult {
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
    tests,
    reruns: {},
    warnings: [],
    ...overrides,
  }
}
