import { expect, test } from '@jest/globals'
import { exitOf } from '../../src/cli/main.js'
import type { ReportFile, ReportTest } from '../../src/report/report-file.js'

const report = (tests: Partial<ReportTest>[], extra: Partial<ReportFile> = {}): ReportFile =>
  ({
    schema: 'setup-python-ft/report@1',
    outcome: tests.some((t) => t.divergence && t.divergence !== 'common') ? 'diverged' : 'passed',
    divergences: tests.filter((t) => t.divergence && t.divergence !== 'common').length,
    failures: 0,
    groups: [
      {
        group: 'g',
        compared: true,
        modes: [],
        findings: [],
        tests: tests.map((t) => ({ id: 'x', outcomes: {}, divergence: null, ...t })),
      },
    ],
    ...extra,
  }) as ReportFile

test("a report's exit code is the step's under fail-on", () => {
  const firm = report([{ divergence: 'freethreaded-only' }])
  const undecided = report([{ divergence: 'undecided' }, { divergence: 'freethreaded-only', flaky: true }])
  const known = report([{ divergence: 'crashed', baseline: 'known' }])
  const failing = report([{ divergence: 'common' }], { outcome: 'failed', failures: 1 })
  expect([firm, undecided, known, failing].map((r) => exitOf(r, 'divergence'))).toEqual([1, 0, 0, 0])
  expect([firm, undecided, known, failing].map((r) => exitOf(r, 'flaky'))).toEqual([1, 1, 0, 0])
  expect([firm, undecided, known, failing].map((r) => exitOf(r, 'failure'))).toEqual([1, 1, 0, 1])
  expect([firm, undecided, known, failing].map((r) => exitOf(r, 'never'))).toEqual([0, 0, 0, 0])
  // A suite that could not start fails whatever else, but never under never.
  expect(exitOf(report([], { outcome: 'not-run' }), 'divergence')).toBe(1)
})
