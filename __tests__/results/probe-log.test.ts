import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readProbeLog } from '../../src/results/probe-log.js'

function probeDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'spft-probe-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return dir
}

const line = (event: object) => `${JSON.stringify(event)}\n`

describe('readProbeLog', () => {
  test('a process that crashed mid-test: finished tests, the unfinished one, a torn last line', () => {
    const dir = probeDir({
      'probe-10.jsonl':
        line({ e: 'start', pid: 10, gil: false, freethreaded: true }) +
        line({ e: 'extensions', extensions: [{ name: 'pkg._c', file: '/x/pkg/_c.so', stdlib: false }] }) +
        line({ e: 'test-start', id: 'a::one', nodeid: 'a.py::one', file: 'a.py', line: 3 }) +
        line({ e: 'test', id: 'a::one', nodeid: 'a.py::one', file: 'a.py', line: 3, outcome: 'failed', message: 'm' }) +
        line({ e: 'test-start', id: 'a::two', nodeid: 'a.py::two', file: 'a.py', line: 9 }) +
        '{"e": "test", "id": "a::tw',
      'probe-11.jsonl': line({ e: 'start', pid: 11, gil: false }) + line({ e: 'end', gil: false }),
      'hang-10.txt': '',
    })
    const log = readProbeLog(dir)
    expect(log.processes).toBe(2)
    expect(log.tests).toEqual([
      { id: 'a::one', nodeid: 'a.py::one', file: 'a.py', line: 3, outcome: 'failed', message: 'm' },
    ])
    expect(log.unfinished).toEqual([{ id: 'a::two', nodeid: 'a.py::two', file: 'a.py', line: 9 }])
    expect(log.extensions).toEqual([{ name: 'pkg._c', file: '/x/pkg/_c.so', stdlib: false }])
    expect(log.gilAtStart).toBe(false)
    // The process that ran the tests died before its end event.
    expect(log.gilAtEnd).toBeUndefined()
    expect(log.hangDump).toBeUndefined()
  })

  test('the GIL coming back on, and a hang dump', () => {
    const dir = probeDir({
      'probe-5.jsonl':
        line({ e: 'start', gil: false }) +
        line({ e: 'gil-enabled', id: 'a::late', module: 'pkg._c', when: 'test' }) +
        line({ e: 'end', gil: true }),
      'hang-5.txt': 'Timeout (0:00:10)!\nThread 0x1 (most recent call first):\n  File "a.py", line 3 in f\n',
    })
    const log = readProbeLog(dir)
    expect(log.gilEnabled).toEqual([{ test: 'a::late', module: 'pkg._c', when: 'test' }])
    expect(log.gilAtEnd).toBe(true)
    expect(log.hangDump).toMatch(/^Timeout/)
  })

  test('no probe output at all', () => {
    expect(readProbeLog('/nonexistent/probe')).toMatchObject({ processes: 0, tests: [] })
  })

  test("an xdist worker that died: the controller's crashed test, placed where the worker started it", () => {
    const crash = "worker 'gw0' crashed while running 'tests/test_x.py::test_crash'"
    const dir = probeDir({
      'probe-20.jsonl':
        line({ e: 'start', pid: 20, gil: false }) +
        line({
          e: 'test',
          id: 'tests.test_x::test_crash',
          file: '/p/tests/test_x.py',
          line: null,
          outcome: 'crashed',
          message: crash,
        }) +
        line({ e: 'test', id: 'tests.test_x::test_odd', outcome: 'crashed', message: 'not from xdist' }),
      'probe-21.jsonl':
        line({ e: 'start', pid: 21, gil: false }) +
        line({
          e: 'test-start',
          id: 'tests.test_x::test_crash',
          nodeid: 'tests/test_x.py::test_crash',
          file: '/p/tests/test_x.py',
          line: 7,
        }),
    })
    const log = readProbeLog(dir)
    expect(log.tests).toEqual([
      expect.objectContaining({
        id: 'tests.test_x::test_crash',
        outcome: 'crashed',
        message: 'The pytest-xdist worker gw0 died while running this test',
        nodeid: 'tests/test_x.py::test_crash',
        line: 7,
      }),
    ])
    expect(log.unfinished).toEqual([])
  })
})
