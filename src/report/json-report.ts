import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs'
import path from 'node:path'
import type { Comparison, GroupComparison, TestRow } from '../compare/compare.js'

export const REPORT_SCHEMA = 'setup-python-ft/report@1'

function testEntry(test: TestRow, common: Set<TestRow>, threadUnsafe: Set<TestRow>): object {
  return {
    id: test.id,
    nodeid: test.nodeid,
    file: test.file,
    line: test.line,
    outcomes: test.outcomes,
    reruns: test.reruns,
    divergence: test.kind ?? (common.has(test) ? 'common' : threadUnsafe.has(test) ? 'thread-unsafe' : null),
    flaky: test.flaky,
    messages: test.messages,
    reproduce: test.reproduce,
    singleThreaded: test.singleThreaded,
  }
}

function groupHead(group: GroupComparison): string {
  const head = JSON.stringify({
    group: group.group,
    compared: group.compared,
    modes: group.modes,
    findings: group.findings,
  })
  return `${head.slice(0, -1)},"tests":[`
}

/**
 * The JSON report (schema in the README): every test's outcome in every mode, and the findings.
 * Written test by test, so that 100,000 tests never sit in memory as one string.
 */
export function writeReport(comparison: Comparison, file: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const fd = openSync(file, 'w')
  try {
    const head = { schema: REPORT_SCHEMA, outcome: comparison.outcome, divergences: comparison.divergences }
    writeSync(fd, `${JSON.stringify({ ...head, failures: comparison.failures }).slice(0, -1)},"groups":[`)
    comparison.groups.forEach((group, index) => {
      const common = new Set(group.common)
      const threadUnsafe = new Set(group.threadUnsafe)
      writeSync(fd, `${index > 0 ? ',' : ''}${groupHead(group)}`)
      let chunk: string[] = []
      group.tests.forEach((test, at) => {
        chunk.push(JSON.stringify(testEntry(test, common, threadUnsafe)))
        if (chunk.length === 1000 || at === group.tests.length - 1) {
          writeSync(fd, `${at >= chunk.length ? ',' : ''}${chunk.join(',')}`)
          chunk = []
        }
      })
      writeSync(fd, ']}')
    })
    writeSync(fd, ']}\n')
  } finally {
    closeSync(fd)
  }
}
