import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Comparison } from '../compare/compare.js'

export const REPORT_SCHEMA = 'setup-python-ft/report@1'

/** The JSON report (schema in the README): every test's outcome in every mode, and the findings. */
export function reportDocument(comparison: Comparison): object {
  return {
    schema: REPORT_SCHEMA,
    outcome: comparison.outcome,
    divergences: comparison.divergences,
    failures: comparison.failures,
    groups: comparison.groups.map((group) => {
      const common = new Set(group.common)
      return {
        group: group.group,
        modes: group.modes,
        findings: group.findings,
        tests: group.tests.map((test) => ({
          id: test.id,
          nodeid: test.nodeid,
          file: test.file,
          line: test.line,
          outcomes: test.outcomes,
          reruns: test.reruns,
          divergence: test.kind ?? (common.has(test) ? 'common' : null),
          flaky: test.flaky,
          messages: Object.keys(test.messages).length > 0 ? test.messages : undefined,
        })),
      }
    }),
  }
}

export function writeReport(comparison: Comparison, file: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify(reportDocument(comparison)))
}
