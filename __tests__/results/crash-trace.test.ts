import { describe, expect, test } from '@jest/globals'
import { crashedExtensions, crashTrace, focusDump } from '../../src/results/crash-trace.js'

const dump = `Timeout (0:00:20)!
Thread 0x2 (most recent call first):
  File "threading.py", line 995 in run

Thread 0x1 (most recent call first):
  File "shared.py", line 35 in transfer
  File "tests/test_threads.py", line 22 in test_lock_ordering
  File "_pytest/python.py", line 187 in pytest_pyfunc_call
`

describe('faulthandler output', () => {
  test('the crash report starts at the first "Fatal Python error"', () => {
    const output = `..F\nFatal Python error: Segmentation fault\n\nThread 0x1:\n  File "a.py", line 1 in f\n`
    expect(crashTrace(`noise\n${output}`)).toBe(output.slice(4).trimEnd())
    expect(crashTrace('no crash here')).toBeUndefined()
    expect(crashTrace('.\nWindows fatal exception: access violation\n\nThread 0x1')).toBe(
      'Windows fatal exception: access violation\n\nThread 0x1',
    )
  })

  test("the test's thread comes first, after the header", () => {
    const focused = focusDump(dump, 'test_lock_ordering')
    expect(focused.split('\n').slice(0, 3)).toEqual(['Timeout (0:00:20)!', '', 'Thread 0x1 (most recent call first):'])
    expect(focused).toContain('Thread 0x2')
    expect(focusDump('no threads', 'x')).toBe('no threads')
  })
})

test("crashedExtensions reads faulthandler's list of third-party extension modules", () => {
  const trace = [
    'Fatal Python error: Aborted',
    '',
    'Current thread 0x00007f (most recent call first):',
    '  File "/w/tests/test_crash.py", line 9 in test_crash_after_import',
    '',
    'Extension modules: ftdemo._undeclared, racybuf._core (total: 2)',
  ].join('\n')
  expect(crashedExtensions(trace)).toEqual(['ftdemo._undeclared', 'racybuf._core'])
  expect(crashedExtensions('Fatal Python error: Segmentation fault\n')).toEqual([])
})
