import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gatherReports, parseTsanLog, testOfReport } from '../../src/tsan/report.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const fixture = (name: string) => readFileSync(path.join(fixtures, name))

describe("ThreadSanitizer's reports", () => {
  test('a data race: its kind, the SUMMARY place, the stacks with their frames', () => {
    const [report, ...more] = parseTsanLog(fixture('data-race.txt'))
    expect(more).toEqual([])
    expect(report).toMatchObject({
      kind: 'data race',
      summary: 'data race /work/main/example/src/ftdemo/_tally.c:13 in bump',
      place: { function: 'bump', file: '/work/main/example/src/ftdemo/_tally.c', line: 13 },
      offset: 19,
    })
    expect(report.stacks.map((s) => s.title)).toEqual([
      'Read of size 8 at 0x7f7e30e8c188 by thread T1',
      'Previous write of size 8 at 0x7f7e30e8c188 by thread T4',
      'Thread T1 (tid=6024, running) created by main thread at',
      'Thread T4 (tid=6027, running) created by main thread at',
    ])
    expect(report.stacks[0].frames[0]).toEqual({
      function: 'bump',
      file: '/work/main/example/src/ftdemo/_tally.c',
      line: 13,
      module: '_tally.cpython-313t-x86_64-linux-gnu.so',
    })
    expect(report.stacks[0].frames[1]).toMatchObject({ function: 'cfunction_vectorcall_O', module: 'python' })
    // "[failed to restore the stack]" is no frame; frames are capped.
    expect(report.stacks[1].frames).toEqual([])
    expect(report.stacks[2].frames).toHaveLength(24)
    expect(report.text).toMatch(/^WARNING: ThreadSanitizer: data race \(pid=6022\)\n/)
  })

  test('a lock-order inversion', () => {
    const [report] = parseTsanLog(fixture('lock-order-inversion.txt'))
    expect(report).toMatchObject({
      kind: 'lock-order-inversion (potential deadlock)',
      place: { function: 'one', file: '/tmp/tsanx/lo.c', line: 4 },
    })
    expect(report.stacks[0]).toEqual({
      title: 'Mutex M1 acquired here while holding mutex M0 in thread T1',
      frames: [
        expect.objectContaining({ function: 'pthread_mutex_lock', module: 'libtsan.so.2' }),
        { function: 'one', file: '/tmp/tsanx/lo.c', line: 4, module: 'lo' },
      ],
    })
  })

  test('each report goes to the test running when it was written, and reports gather by place', () => {
    const two = Buffer.concat([fixture('data-race.txt'), fixture('lock-order-inversion.txt'), fixture('data-race.txt')])
    const reports = parseTsanLog(two)
    expect(reports.map((r) => r.offset)).toEqual([19, expect.any(Number), expect.any(Number)])
    const windows = [
      { pid: 7, test: 'tests.a::t1', file: 'tests/a.py', line: 3, from: 0, to: reports[1].offset },
      { pid: 7, test: 'tests.a::t2', file: 'tests/a.py', line: 9, from: reports[1].offset },
      { pid: 8, test: 'tests.b::other', from: 0 },
    ]
    const attributed = reports.map((report) => ({ report, test: testOfReport(7, report.offset, windows) }))
    expect(attributed.map((a) => a.test?.test)).toEqual(['tests.a::t1', 'tests.a::t2', 'tests.a::t2'])
    const findings = gatherReports(attributed)
    expect(findings.map((f) => [f.kind, f.count, f.tests, f.testFile, f.testLine])).toEqual([
      ['data race', 2, ['tests.a::t1', 'tests.a::t2'], 'tests/a.py', 3],
      ['lock-order-inversion (potential deadlock)', 1, ['tests.a::t2'], 'tests/a.py', 9],
    ])
    expect(testOfReport(9, 0, windows)).toBeUndefined()
  })
})

describe('symbolizing what TSan could not', () => {
  test("addr2line's answers, and a frame format with the module's whole path", async () => {
    const { parseAddr2line } = await import('../../src/tsan/symbolize.js')
    expect(parseAddr2line('bump\n/src/ftdemo/_tally.c:17 (discriminator 3)\n??\n??:0\n')).toEqual([
      { function: 'bump', file: '/src/ftdemo/_tally.c', line: 17 },
      {},
    ])
    const [report] = parseTsanLog(
      Buffer.from(
        [
          'WARNING: ThreadSanitizer: data race (pid=1)',
          '  Read of size 8 at 0x7f by thread T1:',
          '    #0 <null> <null> (/venv/site-packages/ftdemo/_tally.cpython-313t-x86_64-linux-gnu.so+0x11f9)',
          '    #1 cfunction_vectorcall_O /b/Objects/methodobject.c:511:5 (/opt/tsan/bin/python3.13t+0x1dcd7a)',
          '',
          'SUMMARY: ThreadSanitizer: data race (/venv/site-packages/ftdemo/_tally.cpython-313t-x86_64-linux-gnu.so+0x11e6)',
          '==================',
        ].join('\n'),
      ),
    )
    expect(report.place).toEqual({ function: '??', module: '_tally.cpython-313t-x86_64-linux-gnu.so' })
    expect(report.stacks[0].frames).toEqual([
      {
        function: '??',
        module: '_tally.cpython-313t-x86_64-linux-gnu.so',
        modulePath: '/venv/site-packages/ftdemo/_tally.cpython-313t-x86_64-linux-gnu.so',
        offset: '0x11f9',
      },
      {
        function: 'cfunction_vectorcall_O',
        file: '/b/Objects/methodobject.c',
        line: 511,
        module: 'python3.13t',
        modulePath: '/opt/tsan/bin/python3.13t',
        offset: '0x1dcd7a',
      },
    ])
  })

  test('a report with no frame outside the interpreter is CPython’s', async () => {
    const { inInterpreter } = await import('../../src/tsan/report.js')
    const frame = (module: string) => ({ function: 'f', module })
    expect(inInterpreter({ stacks: [{ title: 't', frames: [frame('python3.13t'), frame('libtsan.so.2')] }] })).toBe(
      true,
    )
    expect(inInterpreter({ stacks: [{ title: 't', frames: [frame('python3.13t'), frame('_tally.so')] }] })).toBe(false)
  })
})
