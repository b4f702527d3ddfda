import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Finding } from '../../src/compare/findings.js'
import { checkAnnotations } from '../../src/checks/output.js'
import type { Comparison } from '../../src/compare/comparison.js'
import { gatherReports, parseTsanLog } from '../../src/tsan/report.js'
import { readableStacks, tsanAnnotationPlace, tsanSection } from '../../src/report/tsan-section.js'

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'tsan', 'fixtures', 'data-race.txt')

/** The fixture's report as the leg reads it: files relative to the workspace where they are in it. */
function finding(): Finding {
  const [tsan] = gatherReports(
    parseTsanLog(readFileSync(fixture)).map((report) => ({
      report,
      test: { test: 'tests.test_tally::test_tally_grows', file: 'tests/test_tally.py', line: 4 },
    })),
  )
  for (const frame of [tsan.place, ...tsan.stacks.flatMap((s) => s.frames)])
    if (frame?.file) frame.file = frame.file.replace('/work/main/example/', '')
  return {
    kind: 'thread-sanitizer',
    group: 'Python 3.13 on linux-x64',
    modes: ['freethreaded-tsan'],
    blocking: true,
    place: 'data race at src/ftdemo/_tally.c:13 in bump',
    tsan,
    message: 'ThreadSanitizer: data race at src/ftdemo/_tally.c:13 in bump, in tests.test_tally::test_tally_grows',
  }
}

describe('ThreadSanitizer in the report', () => {
  test("annotated at the project's own C line, else at the test", () => {
    const f = finding()
    expect(tsanAnnotationPlace(f.tsan!)).toEqual({ file: 'src/ftdemo/_tally.c', line: 13 })
    const outside = {
      ...f.tsan!,
      place: undefined,
      stacks: [{ title: 't', frames: [{ function: 'f', file: '/usr/src/x.c', line: 2 }] }],
    }
    expect(tsanAnnotationPlace(outside)).toEqual({ file: 'tests/test_tally.py', line: 4 })
  })

  test("stacks as people read them: CPython's files by their place in its tree", () => {
    const text = readableStacks(finding().tsan!)
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Read of size 8 at 0x7f7e30e8c188 by thread T1:',
      '    bump  src/ftdemo/_tally.c:13',
      '    cfunction_vectorcall_O  Objects/methodobject.c:511 (python)',
    ])
    expect(text).toContain('… 7 more frames')
  })

  test('a folded block per place in the summary, and an annotation in the check run', () => {
    const f = finding()
    const [heading, block] = tsanSection([f])
    expect(heading).toBe('#### ThreadSanitizer (1)\n')
    expect(block).toMatch(
      /^<details><summary>❌ data race at src\/ftdemo\/_tally\.c:13 in bump · in tests\.test_tally::test_tally_grows<\/summary>\n\n<pre>Read of size 8/,
    )
    const comparison = { groups: [{ group: f.group, divergences: [] }], findings: [f] } as unknown as Comparison
    expect(checkAnnotations(comparison)).toEqual([
      expect.objectContaining({
        path: 'src/ftdemo/_tally.c',
        start_line: 13,
        annotation_level: 'failure',
        title: 'ThreadSanitizer',
      }),
    ])
  })
})
