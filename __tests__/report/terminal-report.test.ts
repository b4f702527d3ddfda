import { describe, expect, test } from '@jest/globals'
import path from 'node:path'
import { readReportFile, ReportFileError } from '../../src/report/report-file.js'
import {
  COLOURED,
  MARKDOWN,
  PLAIN,
  renderReport,
  reportVerdict,
  wantsColour,
} from '../../src/report/terminal-report.js'

// The golden report: a varied sample of every class, written by the real writer (golden.test.ts).
const report = readReportFile(path.join(import.meta.dirname, 'golden', 'report.json'))

describe('a report in a terminal', () => {
  test('the verdict, the modes, every divergence with its class and full trace', () => {
    const text = renderReport(report, PLAIN)
    expect(text.split('\n')[0]).toBe(`✗ The modes disagree: ${report.divergences} divergent tests`)
    expect(text).toContain('Fails only on the standard build')
    expect(text).toContain('reproduce: python3.14 -m pytest tests/test_m8.py::test_80')
    // A trace is printed whole, indented, not cut to its first line.
    expect(text).toMatch(/\n {4}def test_38\(\):\n {4}> {3}assert 38 == 19\n {4}E {3}AssertionError/)
    expect(text).not.toContain('\u001b[')
  })

  test('colours and markdown', () => {
    expect(renderReport(report, COLOURED)).toContain('\u001b[31m')
    expect(renderReport(report, MARKDOWN).startsWith('## ✗ The modes disagree')).toBe(true)
    expect(reportVerdict({ ...report, outcome: 'passed' }, PLAIN)).toBe('✓ Every mode agrees')
    expect(wantsColour({}, true)).toBe(true)
    expect(wantsColour({}, false)).toBe(false)
    expect(wantsColour({ NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(false)
    expect(wantsColour({ FORCE_COLOR: '1' }, false)).toBe(true)
    expect(wantsColour({ FORCE_COLOR: '0' }, true)).toBe(true)
    expect(wantsColour({ FORCE_COLOR: '0' }, false)).toBe(false)
  })

  test('⚠ when every divergence shows only now and then, unless a finding blocks', () => {
    const group = report.groups[0]!
    const flakyOnly = {
      ...report,
      divergences: 1,
      groups: [
        {
          ...group,
          findings: [],
          tests: [{ id: 't', outcomes: {}, divergence: 'standard-only', flaky: true }],
        },
      ],
    }
    expect(reportVerdict(flakyOnly, PLAIN)).toBe(
      '⚠ The modes disagree now and then: 1 divergent test, each flaky, undecided or place-dependent',
    )
    const blocking = { kind: 'gil-enabled' as const, group: group.group, modes: [], message: 'm', blocking: true }
    const blocked = { ...flakyOnly, groups: [{ ...flakyOnly.groups[0]!, findings: [blocking] }] }
    expect(reportVerdict(blocked, PLAIN)).toBe('✗ The modes disagree: 1 divergent test')
  })

  test('a file that is not a report says why in one line', () => {
    expect(() => readReportFile(path.join(import.meta.dirname, 'nope.json'))).toThrow(ReportFileError)
    expect(() => readReportFile(path.join(import.meta.dirname, '..', '..', 'package.json'))).toThrow(
      /is not a setup-python-ft report: its schema is null/,
    )
  })
})

describe('a report as JUnit XML', () => {
  test("one testsuite per group and mode, read back by the action's own JUnit reader", async () => {
    const { renderJunit } = await import('../../src/report/junit-report.js')
    const { readJunitTests } = await import('../../src/results/read-junit.js')
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const xml = renderJunit(report)
    expect(xml.match(/<testsuite /g)).toHaveLength(report.groups.reduce((n, g) => n + g.modes.length, 0))
    const dir = mkdtempSync(path.join(tmpdir(), 'spft-junit-out-'))
    try {
      const file = path.join(dir, 'report.xml')
      writeFileSync(file, xml)
      const { tests, error } = await readJunitTests(file)
      expect(error).toBeUndefined()
      const ran = report.groups.reduce(
        (n, g) =>
          n +
          g.modes.reduce(
            (m, mode) => m + g.tests.filter((t) => t.outcomes[mode.mode] && t.outcomes[mode.mode] !== 'absent').length,
            0,
          ),
        0,
      )
      expect(tests.length).toBe(ran)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
