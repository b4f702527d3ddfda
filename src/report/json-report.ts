import { closeSync, mkdirSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import path from 'node:path'
import type { Comparison, GroupComparison, TestRow } from '../compare/comparison.js'
import { countsText } from '../stress/evidence.js'

export const REPORT_SCHEMA = 'setup-python-ft/report@1'

function testEntry(test: TestRow, common: Set<TestRow>, threadUnsafe: Set<TestRow>): object {
  return {
    id: test.id,
    nodeid: test.nodeid,
    file: test.file,
    line: test.line,
    outcomes: test.outcomes,
    reruns: test.reruns,
    placeCheck: test.placeCheck,
    divergence: test.kind ?? (common.has(test) ? 'common' : threadUnsafe.has(test) ? 'thread-unsafe' : null),
    flaky: test.flaky,
    evidence: test.evidence && { ...test.evidence, text: countsText(test.evidence) },
    baseline: test.baseline,
    messages: test.messages,
    reproduce: test.reproduce,
    // A divergence's trace in full, for `setup-python-ft report` (the summary shows its first lines).
    details: test.kind ? test.details : undefined,
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

/** A group's part of the report: its head, then its tests a thousand at a time. */
function writeGroup(fd: number, group: GroupComparison, first: boolean): void {
  const common = new Set(group.common)
  const threadUnsafe = new Set(group.threadUnsafe)
  writeSync(fd, `${first ? '' : ','}${groupHead(group)}`)
  let chunk: string[] = []
  let written = 0
  for (const test of group.tests) {
    chunk.push(JSON.stringify(testEntry(test, common, threadUnsafe)))
    if (chunk.length === 1000) {
      writeSync(fd, `${written > 0 ? ',' : ''}${chunk.join(',')}`)
      written += chunk.length
      chunk = []
    }
  }
  if (chunk.length > 0) writeSync(fd, `${written > 0 ? ',' : ''}${chunk.join(',')}`)
  writeSync(fd, ']}')
}

/** The report's head, up to the groups: the totals are known only once every group is compared. */
function writeHead(fd: number, comparison: Comparison): void {
  const head = { schema: REPORT_SCHEMA, outcome: comparison.outcome, divergences: comparison.divergences }
  const known = comparison.baseline && {
    newDivergences: comparison.baseline.newDivergences,
    fixed: comparison.baseline.fixed,
  }
  const text = JSON.stringify({ ...head, failures: comparison.failures, ...(known ? { baseline: known } : {}) })
  writeSync(fd, `${text.slice(0, -1)},"groups":[`)
}

/**
 * The JSON report (schema in docs/report.md, "JSON report"): every test's outcome in every mode, and the findings.
 * Written test by test, so that a million tests never sit in memory as one string.
 */
export function writeReport(comparison: Comparison, file: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const fd = openSync(file, 'w')
  try {
    writeHead(fd, comparison)
    comparison.groups.forEach((group, index) => writeGroup(fd, group, index === 0))
    writeSync(fd, ']}\n')
  } finally {
    closeSync(fd)
  }
}

/**
 * The report of the compare job, written group by group as each is compared, so that its tests can
 * be let go. The head comes last to be known, so the groups wait in a file beside the report.
 */
export class ReportWriter {
  private readonly groupsFile: string
  private readonly fd: number
  private groups = 0

  constructor(readonly file: string) {
    mkdirSync(path.dirname(file), { recursive: true })
    this.groupsFile = `${file}.groups`
    this.fd = openSync(this.groupsFile, 'w')
  }

  add(group: GroupComparison): void {
    writeGroup(this.fd, group, this.groups++ === 0)
  }

  /** Writes the report: its head from the comparison, then the groups added. */
  finish(comparison: Comparison): void {
    closeSync(this.fd)
    const fd = openSync(this.file, 'w')
    try {
      writeHead(fd, comparison)
      const buffer = Buffer.alloc(1 << 20)
      const from = openSync(this.groupsFile, 'r')
      try {
        for (let read; (read = readSync(from, buffer, 0, buffer.length, null)) > 0;) writeSync(fd, buffer, 0, read)
      } finally {
        closeSync(from)
      }
      writeSync(fd, ']}\n')
    } finally {
      closeSync(fd)
      rmSync(this.groupsFile, { force: true })
    }
  }
}
