import { create } from 'xmlbuilder2'
import type { Mode } from '../model/mode.js'
import type { ReportFile, ReportTest } from './report-file.js'

/*
 * A report as JUnit XML (pure), for tools that read JUnit: one testsuite per group and mode, one
 * testcase per test that ran in it, with its failure, error or skip, and a divergence's trace.
 * Written by xmlbuilder2, which escapes and replaces what XML cannot hold.
 */

const FAILED = new Set(['failed', 'xpass'])
const ERRORED = new Set(['error', 'crashed', 'hung'])
const SKIPPED = new Set(['skipped', 'xfail'])

/** pkg.test_a::TestX::test_y as JUnit's classname (pkg.test_a.TestX) and name (test_y). */
function names(test: ReportTest): { classname: string; name: string } {
  const parts = test.id.split('::')
  const name = parts.pop() ?? test.id
  return { classname: parts.join('.'), name }
}

export function renderJunit(report: ReportFile): string {
  const root = create({ version: '1.0', encoding: 'utf-8', invalidCharReplacement: '\ufffd' }).ele('testsuites', {
    name: 'setup-python-ft',
  })
  for (const group of report.groups) {
    for (const row of group.modes) {
      const mode = row.mode as Mode
      const ran = group.tests.filter((t) => t.outcomes[mode] !== undefined && t.outcomes[mode] !== 'absent')
      const count = (set: Set<string>) => ran.filter((t) => set.has(t.outcomes[mode]!)).length
      const suite = root.ele('testsuite', {
        name: `${group.group} · ${mode}`,
        tests: ran.length,
        failures: count(FAILED),
        errors: count(ERRORED),
        skipped: count(SKIPPED),
        time: row.status.durationSeconds,
      })
      for (const test of ran) {
        const outcome = test.outcomes[mode]!
        const testcase = suite.ele('testcase', {
          ...names(test),
          ...(test.file ? { file: test.file } : {}),
          ...(test.line ? { line: test.line } : {}),
        })
        const message = test.messages?.[mode] ?? outcome
        const body = test.divergence && test.divergence !== 'common' && test.details ? test.details : ''
        if (FAILED.has(outcome)) testcase.ele('failure', { message, type: outcome }).txt(body)
        else if (ERRORED.has(outcome)) testcase.ele('error', { message, type: outcome }).txt(body)
        else if (SKIPPED.has(outcome)) testcase.ele('skipped', { message })
      }
    }
  }
  return `${root.end({ prettyPrint: true })}\n`
}
